#include "mainwindow.h"

#include "appearance.h"
#include "calls/callpanel.h"
#include "calls/recordingplayer.h"
#include "cctv/cameradirectory.h"
#include "core/clock.h"
#include "core/logging.h"
#include "deskparts.h"
#include "domain/callprojection.h"
#include "domain/callqueuemodel.h"
#include "domain/duplicatefinder.h"
#include "domain/incidentmodel.h"
#include "geo/tilesource.h"
#include "handoff/handoffdialog.h"
#include "handoff/handoffpanel.h"
#include "incidentfilter.h"
#include "incidents/incidentdetailshtml.h"
#include "incidents/incidentform.h"
#include "map/mapview.h"
#include "node/node.h"
#include "operatormenu.h"
#include "reports/kpipanel.h"
#include "roomstatus.h"
#include "video/videowall.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Sigap {

namespace {

// The priority column in the priority's colour (Appearance::priorityColour).
class PriorityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int priority = index.data(IncidentModel::PriorityRole).toInt();
        if (priority < 1 || priority > 4)
            return;
        option->backgroundBrush = Appearance::priorityColour(priority);
        option->palette.setColor(QPalette::Text, priority == 3 ? Qt::black : Qt::white);
        option->palette.setColor(QPalette::HighlightedText, priority == 3 ? Qt::black : Qt::white);
        option->displayAlignment = Qt::AlignCenter;
        option->font.setBold(true);
    }
};

} // namespace

