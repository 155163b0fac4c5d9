#include "mapview.h"

#include "core/clock.h"
#include "desk/appearance.h"
#include "domain/categories.h"
#include "domain/incidentmodel.h"
#include "geo/webmercator.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <functional>

namespace Sigap {

namespace {

QPainterPath ringsToPath(const QList<GeoPolygon> &polygons)
{
    QPainterPath path;
    for (const GeoPolygon &polygon : polygons) {
        for (const GeoRing &ring : polygon.rings) {
            QPolygonF world;
            world.reserve(ring.size());
            for (const QPointF &lonLat : ring)
                world << WebMercator::toWorld(lonLat.y(), lonLat.x());
            path.addPolygon(world);
            path.closeSubpath();
        }
    }
    return path;
}

QPointF labelPoint(const GeoFeature &feature)
{
    const QJsonValue lat = feature.properties.value(QStringLiteral("label_lat"));
    const QJsonValue lon = feature.properties.value(QStringLiteral("label_lon"));
    if (lat.isDouble() && lon.isDouble())
        return WebMercator::toWorld(lat.toDouble(), lon.toDouble());
    QRectF bounds;
    for (const GeoPolygon &polygon : feature.polygons)
        bounds |= polygon.bounds;
    return WebMercator::toWorld(bounds.center().y(), bounds.center().x());
}

constexpr int ClusterCellPx = 36;  // markers closer than this share a cluster
constexpr int MarkerRadiusPx = 11; // room for the category's two letters
constexpr int ClusterRadiusPx = 12;
constexpr int ClickSlopPx = 4; // a press that moves less than this is a click, not a drag

} // namespace

MapView::MapView(const CityMap &city, const IncidentModel &incidents, const Categories &categories,
                 const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_incidents(incidents)
    , m_categories(categories)
    , m_language(language)
{
    setObjectName(QStringLiteral("mapView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAccessibleName(tr("City map"));
    setCity(city);
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_moving = false;
        update();
    });
    auto incidentsMoved = [this] {
        m_placedStale = true;
        update();
    };
    // The map reads the incidents' model, as the list does, and follows its changes.
    connect(&m_incidents, &QAbstractItemModel::rowsInserted, this, incidentsMoved);
    connect(&m_incidents, &QAbstractItemModel::rowsRemoved, this, incidentsMoved);
    connect(&m_incidents, &QAbstractItemModel::dataChanged, this, incidentsMoved);
    connect(&m_incidents, &QAbstractItemModel::modelReset, this, incidentsMoved);
    connect(&m_incidents, &QAbstractItemModel::layoutChanged, this, incidentsMoved);
}

// The layers are projected once, in world units; painting only scales and shifts them.
// The city's layers and its first view, in place of whatever was drawn: at start, and when
// the room's configuration changes.
void MapView::setCity(const CityMap &city)
{
    m_centre = WebMercator::toWorld(city.initialLat, city.initialLon);
    m_zoom = city.initialZoom;
    m_initialZoom = city.initialZoom;
    m_initialCentre = m_centre;
    m_attribution = city.attribution;
    m_attributionWidth = -1;
    m_water = QPainterPath();
    m_waterLines = QPainterPath();
    m_kelurahanLines = QPainterPath();
    m_kecamatanLines = QPainterPath();
    m_kelurahanLabels.clear();
    m_kecamatanLabels.clear();
    m_hospitals.clear();
    buildBaseLayers(city);
    m_outline = QRectF();
    const QRectF e = city.extent(); // x: longitude, y: latitude
    if (city.kind == CityMap::Kind::Kabupaten && !e.isNull()) {
        m_outline = QRectF(WebMercator::toWorld(e.bottom(), e.left()), WebMercator::toWorld(e.top(), e.right()));
        m_viewChosen = false;
        fitOutline();
    }
    m_placedStale = true;
    update();
}

void MapView::buildBaseLayers(const CityMap &city)
{
    for (const GeoFeature &feature : city.water) {
        m_water.addPath(ringsToPath(feature.polygons));
        for (const GeoRing &line : feature.lines) { // rivers and shorelines
            QPolygonF world;
            for (const QPointF &lonLat : line)
                world << WebMercator::toWorld(lonLat.y(), lonLat.x());
            m_waterLines.addPolygon(world);
        }
    }
    m_water.setFillRule(Qt::WindingFill);
    for (const GeoFeature &feature : city.boundaries) {
        const QString level = feature.properties.value(QStringLiteral("level")).toString();
        const QString name = feature.properties.value(QStringLiteral("name")).toString();
        if (level == QLatin1String("kelurahan") || level == QLatin1String("desa")) {
            m_kelurahanLines.addPath(ringsToPath(feature.polygons));
            m_kelurahanLabels.append(Label{labelPoint(feature), name, {}});
        } else if (level == QLatin1String("kecamatan")) {
            m_kecamatanLines.addPath(ringsToPath(feature.polygons));
            m_kecamatanLabels.append(Label{labelPoint(feature), name, {}});
        }
    }
    for (const GeoFeature &feature : city.pois) {
        if (feature.properties.value(QStringLiteral("category")).toString() != QLatin1String("hospital"))
            continue;
        for (const QPointF &lonLat : feature.points)
            m_hospitals.append(Label{WebMercator::toWorld(lonLat.y(), lonLat.x()),
                                     feature.properties.value(QStringLiteral("name")).toString(),
                                     {}});
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_outline.isNull() && !m_viewChosen)
        fitOutline();
}

void MapView::fitOutline()
{
    if (width() <= 0 || height() <= 0 || m_outline.width() <= 0 || m_outline.height() <= 0)
        return;
    constexpr double Margin = 0.92; // a little room around the outline
    const double fit
        = std::log2(std::min(width() * Margin / m_outline.width(), height() * Margin / m_outline.height()));
    m_zoom = qBound(MinZoom, fit, MaxZoom);
    m_centre = m_outline.center();
    update();
}

void MapView::noteMotion()
{
    m_moving = true;
    m_settle.start();
    update();
}

void MapView::centreOn(double lat, double lon)
{
    m_viewChosen = true;
    m_centre = WebMercator::toWorld(lat, lon);
    noteMotion();
}

void MapView::setZoom(double zoom)
{
    m_viewChosen = true;
    m_zoom = qBound(MinZoom, zoom, MaxZoom);
    noteMotion();
}

std::pair<double, double> MapView::centre() const
{
    return WebMercator::toLatLon(m_centre);
}

QPointF MapView::screenPoint(double lat, double lon) const
{
    const double s = WebMercator::scale(m_zoom);
    return (WebMercator::toWorld(lat, lon) - m_centre) * s + QPointF(width() / 2.0, height() / 2.0);
}

std::pair<double, double> MapView::latLonAt(const QPointF &screen) const
{
    const double s = WebMercator::scale(m_zoom);
    return WebMercator::toLatLon(m_centre + (screen - QPointF(width() / 2.0, height() / 2.0)) / s);
}

void MapView::setSelectedIncident(const QString &id)
{
    m_selected = id;
    const QVariant position = m_incidents.indexOfIncident(id).data(IncidentModel::PositionRole);
    if (position.isValid())
        centreOn(position.toPointF().x(), position.toPointF().y());
    update();
}

void MapView::setPickingPlace(bool picking)
{
    m_picking = picking;
    setCursor(picking ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void MapView::setCameras(const QList<Camera> &cameras)
{
    m_cameras = cameras;
    update();
}

void MapView::setTileSource(TileSource *source)
{
    if (m_tiles)
        disconnect(m_tiles, nullptr, this, nullptr);
    m_tiles = source;
    m_tileCache.clear();
    if (m_tiles) {
        connect(m_tiles, &TileSource::tileArrived, this, qOverload<>(&QWidget::update));
        connect(m_tiles, &QObject::destroyed, this, [this] { setTileSource(nullptr); });
        if (!m_tiles->attribution().isEmpty() && !m_attribution.contains(m_tiles->attribution()))
            m_attribution.append(m_tiles->attribution());
        m_attributionWidth = -1;
    }
    update();
}

// The tiles of the zoom level nearest the map's, scaled to it. A tile not there yet is left
// out (an XYZ source fetches it and the map is drawn again when it arrives).
void MapView::paintTiles(QPainter &painter) const
{
    if (!m_tiles)
        return;
    const int level = qBound(0, int(std::lround(m_zoom)), m_tiles->maxZoom());
    const double tileWorld = WebMercator::TileSize / double(1 << level);
    const double s = WebMercator::scale(m_zoom);
    const QPointF half(width() / 2.0, height() / 2.0);
    const QPointF topLeft = m_centre - half / s;
    const QPointF bottomRight = m_centre + half / s;
    const int last = (1 << level) - 1;
    const int x0 = qBound(0, int(std::floor(topLeft.x() / tileWorld)), last);
    const int x1 = qBound(0, int(std::floor(bottomRight.x() / tileWorld)), last);
    const int y0 = qBound(0, int(std::floor(topLeft.y() / tileWorld)), last);
    const int y1 = qBound(0, int(std::floor(bottomRight.y() / tileWorld)), last);
    if (m_tileCache.size() > 400)
        m_tileCache.clear(); // a bound on memory; tiles decode again as needed
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !m_moving);
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            const quint64 key = (quint64(level) << 48) | (quint64(x) << 24) | quint64(y);
            auto cached = m_tileCache.constFind(key);
            if (cached == m_tileCache.constEnd()) {
                QPixmap decoded;
                if (!decoded.loadFromData(m_tiles->tile(level, x, y)))
                    continue;
                cached = m_tileCache.insert(key, decoded);
            }
            const QPointF corner = (QPointF(x * tileWorld, y * tileWorld) - m_centre) * s + half;
            const double side = tileWorld * s;
            painter.drawPixmap(QRectF(corner, QSizeF(side, side)), *cached, QRectF(cached->rect()));
        }
    }
    painter.restore();
}

void MapView::setUnits(const UnitBoard *board, const Clock *clock)
{
    if (m_units)
        disconnect(m_units, nullptr, this, nullptr);
    m_units = board;
    m_clock = clock;
    if (m_units)
        connect(m_units, &UnitBoard::changed, this, qOverload<>(&QWidget::update));
    update();
}

void MapView::setUnitsShown(bool shown)
{
    m_unitsShown = shown;
    update();
}

namespace {
struct AgencyLook
{
    const char *agency;
    const char *letter;
    QRgb colour;
};
// A letter and a colour per agency, distinct from the incidents' priority colours.
constexpr AgencyLook agencyLooks[]
    = {{"damkar", "D", 0xffd84315}, {"psc119", "A", 0xff00897b},   {"polres", "P", 0xff283593},
       {"bpbd", "B", 0xff5d4037},   {"basarnas", "S", 0xff0277bd}, {"pmi", "M", 0xffad1457},
       {"pln", "L", 0xff455a64},    {"relawan", "R", 0xff6a1b9a}};
constexpr int UnitHalfPx = 8;
constexpr int HeadingBuckets = 16;
} // namespace

// A unit: a rounded square in its agency's colour with the agency's letter, an arrow for
// its heading when it moves; a yellow border on scene, hollow off duty; all grey when its
// report is stale.
const QPixmap &MapView::unitSprite(const QString &agency, const QString &status, bool stale, int headingBucket) const
{
    const bool onScene = status == QLatin1String("on_scene");
    const bool offDuty = status == QLatin1String("off_duty") || status == QLatin1String("out_of_service");
    const quint64 key = 3ull << 62 | quint64(quint32(qHash(agency))) << 10 | quint64(onScene) << 9
                        | quint64(offDuty) << 8 | quint64(stale) << 7 | quint64(headingBucket + 1);
    if (auto found = m_sprites.constFind(key); found != m_sprites.constEnd())
        return *found;
    QColor fill(0x75, 0x75, 0x75);
    QString letter = QStringLiteral("?");
    for (const AgencyLook &look : agencyLooks) {
        if (agency == QLatin1String(look.agency)) {
            fill = QColor::fromRgba(look.colour);
            letter = QLatin1String(look.letter);
        }
    }
    if (stale)
        fill = QColor(0xbd, 0xbd, 0xbd);
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.75);
    const int side = 2 * (UnitHalfPx + 9);
    QPixmap sprite(side, side);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(side / 2.0, side / 2.0);
    if (headingBucket >= 0) {
        painter.save();
        painter.rotate(headingBucket * 360.0 / HeadingBuckets);
        painter.setPen(Qt::NoPen);
        painter.setBrush(stale ? fill : QColor(0x21, 0x21, 0x21));
        painter.drawPolygon(
            QPolygonF{QPointF(0, -UnitHalfPx - 8), QPointF(-5, -UnitHalfPx - 1), QPointF(5, -UnitHalfPx - 1)});
        painter.restore();
    }
    painter.setPen(onScene ? QPen(QColor(0xff, 0xeb, 0x3b), 3) : QPen(offDuty ? fill : QColor(Qt::white), 1.5));
    painter.setBrush(offDuty ? QColor(Qt::white) : fill);
    painter.drawRoundedRect(QRectF(-UnitHalfPx, -UnitHalfPx, 2 * UnitHalfPx, 2 * UnitHalfPx), 3, 3);
    painter.setFont(font);
    painter.setPen(stale ? QColor(0x42, 0x42, 0x42) : offDuty ? fill : QColor(Qt::white));
    painter.drawText(QRectF(-UnitHalfPx, -UnitHalfPx, 2 * UnitHalfPx, 2 * UnitHalfPx), Qt::AlignCenter, letter);
    painter.end();
    return *m_sprites.insert(key, sprite);
}

