#pragma once

#include "cctv/cameracredentials.h"
#include "incidents/incidentdetailshtml.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QAction;
class QDockWidget;
class QActionGroup;

namespace Sigap {

class CallPanel;
class RecordingPlayer;
class HandoffPanel;
class KpiPanel;
class RoomStatus;
class CameraDirectory;
class VideoWall;
class TileSource;
class UnitBoard;
struct Event;
class CallTaker;
class DuplicateFinder;
class IncidentFilter;
class IncidentForm;
class IncidentModel;
struct Incident;
class MapView;
class Node;
class OperatorMenu;

// The desk window: for now the room's incident list with filters and the selected
// incident's details. Everything shown comes from the core's models and signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // taker: the desk's call taking, or nullptr for a desk without a call source.
    MainWindow(Node &node, const QString &language, CallTaker *taker = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *incidentView() const { return m_view; }
    CallPanel *callPanel() const { return m_callPanel; }
    MapView *mapView() const { return m_map; }
    VideoWall *videoWall() const { return m_wall; }
    static constexpr double DefaultCameraRadiusM = 1000;
    static constexpr int DefaultHandoffPanelHeight = 230;
    // The agency units on the map (from the AVL feed, or the demo's); nullptr for none.
    void showUnits(const UnitBoard *units);
    QString keyMapHtml() const;
    // Handoffs past their agency's acknowledgement time: counted in red in the status bar and
    // shown in the incident's panel. Runs every few seconds and on every handoff change.
    void checkEscalations();
    static constexpr int EscalationCheckMs = 5000;
    bool isDark() const { return m_dark; }
    void keepPanelsOnScreens();
    void restoreSavedLayout();
    double textScale() const { return m_textScale; }
    HandoffPanel *handoffPanel() const { return m_handoffPanel; }
    KpiPanel *kpiPanel() const { return m_kpiPanel; }
    OperatorMenu *operatorMenu() const { return m_operatorMenu; }
    // This desk is the room's liaison desk of an agency: its handoff panel shows that
    // agency's handoffs, in front, and its moves are recorded with the liaison's role.
    void actAsLiaisonOf(const QString &agency);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QWidget *lanBanner(Node &node);
    void handOffSelected();
    void buildHandoffAndKpiPanels();
    void buildHelpMenu();
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, const QString &menuTitle,
                          const QList<QAction *> &actions, Qt::DockWidgetArea area = Qt::LeftDockWidgetArea);
    void showProblem(const QString &message);
    void showProblemWhenUp(const QString &message);
    void takeConfiguration(); // the room's configuration changed: title, map, cameras
    const Incident *selectedIncident() const;
    void selectIncident(const QString &id); // in the list, when the current filter shows it
    void buildVideoWall(QDockWidget *besides);
    void loadTiles();
    void showCamerasNearSelection(const std::function<void()> &showWall);
    QString settingsPath() const;
    void restoreDeskSettings();
    void saveDeskSettings() const;
    void setLook(bool dark, double textScale);
    void updateStatusBar(); // the incident counts, which follow the list
    void showSavedEvents(); // the store's event count, which follows the log
    void showDetails();
    void searchHistory();
    void playRecording(int index); // of m_recordings
    void playOrPause();

    Node &m_node;
    QString m_language;
    IncidentModel *m_model;
    IncidentFilter *m_filter;
    QTableView *m_view;
    QTextBrowser *m_details;
    std::unique_ptr<IncidentDetailsHtml> m_detailsHtml;
    RecordingPlayer *m_player;
    QList<PlayableRecording> m_recordings; // of the incident shown
    QLineEdit *m_search;
    QLabel *m_counts;
    QLabel *m_storeState;
    RoomStatus *m_roomStatus = nullptr;
    QLabel *m_escalations = nullptr;
    qsizetype m_overdueShown = 0;
    CallPanel *m_callPanel = nullptr;
    HandoffPanel *m_handoffPanel = nullptr;
    QDockWidget *m_handoffDock = nullptr;
    KpiPanel *m_kpiPanel = nullptr;
    IncidentForm *m_form = nullptr;
    OperatorMenu *m_operatorMenu = nullptr;
    MapView *m_map = nullptr;
    VideoWall *m_wall = nullptr;
    std::unique_ptr<CameraDirectory> m_cameras;
    CameraCredentials m_credentials;                      // this desk's, DIR/camera-credentials
    QList<Camera> playable(const QList<Camera> &cameras); // with their credentials, for the wall
    std::unique_ptr<TileSource> m_tiles;
    std::unique_ptr<DuplicateFinder> m_duplicates;
    QAction *m_darkAction = nullptr;
    bool m_dark = false;
    double m_textScale = 1.0;
};

} // namespace Sigap