MainWindow::MainWindow(Node &node, const QString &language, CallTaker *taker, QWidget *parent)
    : QMainWindow(parent)
    , m_node(node)
    , m_language(language)
    , m_model(new IncidentModel(node.incidents(), node.categories(), node.gazetteer(), language, node.timeZone(), this))
    , m_filter(new IncidentFilter(this))
    , m_view(new QTableView)
    , m_details(new QTextBrowser)
    , m_detailsHtml(std::make_unique<IncidentDetailsHtml>(incidentDetailsParts(node), language))
    , m_player(new RecordingPlayer(node.session().actor().id))
    , m_search(new QLineEdit)
    , m_counts(new QLabel)
    , m_storeState(new QLabel)
{
    setObjectName(QStringLiteral("deskWindow"));
    setWindowTitle(tr("Sigap 112 — %1 — room %2").arg(node.configuration().city.name, node.log().store().room()));

    m_filter->setSourceModel(m_model);
    m_filter->setMe(node.session().actor().id);
    // "Mine" follows whoever is signed in at this desk.
    connect(&node.session(), &DeskSession::signedInChanged, this,
            [this] { m_filter->setMe(m_node.session().actor().id); });
    m_view->setObjectName(QStringLiteral("incidentList"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(IncidentModel::PriorityColumn, new PriorityDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentModel::TimeColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnHidden(IncidentModel::AddressColumn, true);
    m_view->setAccessibleName(tr("Incident list"));

    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setPlaceholderText(tr("Search incidents (Ctrl+F): kelurahan, number, category…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &IncidentFilter::setText);

    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_details->setMinimumWidth(320);
    m_details->setAccessibleName(tr("Incident details"));
    // Links in the details play the incident's recordings (Tab reaches them, Enter plays).
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("recording"))
            playRecording(url.path().toInt());
    });
    connect(m_player, &RecordingPlayer::problem, this, &MainWindow::showProblem);

    // The incident list is the window's centre; the window itself goes to any monitor. The
    // other panels are docks that float to any monitor on their own.
    m_operatorMenu = new OperatorMenu(operatorMenuParts(node), language, this);
    connect(m_operatorMenu, &OperatorMenu::problem, this, &MainWindow::showProblem);
    connect(m_operatorMenu, &OperatorMenu::openIncident, this, [this](const QString &id) {
        selectIncident(id);
        m_view->setFocus();
    });
    auto *list = new QWidget;
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(lanBanner(node));
    listLayout->addWidget(m_operatorMenu->assignmentBanner());
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_view);
    setCentralWidget(list);

    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_operatorMenu->signedInLabel());
    statusBar()->addPermanentWidget(m_roomStatus);
    m_storeState->setObjectName(QStringLiteral("storeState"));
    statusBar()->addPermanentWidget(m_storeState);

    buildActions();
    if (taker) {
        auto *queue = new CallQueueModel(node.calls(), node.clock(), this);
        m_duplicates = std::make_unique<DuplicateFinder>(node.incidents(), node.categories());
        m_callPanel = new CallPanel({node.calls(), node.incidents(), node.categories(), node.gazetteer(),
                                     node.agencies(), node.clock(), node.timeZone(), *queue, *taker, *m_duplicates},
                                    language);
        QDockWidget *dock
            = addPanel(m_callPanel, tr("Calls"), QStringLiteral("callDock"), tr("&Call"), m_callPanel->callActions());
        resizeDocks({dock}, {380}, Qt::Horizontal);
        connect(m_callPanel, &CallPanel::problem, this, &MainWindow::showProblem);
        if (RoomSync *sync = node.sync()) {
            connect(m_callPanel, &CallPanel::presenceChanged, sync,
                    [sync, this](const QString &state) { sync->setPresence(m_node.session().actor().id, state); });
        }
        // The suggested incident's details and timeline, next to the caller's words.
        connect(m_callPanel, &CallPanel::duplicateSuggested, this, &MainWindow::selectIncident);
    }

    m_form = new IncidentForm({node.categories(), node.gazetteer(), node.commands(), node.log(), node.session()},
                              m_callPanel, language);
    addPanel(m_form, tr("New incident"), QStringLiteral("incidentFormDock"), tr("&Incident"), m_form->formActions());
    connect(m_form, &IncidentForm::problem, this, &MainWindow::showProblem);
    connect(m_form, &IncidentForm::saved, this, &MainWindow::selectIncident);
    QAction *timeline = new QAction(tr("Show the incident &timeline"), this);
    timeline->setObjectName(QStringLiteral("timelineAction"));
    timeline->setShortcut(QKeySequence(Qt::Key_F8));
    // Handing off is about the incident shown here, so it sits with the details.
    QAction *handoff = new QAction(tr("&Hand off the selected incident…"), this);
    handoff->setObjectName(QStringLiteral("handoffAction"));
    handoff->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(handoff, &QAction::triggered, this, &MainWindow::handOffSelected);
    QAction *play = new QAction(tr("&Play the incident's recording, or pause"), this);
    play->setObjectName(QStringLiteral("playRecordingAction"));
    play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(play, &QAction::triggered, this, &MainWindow::playOrPause);
    QAction *stopPlaying = new QAction(tr("&Stop the recording"), this);
    stopPlaying->setObjectName(QStringLiteral("stopRecordingAction"));
    stopPlaying->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(stopPlaying, &QAction::triggered, m_player, &RecordingPlayer::stop);
    auto *detailsPanel = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsPanel);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_player);
    QDockWidget *details = addPanel(detailsPanel, tr("Incident and timeline"), QStringLiteral("timelineDock"),
                                    tr("&Timeline"), {timeline, handoff, play, stopPlaying}, Qt::RightDockWidgetArea);
    // A recording, a call-back or a transfer of one of the shown incident's calls.
    connect(&node.calls(), &CallProjection::callChanged, this, [this](const QString &callId) {
        if (const Incident *shown = selectedIncident(); shown && shown->calls.contains(callId))
            showDetails();
    });
    connect(&node.handoffs(), &HandoffProjection::changed, this, [this](const QString &incident) {
        if (const Incident *shown = selectedIncident(); shown && shown->id == incident)
            showDetails();
        checkEscalations();
    });
    m_escalations = new QLabel;
    m_escalations->setObjectName(QStringLiteral("escalations"));
    m_escalations->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; }"));
    m_escalations->setMargin(2);
    m_escalations->hide();
    statusBar()->addPermanentWidget(m_escalations);
    auto *escalationTimer = new QTimer(this);
    connect(escalationTimer, &QTimer::timeout, this, &MainWindow::checkEscalations);
    escalationTimer->start(EscalationCheckMs);
    connect(timeline, &QAction::triggered, this, [details, this] {
        details->show();
        details->raise();
        m_details->setFocus();
    });
    resizeDocks({details}, {420}, Qt::Horizontal);

    // The map sits above the timeline until the operator moves it (often to a monitor of
    // its own). A click on the map places the incident being filled in the form, or else
    // selects the incident under it; selecting in the list centres the map.
    m_map = new MapView(node.configuration().city, *m_model, node.categories(), language);
    QAction *showMap = new QAction(tr("Show the &map"), this);
    showMap->setObjectName(QStringLiteral("mapAction"));
    showMap->setShortcut(QKeySequence(Qt::Key_F4));
    QAction *incidentsLayer = new QAction(tr("&Incidents on the map"), this);
    incidentsLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    QAction *camerasLayer = new QAction(tr("&Cameras on the map"), this);
    camerasLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    QAction *unitsLayer = new QAction(tr("&Units on the map"), this);
    unitsLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    for (QAction *layer : {incidentsLayer, camerasLayer, unitsLayer}) {
        layer->setCheckable(true);
        layer->setChecked(true);
    }
    connect(incidentsLayer, &QAction::toggled, m_map, &MapView::setIncidentsShown);
    connect(camerasLayer, &QAction::toggled, m_map, &MapView::setCamerasShown);
    connect(unitsLayer, &QAction::toggled, m_map, &MapView::setUnitsShown);
    QDockWidget *mapDock = addPanel(m_map, tr("Map"), QStringLiteral("mapDock"), tr("&Map"),
                                    {showMap, incidentsLayer, camerasLayer, unitsLayer}, Qt::RightDockWidgetArea);
    splitDockWidget(mapDock, details, Qt::Vertical);
    connect(showMap, &QAction::triggered, this, [mapDock, this] {
        mapDock->show();
        mapDock->raise();
        m_map->setFocus();
    });
    connect(m_map, &MapView::incidentClicked, this, &MainWindow::selectIncident);

    loadTiles();
    buildVideoWall(details);
    connect(&node, &Node::configurationChanged, this, &MainWindow::takeConfiguration);
    buildHandoffAndKpiPanels();
    connect(m_map, &MapView::placePicked, m_form, &IncidentForm::setPlace);
    connect(m_form, &IncidentForm::fillingChanged, m_map, &MapView::setPickingPlace);
    connect(m_form, &IncidentForm::placeChanged, m_map, &MapView::showPendingPlace);
    connect(m_form, &IncidentForm::placeCleared, m_map, &MapView::clearPendingPlace);
    if (m_callPanel) {
        connect(m_callPanel, &CallPanel::callerLocationChanged, m_map, &MapView::showCallerLocation);
        connect(m_callPanel, &CallPanel::callerLocationCleared, m_map, &MapView::clearCallerLocation);
    }

    buildHelpMenu();
    restoreDeskSettings();
    connect(qApp, &QGuiApplication::screenRemoved, this, [this] {
        // Qt moves the windows first; check their places once it has.
        QTimer::singleShot(0, this, &MainWindow::keepPanelsOnScreens);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &row) {
        if (row.isValid())
            m_map->setSelectedIncident(row.data(IncidentModel::IncidentIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::showDetails);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatusBar);
    // Every saved event counts, a handoff's, a call's or a unit's as much as an incident's.
    connect(&m_node.log(), &EventLog::appended, this, &MainWindow::showSavedEvents);

    m_view->resizeColumnsToContents();
    // An empty list at start must not leave the id and time columns too narrow for the
    // incidents that come later: the id is read out and typed, the time is scanned.
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * metrics.averageCharWidth() + m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2;
    for (const auto &[column, widest] : {std::pair{int(IncidentModel::IdColumn), QStringLiteral("dddddddd-dddd")},
                                         std::pair{int(IncidentModel::TimeColumn), QStringLiteral("00-00 00:00")}})
        m_view->setColumnWidth(column, qMax(m_view->columnWidth(column), metrics.horizontalAdvance(widest) + padding));
    if (m_filter->rowCount() > 0)
        m_view->selectRow(0);
    showDetails();
    updateStatusBar();
    showSavedEvents();
    // A desk window owns its monitor: take the screen's whole working area. Once the event
    // loop runs, when the panels have their contents: resized now, the window kept the
    // minimum height of half-built panels (926 pixels, taller than a 1366×768 monitor).
    resize(1280, 760);
    QTimer::singleShot(0, this, [this] {
        if (const QScreen *current = screen())
            resize(current->availableGeometry().size());
    });
}

MainWindow::~MainWindow() = default;

// A panel is a dock that can float to any monitor; its actions get a menu and work from
// anywhere in the window.
QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &objectName,
                                  const QString &menuTitle, const QList<QAction *> &actions, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // the key of its place in the saved layout
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    menuBar()->addMenu(menuTitle)->addActions(actions);
    addActions(actions);
    return dock;
}

