#pragma once

#include "cameradirectory.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <optional>

namespace Sigap {

// The desk-local store of camera credentials: DIR/camera-credentials, readable by its owner
// only (refused otherwise, as the room key is), one entry per line:
//
//   # NAME=USER:PASSWORD  (the user has no ':'; the password may)
//   dishub-nvr=petugas:Rahasia-112
//
// A camera of the room's configuration names its entry (`credentials` in cameras.json); the
// user and password never enter the configuration, the log, an argv or a log line. They join
// the stream's address only on its way to the video process, over its standard input, and the
// video process takes the password out of every error it reports.
class CameraCredentials
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::CameraCredentials)

public:
    static QString fileName() { return QStringLiteral("camera-credentials"); }
    // A missing file is an empty store; a readable one with a bad line is refused, naming the
    // file and the line but never what the line holds.
    static Result<CameraCredentials> load(const QString &path);

    bool isEmpty() const { return m_entries.isEmpty(); }
    // The camera's stream as the video process opens it: with the user and password of its
    // entry, or as it is when it names none. nullopt: it names an entry this store lacks.
    std::optional<QUrl> playableStream(const Camera &camera) const;

private:
    struct Entry
    {
        QString user;
        QString password;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Sigap
