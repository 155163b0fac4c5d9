#include "discovery.h"

#include "core/constanttime.h"
#include "domain/cborinteger.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QMessageAuthenticationCode>
#include <QNetworkDatagram>

namespace Sigap {

Discovery::Discovery(const QHostAddress &group, quint16 port, QByteArray key, QObject *parent)
    : QObject(parent)
    , m_group(group)
    , m_port(port)
    , m_key(std::move(key))
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Discovery::announceNow);
    connect(&m_receiver, &QUdpSocket::readyRead, this, &Discovery::onReadyRead);
}

bool Discovery::start(QString *why)
{
    if (!m_receiver.bind(QHostAddress::AnyIPv4, m_port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)
        || !m_receiver.joinMulticastGroup(m_group)) {
        *why = m_receiver.errorString();
        return false;
    }
    // Announcements stay on the room's LAN, and desks on one machine (tests, a recorder
    // beside a desk) hear each other.
    m_sender.bind(QHostAddress::AnyIPv4, 0);
    m_sender.setSocketOption(QAbstractSocket::MulticastTtlOption, 1);
    m_sender.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
    m_timer.start();
    announceNow();
    return true;
}

void Discovery::announceNow()
{
    m_sender.writeDatagram(encode(m_own, m_key), m_group, m_port);
}

QByteArray Discovery::encode(const Announcement &a, const QByteArray &key)
{
    QCborMap map;
    map.insert(QStringLiteral("t"), QStringLiteral("announce"));
    map.insert(QStringLiteral("protocol"), a.protocol);
    map.insert(QStringLiteral("room"), a.room);
    map.insert(QStringLiteral("training"), a.training);
    map.insert(QStringLiteral("desk"), a.desk);
    map.insert(QStringLiteral("port"), a.port);
    map.insert(QStringLiteral("digest"), a.digest);
    const QByteArray body = map.toCborValue().toCbor();
    return QCborArray{body, QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256)}
        .toCborValue()
        .toCbor();
}

std::optional<Discovery::Announcement> Discovery::decode(const QByteArray &datagram, const QByteArray &key)
{
    const QCborArray signedBody = QCborValue::fromCbor(datagram).toArray();
    const QByteArray body = signedBody.at(0).toByteArray();
    const QByteArray mac = QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256);
    if (signedBody.size() != 2 || body.isEmpty() || !equalInConstantTime(signedBody.at(1).toByteArray(), mac))
        return std::nullopt;
    const QCborMap map = QCborValue::fromCbor(body).toMap();
    if (map.value(QStringLiteral("t")).toString() != QLatin1String("announce"))
        return std::nullopt;
    Announcement a;
    a.protocol = int(cborInteger(map.value(QStringLiteral("protocol"))));
    a.room = map.value(QStringLiteral("room")).toString();
    a.training = map.value(QStringLiteral("training")).toBool();
    a.desk = map.value(QStringLiteral("desk")).toString();
    const qint64 port = cborInteger(map.value(QStringLiteral("port")));
    a.digest = map.value(QStringLiteral("digest")).toString();
    if (a.desk.isEmpty() || a.room.isEmpty() || port <= 0 || port > 65535)
        return std::nullopt;
    a.port = quint16(port);
    return a;
}

void Discovery::onReadyRead()
{
    while (m_receiver.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_receiver.receiveDatagram(4096);
        const auto a = decode(datagram.data(), m_key);
        if (!a)
            ++m_unverified;
        else if (a->desk != m_own.desk)
            Q_EMIT announced(*a, datagram.senderAddress());
    }
}

} // namespace Sigap