// Raster tiles under the map, if the desk names a source in desk.ini: map/tiles is the
// path of an MBTiles file, or an http(s) URL template with {z}, {x} and {y} whose tiles
// are cached in DIR/tile-cache (map/tiles_attribution credits them on the map).
void MainWindow::loadTiles()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString tiles = settings.value(QStringLiteral("map/tiles")).toString();
    if (tiles.isEmpty())
        return;
    if (tiles.startsWith(QLatin1String("http://")) || tiles.startsWith(QLatin1String("https://"))) {
        m_tiles = std::make_unique<XyzTileSource>(tiles, m_node.dataDir() + QStringLiteral("/tile-cache"),
                                                  settings.value(QStringLiteral("map/tiles_attribution")).toString());
    } else {
        auto opened = MbTilesSource::open(tiles);
        if (!opened) {
            qCWarning(lcUi).noquote() << opened.error().message;
            showProblemWhenUp(opened.error().message);
            return;
        }
        m_tiles = std::move(opened).value();
    }
    m_map->setTileSource(m_tiles.get());
}

// The room's cameras (its configuration's) on the map and a video wall panel: a click on a
// camera shows it; F5 shows the cameras nearest the selected incident.
void MainWindow::buildVideoWall(QDockWidget *besides)
{
    const CameraDirectory &directory = m_node.configuration().cameras;
    const QStringList problems = m_node.configuration().warnings;
    if (!problems.isEmpty()) { // the shift should know a camera, unit or agency is left out
        showProblemWhenUp(tr("%n entry(ies) left out of the desk's own configuration files; the first: %1", nullptr,
                             int(problems.size()))
                              .arg(problems.first()));
    }
    const QList<Camera> cameras = directory.cameras();
    m_cameras = std::make_unique<CameraDirectory>(directory);
    auto credentials = CameraCredentials::load(QDir(m_node.dataDir()).filePath(CameraCredentials::fileName()));
    if (credentials)
        m_credentials = std::move(credentials).value();
    else
        showProblemWhenUp(credentials.error().message); // names the file and line, never a secret
    m_map->setCameras(cameras);

    m_wall = new VideoWall;
    QAction *nearby = new QAction(tr("&Cameras near the selected incident"), this);
    nearby->setObjectName(QStringLiteral("nearbyCamerasAction"));
    nearby->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *size = new QAction(tr("&Wall of 1, 4 or 9 cameras"), this);
    size->setObjectName(QStringLiteral("wallSizeAction"));
    size->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QDockWidget *wallDock = addPanel(m_wall, tr("Video wall"), QStringLiteral("videoWallDock"), tr("Vi&deo"),
                                     {nearby, size}, Qt::RightDockWidgetArea);
    tabifyDockWidget(besides, wallDock);
    besides->raise();
    auto showWall = [wallDock] {
        wallDock->show();
        wallDock->raise();
    };
    connect(size, &QAction::triggered, this, [this, showWall] {
        m_wall->cycleSize();
        showWall();
    });
    connect(nearby, &QAction::triggered, this, [this, showWall] { showCamerasNearSelection(showWall); });
    connect(m_map, &MapView::cameraClicked, this, [this, showWall](const QString &id) {
        if (const Camera *camera = m_cameras ? m_cameras->byId(id) : nullptr) {
            m_wall->showCameras(playable({*camera}));
            showWall();
        }
    });
}