void MapView::paintUnits(QPainter &painter) const
{
    if (!m_units || !m_unitsShown)
        return;
    const qint64 now = m_clock ? m_clock->nowMs() : 0;
    const double s = WebMercator::scale(m_zoom);
    const QPointF half(width() / 2.0, height() / 2.0);
    const QRectF area = QRectF(rect()).adjusted(-20, -20, 20, 20);
    for (const UnitReport &unit : m_units->units()) {
        const QPointF at = (WebMercator::toWorld(unit.lat, unit.lon) - m_centre) * s + half;
        if (!area.contains(at))
            continue;
        const int bucket
            = unit.headingDeg ? int(std::lround(*unit.headingDeg / (360.0 / HeadingBuckets))) % HeadingBuckets : -1;
        const QPixmap &sprite = unitSprite(unit.agency, unit.status, m_clock && UnitBoard::isStale(unit, now), bucket);
        painter.drawPixmap(QPointF(at.x() - sprite.width() / 2.0, at.y() - sprite.height() / 2.0), sprite);
    }
}

void MapView::setIncidentsShown(bool shown)
{
    m_incidentsShown = shown;
    update();
}

void MapView::setCamerasShown(bool shown)
{
    m_camerasShown = shown;
    update();
}

const Camera *MapView::cameraAt(const QPointF &screen) const
{
    if (!m_camerasShown)
        return nullptr;
    const Camera *nearest = nullptr;
    double best = 12;
    for (const Camera &camera : m_cameras) {
        const QPointF at = screenPoint(camera.lat, camera.lon);
        const double d = std::hypot(at.x() - screen.x(), at.y() - screen.y());
        if (d <= best) {
            best = d;
            nearest = &camera;
        }
    }
    return nearest;
}

