#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

namespace Sigap {

// Finds the other desks of the room without configuration: every desk announces itself by
// UDP multicast on the room's LAN (room id, desk id, protocol version, sync port and the
// digest of its version vector) and listens for the others. An announcement is only a
// hint: whoever answers it still has to prove the room's secret in the TLS handshake.
//
// Each announcement carries an HMAC-SHA256 under a key derived from the room's secret
// (RoomSecret::announcementKey): the datagram is the CBOR array [body, mac], body being the
// CBOR map above as bytes. One that does not verify is dropped before it is looked at, so
// anyone on the LAN can no longer fill a desk's list of discovered desks with invented ones
// and keep a new desk from finding the room. (A recorded genuine announcement can be sent
// again from elsewhere; it names a real desk, which the TLS handshake still has to prove.)
class Discovery : public QObject
{
    Q_OBJECT

public:
    struct Announcement
    {
        int protocol = 0;
        QString room;
        bool training = false;
        QString desk;
        quint16 port = 0;
        QString digest;
    };

    static constexpr int IntervalMs = 2000;

    Discovery(const QHostAddress &group, quint16 port, QByteArray key, QObject *parent = nullptr);

    // Starts listening and announcing; false with a reason when the socket cannot be set up.
    bool start(QString *why);
    // What the next announcements say (the digest changes with every event).
    void setAnnouncement(const Announcement &announcement) { m_own = announcement; }
    void announceNow();

    static QByteArray encode(const Announcement &announcement, const QByteArray &key);
    // The announcement, when its MAC verifies under key and it is well formed.
    static std::optional<Announcement> decode(const QByteArray &datagram, const QByteArray &key);
    // Datagrams dropped because their MAC did not verify (forged, or of another room).
    int unverified() const { return m_unverified; }

Q_SIGNALS:
    void announced(const Sigap::Discovery::Announcement &announcement, const QHostAddress &from);

private:
    void onReadyRead();

    QHostAddress m_group;
    quint16 m_port;
    QUdpSocket m_receiver;
    QUdpSocket m_sender;
    QTimer m_timer;
    Announcement m_own;
    QByteArray m_key;
    int m_unverified = 0;
};

} // namespace Sigap