void MainWindow::showCamerasNearSelection(const std::function<void()> &showWall)
{
    const Incident *incident = selectedIncident();
    const auto position = incident ? incident->position() : std::nullopt;
    if (!position)
        return showProblem(tr("Select an incident that has a place on the map first."));
    const double radius = QSettings(settingsPath(), QSettings::IniFormat)
                              .value(QStringLiteral("cameras/radius_m"), DefaultCameraRadiusM)
                              .toDouble();
    const QList<const Camera *> near
        = m_cameras ? m_cameras->nearest(position->first, position->second, 4, radius) : QList<const Camera *>{};
    if (near.isEmpty())
        return showProblem(tr("No camera within %1 m of incident %2.").arg(qRound(radius)).arg(incident->id));
    QList<Camera> cameras;
    for (const Camera *camera : near)
        cameras.append(*camera);
    m_wall->showCameras(playable(cameras));
    showWall();
}

// The cameras as the video wall opens them: each with the user and password of the
// credentials entry it names, from this desk's store. One whose entry the store lacks is
// shown all the same (it will say it cannot open) and the operator is told why.
QList<Camera> MainWindow::playable(const QList<Camera> &cameras)
{
    QList<Camera> out;
    for (Camera camera : cameras) {
        if (const auto stream = m_credentials.playableStream(camera))
            camera.stream = *stream;
        else
            showProblem(tr("Camera %1 needs the credentials \"%2\", which this desk's store (%3) does not hold.")
                            .arg(camera.name, camera.credentials, CameraCredentials::fileName()));
        out.append(camera);
    }
    return out;
}