// A camera: a dark blue body with a lens, named from zoom 15.
void MapView::paintCameras(QPainter &painter) const
{
    if (!m_camerasShown)
        return;
    const QColor text
        = palette().color(QPalette::Window).lightness() < 128 ? QColor(0xcf, 0xd8, 0xdc) : QColor(0x0d, 0x47, 0xa1);
    for (const Camera &camera : m_cameras) {
        const QPointF at = screenPoint(camera.lat, camera.lon);
        if (!rect().adjusted(-12, -12, 12, 12).contains(at.toPoint()))
            continue;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(QColor(0x0d, 0x47, 0xa1));
        painter.drawRoundedRect(QRectF(at.x() - 8, at.y() - 6, 13, 12), 2, 2);
        painter.drawPolygon(
            QPolygonF{at + QPointF(5, -3), at + QPointF(10, -6), at + QPointF(10, 6), at + QPointF(5, 3)});
        painter.setBrush(Qt::white);
        painter.drawEllipse(at + QPointF(-1.5, 0), 2.5, 2.5);
        if (m_zoom >= 15) {
            painter.setPen(text);
            painter.drawText(at + QPointF(12, 4), camera.name);
        }
    }
}

void MapView::showPendingPlace(double lat, double lon)
{
    m_pendingPlace = WebMercator::toWorld(lat, lon);
    if (!rect().contains(screenPoint(lat, lon).toPoint())) // the pin must be seen
        centreOn(lat, lon);
    update();
}

