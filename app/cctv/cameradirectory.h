#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Sigap {

struct Camera
{
    QString id;
    QString name;
    double lat = 0;
    double lon = 0;
    QUrl stream;         // rtsp://, http(s):// (HLS playlist or MJPEG) or file://
    QString owner;       // Dishub, Diskominfo, …
    QString credentials; // a reference to the room's credential store, never the secret
};

// The room's CCTV cameras, from a JSON file in the room configuration:
//
//   {"format": "sigap-cameras", "version": 1, "cameras": [
//     {"id": "dishub-01", "name": "Simpang Sudimampir", "lat": -3.3207, "lon": 114.5926,
//      "url": "rtsp://10.1.1.20/stream1", "owner": "Dishub", "credentials": "dishub-nvr"}]}
//
// A file that cannot be read as such is refused whole, its message naming the file and
// the line. A single broken camera is left out with a problem naming the file, its line
// and the field, and every valid camera around it is kept: one typo must not take the
// city's cameras off the wall.
class CameraDirectory
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::CameraDirectory)

public:
    static Result<CameraDirectory> parse(const QByteArray &json, const QString &sourceName);
    static Result<CameraDirectory> load(const QString &path);

    const QList<Camera> &cameras() const { return m_cameras; }
    const QStringList &problems() const { return m_problems; }
    const Camera *byId(const QString &id) const;
    // Up to count cameras within radiusM of the point, nearest first.
    QList<const Camera *> nearest(double lat, double lon, int count, double radiusM) const;

private:
    QList<Camera> m_cameras;
    QStringList m_problems;
};

} // namespace Sigap