void MainWindow::showUnits(const UnitBoard *units)
{
    m_map->setUnits(units, &m_node.clock());
}

// Non-modal, so the desk goes on taking calls while the operator looks something up.
void MainWindow::searchHistory()
{
    auto *dialog = new HistorySearchDialog(historySearchParts(m_node), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::selectIncident(const QString &id)
{
    const QModelIndex shown = m_filter->mapFromSource(m_model->indexOfIncident(id));
    if (shown.isValid())
        m_view->setCurrentIndex(shown);
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

// For what goes wrong while the window is built: shown once the event loop runs.
void MainWindow::showProblemWhenUp(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { showProblem(message); });
}

const Incident *MainWindow::selectedIncident() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_node.incidents().incident(current.data(IncidentModel::IncidentIdRole).toString())
                             : nullptr;
}

QString MainWindow::settingsPath() const
{
    return m_node.dataDir() + QStringLiteral("/desk.ini");
}

// The layout (which panel on which screen, docked or floating) and the look are saved per
// desk, in its data folder, and restored at the next start.
void MainWindow::restoreDeskSettings()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    m_dark = settings.value(QStringLiteral("appearance/dark"), false).toBool();
    m_textScale = settings.value(QStringLiteral("appearance/text_scale"), 1.0).toDouble();
    Appearance::apply(m_dark, m_textScale);
    if (m_darkAction)
        m_darkAction->setChecked(m_dark);
    restoreSavedLayout();
}

void MainWindow::saveDeskSettings() const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("appearance/dark"), m_dark);
    settings.setValue(QStringLiteral("appearance/text_scale"), m_textScale);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

// A monitor was unplugged or switched off: every panel that was on it comes to a remaining
// screen at once, whole and visible, so nothing the operator needs is left off-screen.
void MainWindow::keepPanelsOnScreens()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.isEmpty())
        return;
    auto onSomeScreen = [&screens](const QRect &frame) {
        return std::any_of(screens.cbegin(), screens.cend(),
                           [&frame](const QScreen *s) { return s->availableGeometry().contains(frame.center()); });
    };
    auto bringBack = [&](QWidget *w) {
        if (onSomeScreen(w->frameGeometry()))
            return;
        const QRect target = QGuiApplication::primaryScreen()->availableGeometry();
        QRect frame = w->frameGeometry();
        frame.setSize(frame.size().boundedTo(target.size()));
        frame.moveCenter(target.center());
        w->setGeometry(frame);
        w->show();
        w->raise();
    };
    bringBack(this);
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isFloating())
            bringBack(dock);
    }
}

void MainWindow::restoreSavedLayout()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    keepPanelsOnScreens();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveDeskSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setLook(bool dark, double textScale)
{
    m_dark = dark;
    m_textScale = qBound(Appearance::MinScale, textScale, Appearance::MaxScale);
    Appearance::apply(m_dark, m_textScale);
    saveDeskSettings();
}