void MapView::clearPendingPlace()
{
    m_pendingPlace.reset();
    update();
}

void MapView::showCallerLocation(double lat, double lon, double radiusM)
{
    m_callerLocation = WebMercator::toWorld(lat, lon);
    m_callerLat = lat;
    m_callerRadiusM = radiusM;
    if (!rect().contains(screenPoint(lat, lon).toPoint())) // the operator must see where the caller is
        centreOn(lat, lon);
    update();
}

void MapView::clearCallerLocation()
{
    m_callerLocation.reset();
    update();
}

const std::vector<MapView::PlacedIncident> &MapView::placedIncidents() const
{
    if (m_placedStale) {
        m_placed.clear();
        for (int row = 0; row < m_incidents.rowCount(); ++row) {
            const QModelIndex index = m_incidents.index(row, 0);
            const QVariant position = index.data(IncidentModel::PositionRole);
            if (!position.isValid())
                continue;
            const QPointF latLon = position.toPointF();
            const Category *category
                = m_categories.incidentCategory(index.data(IncidentModel::CategoryRole).toString());
            m_placed.push_back(PlacedIncident{
                index.data(IncidentModel::IncidentIdRole).toString(), WebMercator::toWorld(latLon.x(), latLon.y()),
                index.data(IncidentModel::PriorityRole).toInt(), index.data(IncidentModel::OpenRole).toBool(),
                category ? category->symbol : QString(), index.data(IncidentModel::StatusValueRole).toInt()});
        }
        m_placedStale = false;
    }
    return m_placed;
}

