#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Sigap {

// The secret that makes a desk a member of a room: the room id, whether it is a training
// room, and 32 random bytes. It lives in a text file readable by its owner only (0600), made
// by `sigapctl room init` and copied to every desk of the room. Sessions between desks are
// TLS with a pre-shared key derived from it, so a desk without the file can neither read
// nor inject anything, and a training room and a live room never share a key.
class RoomSecret
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::RoomSecret)

public:
    static constexpr int KeyBytes = 32;

    static RoomSecret generate(const QString &room, bool training);
    // Writes a new file with mode 0600; an existing file is never overwritten.
    Result<void> save(const QString &path) const;
    // Refuses a file that others may read, a malformed file or a short key.
    static Result<RoomSecret> load(const QString &path);

    QString room() const { return m_room; }
    bool training() const { return m_training; }
    QString mode() const; // "live" or "training"

    // The TLS identity a desk presents: "sigap1|room|mode|desk".
    QString identity(const QString &desk) const;
    // The key both sides of a session use, bound to the room and its mode.
    QByteArray sessionKey() const;
    // The key of the room's multicast announcements (Discovery), bound to the room and its mode.
    QByteArray announcementKey() const;
    // The pepper of the room's PIN hashes (PinHash): in no event, so a copied store alone is
    // not enough to guess PINs offline.
    QByteArray pinPepper() const;

    // What an identity says, and why it cannot join this room (empty when it can).
    struct Identity
    {
        QString room;
        QString mode;
        QString desk;
    };
    static std::optional<Identity> parseIdentity(const QString &identity);
    QString refusalReason(const QString &identity) const;

    static bool validRoomId(const QString &room);

private:
    QString m_room;
    bool m_training = false;
    QByteArray m_key;
};

} // namespace Sigap