// A desk cut off from the room does not see what the other desks take: said across the top
// of the incident list, in red, for as long as it lasts, not only in the status bar.
QWidget *MainWindow::lanBanner(Node &node)
{
    m_roomStatus = new RoomStatus(node.sync(), this);
    auto *banner = new QLabel;
    banner->setObjectName(QStringLiteral("lanBanner"));
    banner->setWordWrap(true);
    banner->setMargin(6);
    banner->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; }"));
    auto show = [this, banner] {
        banner->setText(tr("%1. Incidents and calls taken at other desks do not reach this desk, and its own "
                           "do not reach them, until the connection is back.")
                            .arg(m_roomStatus->text()));
        banner->setVisible(m_roomStatus->level() == RoomStatus::Level::Cut);
    };
    connect(m_roomStatus, &RoomStatus::levelChanged, banner, show);
    show();
    return banner;
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addActions(m_operatorMenu->actions());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *scopes = new QActionGroup(this);
    struct ScopeEntry
    {
        QString text;
        IncidentFilter::Scope scope;
        QKeySequence key;
    };
    const ScopeEntry entries[] = {
        {tr("&Open incidents"), IncidentFilter::Scope::Open, QKeySequence(Qt::ALT | Qt::Key_1)},
        {tr("&Closed incidents"), IncidentFilter::Scope::Closed, QKeySequence(Qt::ALT | Qt::Key_2)},
        {tr("&All incidents"), IncidentFilter::Scope::All, QKeySequence(Qt::ALT | Qt::Key_3)},
        {tr("M&y open incidents"), IncidentFilter::Scope::Mine, QKeySequence(Qt::ALT | Qt::Key_4)},
    };
    auto *toolbar = addToolBar(tr("Incident filter"));
    toolbar->setObjectName(QStringLiteral("filterToolbar"));
    toolbar->setMovable(false);
    for (const ScopeEntry &entry : entries) {
        QAction *action = viewMenu->addAction(entry.text);
        action->setCheckable(true);
        action->setShortcut(entry.key);
        action->setChecked(entry.scope == IncidentFilter::Scope::Open);
        scopes->addAction(action);
        toolbar->addAction(action);
        const IncidentFilter::Scope scope = entry.scope;
        connect(action, &QAction::triggered, this, [this, scope] {
            m_filter->setScope(scope);
            updateStatusBar();
        });
    }
    viewMenu->addSeparator();
    QAction *layout = viewMenu->addAction(tr("Res&tore the saved layout"), this, &MainWindow::restoreSavedLayout);
    layout->setObjectName(QStringLiteral("restoreLayoutAction"));
    layout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_darkAction = viewMenu->addAction(tr("&Dark theme"), this, [this](bool on) { setLook(on, m_textScale); });
    m_darkAction->setObjectName(QStringLiteral("darkThemeAction"));
    m_darkAction->setCheckable(true);
    m_darkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *larger = viewMenu->addAction(tr("La&rger text"), this, [this] { setLook(m_dark, m_textScale + 0.1); });
    larger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *smaller = viewMenu->addAction(tr("S&maller text"), this, [this] { setLook(m_dark, m_textScale - 0.1); });
    smaller->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    viewMenu->addSeparator();
    QAction *find = viewMenu->addAction(tr("&Search"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("searchAction"));
    QAction *history = viewMenu->addAction(tr("Search &history…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                                           &MainWindow::searchHistory);
    history->setObjectName(QStringLiteral("historySearchAction"));
    QAction *list
        = viewMenu->addAction(tr("Incident &list"), QKeySequence(Qt::Key_F6), this, [this] { m_view->setFocus(); });
    list->setObjectName(QStringLiteral("listAction"));
}

QString MainWindow::keyMapHtml() const
{
    // Built from the window's own actions, so the key map can never miss or misstate a key.
    QString rows;
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(" / ")).toHtmlEscaped(),
                         QString(action->text()).remove(QLatin1Char('&')).toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=6>%1</table>").arg(rows);
}

void MainWindow::buildHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keyMap = helpMenu->addAction(tr("&Keys"), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("Keys of the desk"), keyMapHtml(), QMessageBox::Close, this);
        box.setObjectName(QStringLiteral("keyMapDialog"));
        box.exec();
    });
    keyMap->setObjectName(QStringLiteral("keyMapAction"));
    // "?" too, as on many programs; typed into a text field it stays a question mark.
    keyMap->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    helpMenu->addAction(tr("&About Sigap 112"), this, [this] {
        QMessageBox::about(this, tr("About Sigap 112"),
                           tr("<b>Sigap 112</b> %1<br>Operator workstation for Call Center 112 command rooms.<br><br>"
                              "Administrative boundaries: cahyadsn/wilayah_boundaries (MIT License), codes per "
                              "Kepmendagri No 300.2.2-2138 Tahun 2025.")
                               .arg(QStringLiteral(SIGAP_VERSION)));
    });
}