// Open incidents (and the selected one) with a position, on screen.
QList<MapView::Marker> MapView::visibleIncidents() const
{
    QList<Marker> markers;
    const double s = WebMercator::scale(m_zoom);
    const QPointF half(width() / 2.0, height() / 2.0);
    const QRectF area = QRectF(rect()).adjusted(-MarkerRadiusPx, -MarkerRadiusPx, MarkerRadiusPx, MarkerRadiusPx);
    for (const PlacedIncident &placed : placedIncidents()) {
        if (!placed.open && placed.id != m_selected)
            continue;
        const QPointF screen = (placed.world - m_centre) * s + half;
        if (area.contains(screen))
            markers.append(Marker{screen, &placed});
    }
    return markers;
}

// Markers and clusters as pictures, drawn once and then only copied: a busy night has
// thousands on screen and the circles, letters and numbers are the same few.
namespace {
QPixmap newSprite(double radius, const std::function<void(QPainter &, const QPointF &)> &draw)
{
    const int side = int(std::ceil(2 * (radius + 8)));
    QPixmap sprite(side, side);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QPointF(side / 2.0, side / 2.0));
    return sprite;
}

void drawSelection(QPainter &painter, const QPointF &at, double radius)
{
    painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, radius + 5, radius + 5);
}
} // namespace

const QPixmap &MapView::clusterSprite(int priority, int count, bool selected) const
{
    const quint64 key = 1ull << 62 | quint64(priority) | quint64(selected) << 3 | quint64(count) << 4;
    if (auto found = m_sprites.constFind(key); found != m_sprites.constEnd())
        return *found;
    if (m_sprites.size() > 2000)
        m_sprites.clear(); // a bound, not an expected path
    const double radius = ClusterRadiusPx + std::min(8.0, std::log2(count) * 2);
    QFont font = this->font();
    font.setBold(true);
    return *m_sprites.insert(key, newSprite(radius, [&](QPainter &painter, const QPointF &at) {
                                 if (selected)
                                     drawSelection(painter, at, radius);
                                 painter.setPen(QPen(Qt::white, 2));
                                 painter.setBrush(Appearance::priorityColour(priority));
                                 painter.drawEllipse(at, radius, radius);
                                 painter.setFont(font);
                                 painter.setPen(priority == 3 ? Qt::black : Qt::white);
                                 painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                                                  Qt::AlignCenter, QString::number(count));
                             }));
}

// One incident: filled with its priority's colour, lettered with its category, ringed by
// its status (white: new; yellow: in progress; green: handed off to the agency); grey when
// closed or cancelled (drawn only while selected).
const QPixmap &MapView::incidentSprite(const PlacedIncident &incident, bool selected) const
{
    // Keys are numbers, not strings: thousands of lookups a frame.
    quint64 symbol = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(incident.symbol.size(), 3); ++i)
        symbol |= quint64(incident.symbol.at(i).unicode()) << (16 * i);
    const quint64 key = 2ull << 62 | quint64(incident.priority) | quint64(incident.status) << 3 | quint64(selected) << 6
                        | quint64(incident.open) << 7 | symbol << 8;
    if (auto found = m_sprites.constFind(key); found != m_sprites.constEnd())
        return *found;
    if (m_sprites.size() > 2000)
        m_sprites.clear();
    QFont font = this->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.75);
    return *m_sprites.insert(key, newSprite(MarkerRadiusPx, [&](QPainter &painter, const QPointF &at) {
                                 if (selected)
                                     drawSelection(painter, at, MarkerRadiusPx);
                                 const auto status = IncidentStatus(incident.status);
                                 const QColor ring = status == IncidentStatus::InProgress  ? QColor(0xff, 0xeb, 0x3b)
                                                     : status == IncidentStatus::HandedOff ? QColor(0x2e, 0x7d, 0x32)
                                                                                           : QColor(Qt::white);
                                 painter.setPen(QPen(ring, status == IncidentStatus::New ? 2 : 3.5));
                                 painter.setBrush(incident.open ? Appearance::priorityColour(incident.priority)
                                                                : QColor(0x9e, 0x9e, 0x9e));
                                 painter.drawEllipse(at, MarkerRadiusPx, MarkerRadiusPx);
                                 painter.setFont(font);
                                 painter.setPen(incident.priority == 3 && incident.open ? Qt::black : Qt::white);
                                 painter.drawText(QRectF(at.x() - MarkerRadiusPx, at.y() - MarkerRadiusPx,
                                                         2 * MarkerRadiusPx, 2 * MarkerRadiusPx),
                                                  Qt::AlignCenter, incident.symbol);
                             }));
}

