#include "roomsecret.h"

#include "core/privatefile.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <sys/stat.h>

namespace Sigap {

namespace {
const QString IdentityPrefix = QStringLiteral("sigap1");
}

bool RoomSecret::validRoomId(const QString &room)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(room).hasMatch();
}

RoomSecret RoomSecret::generate(const QString &room, bool training)
{
    RoomSecret secret;
    secret.m_room = room;
    secret.m_training = training;
    secret.m_key.resize(KeyBytes);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.m_key.data()),
                                         reinterpret_cast<quint32 *>(secret.m_key.data() + KeyBytes));
    return secret;
}

QString RoomSecret::mode() const
{
    return m_training ? QStringLiteral("training") : QStringLiteral("live");
}

Result<void> RoomSecret::save(const QString &path) const
{
    if (QFileInfo::exists(path))
        return makeError(QStringLiteral("secret.exists"),
                         tr("%1 already exists; a room secret is never overwritten").arg(path));
    const QByteArray text = "# Sigap 112 room secret. Copy it to every desk of this room and nowhere else.\n"
                            "room="
                            + m_room.toUtf8() + "\nmode=" + mode().toUtf8() + "\nkey=" + m_key.toHex() + '\n';
    // Create with 0600 from the start: the key is never readable by others, not even briefly.
    const mode_t oldMask = ::umask(077);
    QFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    ::umask(oldMask);
    if (!opened)
        return makeError(QStringLiteral("secret.write"), tr("%1: cannot create (%2)").arg(path, file.errorString()));
    if (file.write(text) != text.size() || !file.flush())
        return makeError(QStringLiteral("secret.write"), tr("%1: cannot write (%2)").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<RoomSecret> RoomSecret::load(const QString &path)
{
    auto lines = PrivateFile::read(path, tr("room key"), QStringLiteral("secret"));
    if (!lines)
        return lines.error();
    RoomSecret secret;
    bool haveMode = false;
    for (const PrivateFileLine &line : std::as_const(lines.value())) {
        const int lineNumber = line.number;
        const QString &key = line.key;
        const QString &value = line.value;
        if (!line.keyed
            || (key != QLatin1String("room") && key != QLatin1String("mode") && key != QLatin1String("key")))
            return makeError(QStringLiteral("secret.format"),
                             tr("room key %1, line %2: expected room=, mode= or key=").arg(path).arg(lineNumber));
        if (key == QLatin1String("room")) {
            secret.m_room = value;
        } else if (key == QLatin1String("mode")) {
            if (value != QLatin1String("live") && value != QLatin1String("training"))
                return makeError(QStringLiteral("secret.format"),
                                 tr("room key %1, line %2: mode is live or training").arg(path).arg(lineNumber));
            secret.m_training = value == QLatin1String("training");
            haveMode = true;
        } else {
            secret.m_key = QByteArray::fromHex(value.toLatin1());
            if (secret.m_key.size() != KeyBytes || secret.m_key.toHex() != value.toLower().toLatin1())
                return makeError(QStringLiteral("secret.format"),
                                 tr("room key %1, line %2: the key must be %3 hexadecimal digits")
                                     .arg(path)
                                     .arg(lineNumber)
                                     .arg(KeyBytes * 2));
        }
    }
    if (!validRoomId(secret.m_room))
        return makeError(QStringLiteral("secret.format"), tr("room key %1: no valid room= line").arg(path));
    if (!haveMode || secret.m_key.isEmpty())
        return makeError(QStringLiteral("secret.format"),
                         tr("room key %1: the mode= or key= line is missing").arg(path));
    return secret;
}

QString RoomSecret::identity(const QString &desk) const
{
    return QStringList{IdentityPrefix, m_room, mode(), desk}.join(QLatin1Char('|'));
}

QByteArray RoomSecret::sessionKey() const
{
    return QMessageAuthenticationCode::hash(
        (QStringLiteral("sigap-session-key|") + m_room + QLatin1Char('|') + mode()).toUtf8(), m_key,
        QCryptographicHash::Sha256);
}

QByteArray RoomSecret::announcementKey() const
{
    return QMessageAuthenticationCode::hash(
        (QStringLiteral("sigap-announcement-key|") + m_room + QLatin1Char('|') + mode()).toUtf8(), m_key,
        QCryptographicHash::Sha256);
}

QByteArray RoomSecret::pinPepper() const
{
    return QMessageAuthenticationCode::hash((QStringLiteral("sigap-pin-pepper|") + m_room).toUtf8(), m_key,
                                            QCryptographicHash::Sha256);
}

std::optional<RoomSecret::Identity> RoomSecret::parseIdentity(const QString &identity)
{
    const QStringList parts = identity.split(QLatin1Char('|'));
    if (parts.size() != 4 || parts[0] != IdentityPrefix || parts[3].isEmpty())
        return std::nullopt;
    return Identity{parts[1], parts[2], parts[3]};
}

QString RoomSecret::refusalReason(const QString &identity) const
{
    const auto id = parseIdentity(identity);
    if (!id)
        return tr("it does not present itself as a Sigap desk (\"%1\")").arg(identity.left(80));
    if (id->mode != mode())
        return id->mode == QLatin1String("training")
                   ? tr("desk %1 is a training desk (room %2) and this is a live room").arg(id->desk, id->room)
                   : tr("desk %1 is a live desk (room %2) and this is a training room").arg(id->desk, id->room);
    if (id->room != m_room)
        return tr("desk %1 belongs to room %2, this is room %3").arg(id->desk, id->room, m_room);
    return {};
}

} // namespace Sigap