void MainWindow::updateStatusBar()
{
    const IncidentProjection &incidents = m_node.incidents();
    m_counts->setText(tr("Open: %1 · All: %2 · Shown: %3")
                          .arg(incidents.openCount())
                          .arg(incidents.createdCount())
                          .arg(m_filter->rowCount()));
}

void MainWindow::showSavedEvents()
{
    const EventStore &store = m_node.log().store();
    m_storeState->setText(
        tr("Room %1 · desk %2 · %3 events saved").arg(store.room(), store.deskId()).arg(store.lastRowId()));
}

void MainWindow::checkEscalations()
{
    // A liaison desk counts its own agency's handoffs only: the others are not its to chase.
    QList<const Handoff *> overdue = m_node.handoffs().overdue(m_node.clock().nowMs(), m_node.agencies());
    if (const QString agency = m_handoffPanel ? m_handoffPanel->agency() : QString(); !agency.isEmpty())
        overdue.removeIf([&agency](const Handoff *h) { return h->agency != agency; });
    m_escalations->setText(tr("%n handoff(s) not acknowledged in time", nullptr, int(overdue.size())));
    m_escalations->setToolTip(tr("Select the incident: its panel shows which agency has not answered. Call the "
                                 "agency, or hand the incident to another one (Ctrl+H)."));
    m_escalations->setVisible(!overdue.isEmpty());
    if (overdue.size() != m_overdueShown) {
        m_overdueShown = overdue.size();
        showDetails(); // the selected incident's handoff may have just fallen due
    }
}

// Below the incident list: the room's handoffs (in front) and the response times beside them.
void MainWindow::buildHandoffAndKpiPanels()
{
    Node &n = m_node;
    m_handoffPanel = new HandoffPanel({n.handoffs(), n.incidents(), n.agencies(), n.categories(), n.gazetteer(),
                                       n.clock(), n.timeZone(), n.unitRoster(), n.unitStatus(), n.units(),
                                       n.unitCommands(), n.handoffCommands(), n.log(), n.session()},
                                      m_language);
    connect(m_handoffPanel, &HandoffPanel::problem, this, &MainWindow::showProblem);
    connect(m_handoffPanel, &HandoffPanel::incidentChosen, this, [this](const QString &id) {
        selectIncident(id);
        m_view->setFocus();
    });
    QAction *showHandoffs = new QAction(tr("Show the &handoffs"), this);
    showHandoffs->setObjectName(QStringLiteral("handoffsAction"));
    showHandoffs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    // The panel's own keys (A, D, E, S, F, R, Enter) work in its list only: typed anywhere
    // else a letter is a letter. So they are not the window's, only the list's.
    m_handoffDock = addPanel(m_handoffPanel, tr("Handoffs"), QStringLiteral("handoffDock"), tr("Hand&offs"),
                             {showHandoffs}, Qt::BottomDockWidgetArea);
    connect(showHandoffs, &QAction::triggered, this, [this] {
        m_handoffDock->show();
        m_handoffDock->raise();
        m_handoffPanel->focusList();
    });

    m_kpiPanel = new KpiPanel({m_node.reportSources(), m_node.clock(), m_node.shifts()}, m_language);
    QAction *showKpi = new QAction(tr("Show the &response times"), this);
    showKpi->setObjectName(QStringLiteral("kpiAction"));
    showKpi->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QDockWidget *kpiDock = addPanel(m_kpiPanel, tr("Response times"), QStringLiteral("kpiDock"), tr("&Response times"),
                                    {showKpi}, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_handoffDock, kpiDock);
    m_handoffDock->raise();
    // Under the incident list only: the map and the calls keep the window's full height.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_handoffDock}, {DefaultHandoffPanelHeight}, Qt::Vertical);
    connect(showKpi, &QAction::triggered, this, [this, kpiDock] {
        kpiDock->show();
        kpiDock->raise();
        m_kpiPanel->focusPeriod();
    });
}

