#include "sipconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sigap {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::SipConfig)
};

QString resolved(const QString &dataDir, const QString &path)
{
    return path.isEmpty() ? path : QDir(dataDir).absoluteFilePath(path);
}

} // namespace

Result<SipConfig> SipConfig::parse(const QByteArray &json, const QString &sourceName, const QString &dataDir)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("sip.json"), Texts::tr("%1: not valid JSON at byte %2: %3")
                                                         .arg(sourceName)
                                                         .arg(parseError.offset)
                                                         .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("sigap-sip")
        || o.value(QStringLiteral("version")).toInt() != 1)
        return makeError(QStringLiteral("sip.format"),
                         Texts::tr("%1: not a Sigap SIP configuration of version 1 (format, version)").arg(sourceName));
    auto bad = [&](const QString &field, const QString &why) {
        return makeError(QStringLiteral("sip.field"), Texts::tr("%1: field \"%2\": %3").arg(sourceName, field, why));
    };
    auto sipUri
        = [](const QString &s) { return s.startsWith(QLatin1String("sip:")) || s.startsWith(QLatin1String("sips:")); };

    SipConfig c;
    c.identity = o.value(QStringLiteral("identity")).toString();
    if (!sipUri(c.identity) || !c.identity.contains(QLatin1Char('@')))
        return bad(QStringLiteral("identity"), Texts::tr("a SIP address like sip:room@pbx.example is needed"));
    c.registrar = o.value(QStringLiteral("registrar")).toString();
    if (!sipUri(c.registrar))
        return bad(QStringLiteral("registrar"), Texts::tr("a SIP URI like sip:pbx.example:5060 is needed"));
    c.user = o.value(QStringLiteral("user")).toString();
    const QString passwordFile = o.value(QStringLiteral("password_file")).toString();
    if (!passwordFile.isEmpty()) {
        QFile f(resolved(dataDir, passwordFile));
        if (!f.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("password_file"),
                       Texts::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
        c.password = QString::fromUtf8(f.readAll()).trimmed();
        if (c.user.isEmpty())
            return bad(QStringLiteral("user"), Texts::tr("a password needs the user name it belongs to"));
    }
    c.transport = o.value(QStringLiteral("transport")).toString(QStringLiteral("udp"));
    if (c.transport != QLatin1String("udp") && c.transport != QLatin1String("tcp")
        && c.transport != QLatin1String("tls"))
        return bad(QStringLiteral("transport"), Texts::tr("\"%1\" is not udp, tcp or tls").arg(c.transport));

    auto integer = [&](const QString &field, int fallback, int min, int max, int &out) -> bool {
        const QJsonValue v = o.value(field);
        if (v.isUndefined()) {
            out = fallback;
            return true;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min || v.toInt() > max)
            return false;
        out = v.toInt();
        return true;
    };
    if (!integer(QStringLiteral("local_port"), 0, 0, 65535, c.localPort))
        return bad(QStringLiteral("local_port"), Texts::tr("a port number from 0 (any) to 65535 is needed"));
    if (!integer(QStringLiteral("expires_s"), 300, 10, 86400, c.expiresS))
        return bad(QStringLiteral("expires_s"), Texts::tr("a number of seconds from 10 to 86400 is needed"));
    if (!integer(QStringLiteral("ring_timeout_s"), 600, 10, 86400, c.ringTimeoutS))
        return bad(QStringLiteral("ring_timeout_s"), Texts::tr("a number of seconds from 10 to 86400 is needed"));
    c.recordDir = resolved(dataDir, o.value(QStringLiteral("record_dir")).toString(QStringLiteral("recordings")));
    c.stateDir = QDir(dataDir).absoluteFilePath(QStringLiteral("sip"));
    c.playFile = resolved(dataDir, o.value(QStringLiteral("play_file")).toString());
    if (!c.playFile.isEmpty() && !QFile::exists(c.playFile))
        return bad(QStringLiteral("play_file"), Texts::tr("%1 does not exist").arg(c.playFile));
    return c;
}

Result<SipConfig> SipConfig::load(const QString &path, const QString &dataDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("sip.open"), Texts::tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, dataDir);
}

} // namespace Sigap
