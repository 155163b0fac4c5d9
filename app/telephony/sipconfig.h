#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Sigap {

// How one desk reaches the room's PBX or registrar: its own SIP account (or the room's shared
// AOR, so the registrar forks every call to all desks), where it listens and where it keeps
// its recordings.
//
// Format (JSON, in the desk's data folder as sip.json, documented in docs/admin/sip.md):
//   {"format": "sigap-sip", "version": 1,
//    "identity": "sip:room@pbx.example",   the AOR this desk registers
//    "registrar": "sip:pbx.example:5060",  registrar / outbound proxy
//    "user": "desk1", "password_file": "sip.password",  optional digest credentials
//    "transport": "udp" | "tcp" | "tls",   default udp
//    "local_port": 5071,                   SIP port of this desk, 0 or missing: any free port
//    "expires_s": 300, "ring_timeout_s": 600,
//    "record_dir": "recordings",           relative to the data folder
//    "play_file": "prompt.wav"}            what the desk sends to callers; missing: silence
struct SipConfig
{
    QString identity;
    QString registrar;
    QString user;
    QString password;
    QString transport = QStringLiteral("udp");
    int localPort = 0;
    int expiresS = 300;
    int ringTimeoutS = 600;
    QString recordDir;
    QString playFile;
    QString stateDir; // dataDir/sip: the SIP stack's own files (its database, its instance id)

    // Relative paths (password_file, record_dir, play_file) are resolved against dataDir.
    static Result<SipConfig> parse(const QByteArray &json, const QString &sourceName, const QString &dataDir);
    static Result<SipConfig> load(const QString &path, const QString &dataDir);
};

} // namespace Sigap
