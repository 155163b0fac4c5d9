#pragma once

#include "cctv/cameradirectory.h"
#include "geo/citymap.h"
#include "geo/tilesource.h"
#include "units/unitboard.h"

#include <QHash>
#include <QPainterPath>
#include <QPixmap>
#include <QStaticText>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

namespace Sigap {

class Categories;
class Clock;
class IncidentModel;

// The city map, drawn with QPainter in Web Mercator (Debian 12's Qt has no QtLocation):
// water, kelurahan and kecamatan boundaries with their names, hospitals, the city's CCTV
// cameras, and the open incidents: coloured by priority, lettered by category, ringed by
// status, clustered where they crowd. Drag or arrow keys pan, the
// wheel or +/- zoom, Home returns to the city's initial view.
//
// A click (or Enter on the keyboard cursor, the cross in the middle) opens the camera or
// selects the incident under it; while the incident form is being filled it picks the
// incident's place instead.
class MapView : public QWidget
{
    Q_OBJECT

public:
    MapView(const CityMap &city, const IncidentModel &incidents, const Categories &categories,
            const QString &language = QStringLiteral("id"), QWidget *parent = nullptr);

    void centreOn(double lat, double lon);
    void setZoom(double zoom);
    void setCity(const CityMap &city);
    double zoom() const { return m_zoom; }
    std::pair<double, double> centre() const;
    QPointF screenPoint(double lat, double lon) const;
    std::pair<double, double> latLonAt(const QPointF &screen) const;

    // Highlights an incident and brings it to the middle when it has a position.
    void setSelectedIncident(const QString &id);
    QString selectedIncident() const { return m_selected; }
    bool isMoving() const { return m_moving; }
    void setPickingPlace(bool picking);
    bool isPickingPlace() const { return m_picking; }
    // The place of the incident being filled in, shown as a blue pin until it is saved.
    void showPendingPlace(double lat, double lon);
    void clearPendingPlace();
    bool hasPendingPlace() const { return m_pendingPlace.has_value(); }
    // Where the caller of the call at this desk is (the handset's AML fix, or the network's
    // position): a purple dot in its radius circle, apart from the incident's blue pin.
    void showCallerLocation(double lat, double lon, double radiusM);
    void clearCallerLocation();
    bool hasCallerLocation() const { return m_callerLocation.has_value(); }

    void setCameras(const QList<Camera> &cameras);
    // Agency units from the board, grey when not heard from for UnitBoard::StaleMs of the
    // clock's time; nullptr for none.
    void setUnits(const UnitBoard *board, const Clock *clock);
    void setUnitsShown(bool shown);
    // Raster tiles drawn under the city's own layers (an MBTiles file or an XYZ server with
    // its cache); nullptr for none. The map does not own the source.
    void setTileSource(TileSource *source);
    // Layers the operator can hide when the map gets busy.
    void setIncidentsShown(bool shown);
    void setCamerasShown(bool shown);

    static constexpr double MinZoom = 8; // a regency of 16,000 km² (Kotawaringin Timur) fits a map dock
    static constexpr int SettleMs = 150; // still this long after a move: drawn smooth again
    static constexpr double MaxZoom = 19;

Q_SIGNALS:
    void placePicked(double lat, double lon);
    void incidentClicked(const QString &id);
    void cameraClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Label
    {
        QPointF world;
        QString text;
        mutable QStaticText laidOut; // laid out once, drawn every frame
    };
    // An incident's place in world units, kept from frame to frame: projecting 5,000
    // positions and looking each incident up again per frame costs more than the drawing.
    struct PlacedIncident
    {
        QString id;
        QPointF world;
        int priority;
        bool open;
        QString symbol; // the category's two letters
        int status;     // IncidentStatus
    };
    struct Marker
    {
        QPointF screen;
        const PlacedIncident *incident;
    };

    void buildBaseLayers(const CityMap &city);
    void noteMotion();
    void fitOutline();
    void clickAt(const QPointF &screen);
    void zoomAround(const QPointF &screen, double newZoom);
    QList<Marker> visibleIncidents() const;
    void paintBase(QPainter &painter, bool dark) const;
    void paintIncidents(QPainter &painter) const;
    void paintAttribution(QPainter &painter) const;
    void paintCameras(QPainter &painter) const;
    void paintTiles(QPainter &painter) const;
    void paintUnits(QPainter &painter) const;
    const QPixmap &unitSprite(const QString &agency, const QString &status, bool stale, int headingBucket) const;
    static QString unitStatusLabel(const QString &status);
    const Camera *cameraAt(const QPointF &screen) const;
    const std::vector<PlacedIncident> &placedIncidents() const;
    const QPixmap &clusterSprite(int priority, int count, bool selected) const;
    const QPixmap &incidentSprite(const PlacedIncident &incident, bool selected) const;
    void drawLabel(QPainter &painter, const Label &label, const QPointF &at, bool centred) const;

    const IncidentModel &m_incidents;
    const Categories &m_categories;
    QString m_language;
    QPointF m_centre; // world units at zoom 0
    double m_zoom = 12;
    double m_initialZoom = 12;
    QPointF m_initialCentre;
    // A regency's first view (and Home) is its whole outline, in world units, whatever the
    // size of the map; a city's is its city.json view. Null for a city.
    QRectF m_outline;
    bool m_viewChosen = false; // someone moved or zoomed: resizing no longer refits
    QStringList m_attribution;
    QPainterPath m_water;      // areas, filled
    QPainterPath m_waterLines; // rivers and shorelines, stroked
    QPainterPath m_kelurahanLines;
    QPainterPath m_kecamatanLines;
    QList<Label> m_kelurahanLabels;
    QList<Label> m_kecamatanLabels;
    QList<Label> m_hospitals;
    QList<Camera> m_cameras;
    TileSource *m_tiles = nullptr;
    const UnitBoard *m_units = nullptr;
    const Clock *m_clock = nullptr;
    bool m_unitsShown = true;
    mutable QHash<quint64, QPixmap> m_tileCache; // decoded tiles by zoom, x, y
    bool m_incidentsShown = true;
    bool m_camerasShown = true;
    QString m_selected;
    bool m_picking = false;
    std::optional<QPointF> m_pendingPlace;   // world units
    std::optional<QPointF> m_callerLocation; // world units
    double m_callerLat = 0;                  // for the radius's metres per pixel
    double m_callerRadiusM = 0;
    mutable std::vector<PlacedIncident> m_placed;
    mutable bool m_placedStale = true;
    mutable QHash<quint64, QPixmap> m_sprites; // markers, clusters and units, drawn once each
    mutable QPixmap m_attributionBox;
    mutable int m_attributionWidth = -1;
    QPoint m_pressAt;
    QPointF m_pressCentre;
    bool m_dragging = false;
    // While the map moves its lines are drawn without antialiasing (a quarter of the cost);
    // once it rests for SettleMs it is drawn again, smooth.
    bool m_moving = false;
    QTimer m_settle;
};

} // namespace Sigap