// Centred on the point, or starting at it (names beside a symbol).
void MapView::drawLabel(QPainter &painter, const Label &label, const QPointF &at, bool centred) const
{
    if (label.laidOut.text() != label.text) {
        label.laidOut.setText(label.text);
        label.laidOut.setTextFormat(Qt::PlainText);
        label.laidOut.prepare(QTransform(), painter.font());
    }
    const QSizeF size = label.laidOut.size();
    painter.drawStaticText(at - QPointF(centred ? size.width() / 2 : 0, size.height() / 2), label.laidOut);
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    paintBase(painter, dark);
    paintCameras(painter);
    paintUnits(painter);
    if (m_incidentsShown)
        paintIncidents(painter);
    if (m_callerLocation) { // under the pin: the incident's place may be the caller's
        const double s = WebMercator::scale(m_zoom);
        const QPointF at = (*m_callerLocation - m_centre) * s + QPointF(width() / 2.0, height() / 2.0);
        const double radiusPx = m_callerRadiusM / WebMercator::metresPerPixel(m_callerLat, m_zoom);
        if (radiusPx >= 3) {
            painter.setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 1.5, Qt::DashLine));
            painter.setBrush(QColor(0x8e, 0x24, 0xaa, 40));
            painter.drawEllipse(at, radiusPx, radiusPx);
        }
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(QColor(0x8e, 0x24, 0xaa));
        painter.drawEllipse(at, 6, 6);
    }
    if (m_pendingPlace) { // a pin: blue, unlike any priority colour
        const double s = WebMercator::scale(m_zoom);
        const QPointF at = (*m_pendingPlace - m_centre) * s + QPointF(width() / 2.0, height() / 2.0);
        painter.setPen(QPen(QColor(0x0d, 0x47, 0xa1), 3));
        painter.drawLine(at, at - QPointF(0, 14));
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(QColor(0x15, 0x65, 0xc0));
        painter.drawEllipse(at - QPointF(0, 20), 8, 8);
    }
    paintAttribution(painter);
    if (hasFocus()) { // the keyboard cursor: Enter acts here
        const QPointF c(width() / 2.0, height() / 2.0);
        painter.setPen(QPen(dark ? Qt::white : Qt::black, 1.5));
        painter.drawLine(c - QPointF(10, 0), c + QPointF(10, 0));
        painter.drawLine(c - QPointF(0, 10), c + QPointF(0, 10));
    }
    if (m_picking) { // wrapped, so a narrow map panel shows it whole
        const QString hint = tr("Click the incident's place (or move with the arrows and press Enter).");
        const QRect text = painter.fontMetrics().boundingRect(QRect(6, 4, width() - 12, height()),
                                                              Qt::AlignLeft | Qt::TextWordWrap, hint);
        painter.fillRect(QRect(0, 0, width(), text.bottom() + 5), QColor(255, 243, 205, 230));
        painter.setPen(QColor(0x5f, 0x4b, 0x00));
        painter.drawText(text, Qt::AlignLeft | Qt::TextWordWrap, hint);
    }
}