void MainWindow::takeConfiguration()
{
    const RoomConfiguration &config = m_node.configuration();
    if (m_node.session().liaisonAgency().isEmpty())
        setWindowTitle(tr("Sigap 112 — %1 — room %2").arg(config.city.name, m_node.log().store().room()));
    m_map->setCity(config.city);
    m_cameras = std::make_unique<CameraDirectory>(config.cameras);
    m_map->setCameras(config.cameras.cameras());
    statusBar()->showMessage(tr("The room's configuration %1 (%2), published by %3, is in force.")
                                 .arg(config.shortHash(), config.city.name, config.publishedBy));
}

void MainWindow::actAsLiaisonOf(const QString &agency)
{
    const Agency *a = m_node.agencies().byId(agency);
    m_node.session().setLiaisonAgency(agency);
    m_handoffPanel->setAgency(agency);
    m_handoffPanel->setRole(QStringLiteral("liaison"));
    setWindowTitle(
        tr("Sigap 112 — liaison desk of %1 — room %2").arg(a ? a->name : agency, m_node.log().store().room()));
    m_handoffDock->show();
    m_handoffDock->raise();
    resizeDocks({m_handoffDock}, {height() / 2}, Qt::Vertical); // the liaison's main work
    m_handoffPanel->focusList();
    checkEscalations();
}

void MainWindow::handOffSelected()
{
    const Incident *incident = selectedIncident();
    if (!incident) {
        showProblem(tr("Select an incident in the list first, then Ctrl+H hands it off."));
        return;
    }
    const QString incidentId = incident->id;
    const Category *category = m_node.categories().incidentCategory(incident->category());
    auto *dialog = new HandoffDialog(
        m_node.agencies(), tr("%1 · %2").arg(incidentId, category ? category->label(m_language) : incident->category()),
        incident->category(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, incidentId] {
        QList<HandoffCommands::Recipient> recipients;
        for (const QString &agency : dialog->chosenAgencies())
            recipients.append({agency, dialog->receivedBy(agency)});
        // Every agency's handoff in one transaction; one refused does not hold the others.
        const HandoffCommands::Sending sending
            = m_node.handoffCommands().sendTo(incidentId, recipients, m_node.session().actor());
        for (const QString &refusal : sending.refusals)
            showProblem(refusal);
        if (auto saved = m_node.log().append(sending.drafts); !saved)
            showProblem(saved.error().message);
    });
    dialog->open();
}

void MainWindow::playOrPause()
{
    if (m_player->isActive())
        return m_player->togglePause();
    if (m_recordings.isEmpty())
        return showProblem(selectedIncident() ? tr("The selected incident has no recorded call.")
                                              : tr("Select an incident in the list first."));
    playRecording(int(m_recordings.size()) - 1);
}

void MainWindow::playRecording(int index)
{
    if (index < 0 || index >= m_recordings.size())
        return;
    const PlayableRecording &chosen = m_recordings.at(index);
    if (auto r = m_player->play(chosen.recording, chosen.title); !r)
        showProblem(r.error().message);
}

void MainWindow::showDetails()
{
    const Incident *incident = selectedIncident();
    if (m_callPanel)
        m_callPanel->setSelectedIncidentCall(incident ? IncidentCallsHtml::latestCall(*incident, m_node.calls())
                                                      : QString());
    if (!incident) {
        m_recordings.clear();
        m_details->setHtml(tr("<p>No incident selected.</p>"));
        return;
    }
    m_details->setHtml(m_detailsHtml->build(*incident, m_recordings));
}

} // namespace Sigap