void MapView::paintBase(QPainter &painter, bool dark) const
{
    painter.fillRect(rect(), dark ? QColor(0x26, 0x32, 0x38) : QColor(0xf2, 0xef, 0xe9));
    paintTiles(painter);
    const double s = WebMercator::scale(m_zoom);
    QTransform toScreen;
    toScreen.translate(width() / 2.0, height() / 2.0);
    toScreen.scale(s, s);
    toScreen.translate(-m_centre.x(), -m_centre.y());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, !m_moving);
    painter.setTransform(toScreen);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dark ? QColor(0x1b, 0x3a, 0x4b) : QColor(0xaa, 0xd3, 0xdf));
    painter.drawPath(m_water);
    painter.setBrush(Qt::NoBrush);
    QPen riverPen(dark ? QColor(0x2e, 0x5d, 0x78) : QColor(0x7f, 0xb8, 0xd0), 4, Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin);
    riverPen.setCosmetic(true);
    painter.setPen(riverPen);
    painter.drawPath(m_waterLines);
    QPen kelurahanPen(dark ? QColor(0x78, 0x90, 0x9c) : QColor(0x9e, 0x9e, 0x9e), 1);
    kelurahanPen.setCosmetic(true);
    painter.setPen(kelurahanPen);
    painter.drawPath(m_kelurahanLines);
    QPen kecamatanPen(dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x61, 0x61, 0x61), 2.2);
    kecamatanPen.setCosmetic(true);
    painter.setPen(kecamatanPen);
    painter.drawPath(m_kecamatanLines);
    painter.restore();

    // Names: kecamatan when the whole city is in view, kelurahan once there is room.
    const QColor text = dark ? QColor(0xcf, 0xd8, 0xdc) : QColor(0x42, 0x42, 0x42);
    QFont font = painter.font();
    const bool kelurahanNames = m_zoom >= 13.5;
    font.setBold(!kelurahanNames);
    painter.setFont(font);
    painter.setPen(text);
    for (const Label &label : kelurahanNames ? m_kelurahanLabels : m_kecamatanLabels) {
        const QPointF at = toScreen.map(label.world);
        if (rect().adjusted(-80, -10, 80, 10).contains(at.toPoint()))
            drawLabel(painter, label, at, true);
    }
    // Hospitals: a white cross on red, named from zoom 14.
    font.setBold(false);
    painter.setFont(font);
    for (const Label &hospital : m_hospitals) {
        const QPointF at = toScreen.map(hospital.world);
        if (!rect().adjusted(-10, -10, 10, 10).contains(at.toPoint()))
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawRoundedRect(QRectF(at.x() - 6, at.y() - 6, 12, 12), 2, 2);
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(at.x() - 1.5, at.y() - 4.5, 3, 9));
        painter.drawRect(QRectF(at.x() - 4.5, at.y() - 1.5, 9, 3));
        if (m_zoom >= 14) {
            painter.setPen(text);
            drawLabel(painter, hospital, at + QPointF(9, 0), false);
        }
    }
}

void MapView::paintIncidents(QPainter &painter) const
{
    struct Cluster
    {
        QPointF sum;
        int count = 0;
        int priority = 5;
        bool selected = false;
        const PlacedIncident *only = nullptr; // the incident of a cluster of one
    };
    QHash<quint64, Cluster> cells;
    for (const Marker &m : visibleIncidents()) {
        const quint64 key = (quint64(quint32(qFloor(m.screen.x() / ClusterCellPx))) << 32)
                            | quint32(qFloor(m.screen.y() / ClusterCellPx));
        Cluster &c = cells[key];
        c.sum += m.screen;
        ++c.count;
        c.priority = qMin(c.priority, m.incident->priority > 0 ? m.incident->priority : 4);
        c.selected = c.selected || m.incident->id == m_selected;
        c.only = m.incident;
    }
    for (const Cluster &c : std::as_const(cells)) {
        const QPixmap &sprite
            = c.count == 1 ? incidentSprite(*c.only, c.selected) : clusterSprite(c.priority, c.count, c.selected);
        const QPointF at = c.sum / c.count;
        painter.drawPixmap(QPointF(at.x() - sprite.width() / 2.0, at.y() - sprite.height() / 2.0), sprite);
    }
}

// Every source drawn is credited on the map itself, as its licence asks.
void MapView::paintAttribution(QPainter &painter) const
{
    if (m_attribution.isEmpty())
        return;
    if (m_attributionWidth != width()) { // laid out again only when the map's width changes
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        const QFontMetrics metrics(font);
        const int lineHeight = metrics.height();
        QStringList lines;
        int boxWidth = 0;
        for (const QString &line : m_attribution) {
            lines << metrics.elidedText(line, Qt::ElideRight, width() - 12);
            boxWidth = std::max(boxWidth, metrics.horizontalAdvance(lines.constLast()));
        }
        m_attributionBox = QPixmap(boxWidth + 10, int(lines.size()) * lineHeight + 6);
        m_attributionBox.fill(QColor(255, 255, 255, 200));
        QPainter box(&m_attributionBox);
        box.setFont(font);
        box.setPen(QColor(0x33, 0x33, 0x33));
        for (int i = 0; i < lines.size(); ++i)
            box.drawText(QPoint(5, 3 + metrics.ascent() + i * lineHeight), lines.at(i));
        m_attributionWidth = width();
    }
    painter.drawPixmap(width() - m_attributionBox.width(), height() - m_attributionBox.height(), m_attributionBox);
}

void MapView::clickAt(const QPointF &screen)
{
    if (m_picking) {
        const auto [lat, lon] = latLonAt(screen);
        Q_EMIT placePicked(lat, lon);
        return;
    }
    if (const Camera *camera = cameraAt(screen)) {
        Q_EMIT cameraClicked(camera->id);
        return;
    }
    if (!m_incidentsShown)
        return;
    QString nearest;
    double best = ClusterCellPx / 2.0;
    for (const Marker &m : visibleIncidents()) {
        const double d = std::hypot(m.screen.x() - screen.x(), m.screen.y() - screen.y());
        if (d <= best) {
            best = d;
            nearest = m.incident->id;
        }
    }
    if (!nearest.isEmpty()) {
        m_selected = nearest;
        update();
        Q_EMIT incidentClicked(nearest);
    }
}

void MapView::zoomAround(const QPointF &screen, double newZoom)
{
    // Keep the ground under the pointer where it is.
    const auto [lat, lon] = latLonAt(screen);
    m_zoom = qBound(MinZoom, newZoom, MaxZoom);
    const QPointF after = screenPoint(lat, lon);
    m_centre += (after - screen) / WebMercator::scale(m_zoom);
    noteMotion();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_viewChosen = true;
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressAt = event->position().toPoint();
    m_pressCentre = m_centre;
    m_dragging = false;
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    const QPoint moved = event->position().toPoint() - m_pressAt;
    if (!m_dragging && moved.manhattanLength() < ClickSlopPx)
        return;
    m_dragging = true;
    m_centre = m_pressCentre - QPointF(moved) / WebMercator::scale(m_zoom);
    noteMotion();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (!m_dragging)
        clickAt(event->position());
    m_dragging = false;
}

void MapView::wheelEvent(QWheelEvent *event)
{
    m_viewChosen = true;
    const double notches = event->angleDelta().y() / 120.0;
    zoomAround(event->position(), m_zoom + notches * 0.5);
}

// Hovering names what is under the pointer: a unit with its status and the age of its
// position, an incident, a camera.
bool MapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPointF at = static_cast<QHelpEvent *>(event)->pos();
    QString text;
    if (m_units && m_unitsShown) {
        const qint64 now = m_clock ? m_clock->nowMs() : 0;
        for (const UnitReport &unit : m_units->units()) {
            const QPointF where = screenPoint(unit.lat, unit.lon);
            if (std::hypot(where.x() - at.x(), where.y() - at.y()) <= UnitHalfPx + 2) {
                text = tr("%1 · %2 · position %3 s old")
                           .arg(unit.callsign, unitStatusLabel(unit.status))
                           .arg(qMax<qint64>(0, now - unit.reportedMs) / 1000);
                break;
            }
        }
    }
    if (text.isEmpty()) {
        if (const Camera *camera = cameraAt(at))
            text = tr("Camera %1 (%2): click to watch").arg(camera->name, camera->owner);
    }
    if (text.isEmpty() && m_incidentsShown) {
        for (const Marker &m : visibleIncidents()) {
            if (std::hypot(m.screen.x() - at.x(), m.screen.y() - at.y()) <= MarkerRadiusPx) {
                const QModelIndex index = m_incidents.indexOfIncident(m.incident->id);
                const Category *category
                    = m_categories.incidentCategory(index.data(IncidentModel::CategoryRole).toString());
                const QVariant status = index.data(IncidentModel::StatusValueRole);
                text = tr("Incident %1: %2, %3")
                           .arg(m.incident->id, category ? category->label(m_language) : QString(),
                                status.isValid() ? IncidentStatuses::label(IncidentStatus(status.toInt())) : QString());
                break;
            }
        }
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
    return true;
}

QString MapView::unitStatusLabel(const QString &status)
{
    if (status == QLatin1String("available"))
        return tr("available");
    if (status == QLatin1String("en_route"))
        return tr("en route");
    if (status == QLatin1String("on_scene"))
        return tr("on scene");
    if (status == QLatin1String("off_duty"))
        return tr("off duty");
    if (status == QLatin1String("dispatched"))
        return tr("dispatched");
    if (status == QLatin1String("out_of_service"))
        return tr("out of service");
    return status;
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    m_viewChosen = true;
    const double stepPx = std::min(width(), height()) / 6.0;
    const double s = WebMercator::scale(m_zoom);
    switch (event->key()) {
    case Qt::Key_Left: m_centre.rx() -= stepPx / s; break;
    case Qt::Key_Right: m_centre.rx() += stepPx / s; break;
    case Qt::Key_Up: m_centre.ry() -= stepPx / s; break;
    case Qt::Key_Down: m_centre.ry() += stepPx / s; break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: setZoom(m_zoom + 0.5); return;
    case Qt::Key_Minus: setZoom(m_zoom - 0.5); return;
    case Qt::Key_Home:
        m_centre = m_initialCentre;
        m_zoom = m_initialZoom;
        if (!m_outline.isNull())
            fitOutline();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: clickAt(QPointF(width() / 2.0, height() / 2.0)); return;
    default: return QWidget::keyPressEvent(event);
    }
    noteMotion();
}

} // namespace Sigap
