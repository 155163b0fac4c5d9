#include "eidosender.h"
#include "core/logging.h"

#include "agencydirectory.h"
#include "eidodocument.h"
#include "handoffprojection.h"

#include "config/roomconfiguration.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "store/eventlog.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace Sigap {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::EidoSender)
};

bool isRetryable(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
}

} // namespace

EidoSender::EidoSender(const Sources &sources, const Actor &actor, const QTimeZone &timeZone, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_actor(actor)
    , m_timeZone(timeZone)
{
    m_network.setAutoDeleteReplies(false);
}

EidoSender::~EidoSender()
{
    for (auto &[id, delivery] : m_pending)
        if (delivery.reply) {
            delivery.reply->disconnect(this);
            delivery.reply->abort();
            delete delivery.reply;
        }
}

QString EidoSender::idempotencyKey(const QString &room, const QString &sendEventId)
{
    return QStringLiteral("sigap112-") + room + QLatin1Char('-') + sendEventId;
}

void EidoSender::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
}

void EidoSender::start()
{
    connect(&m_sources.log, &EventLog::appended, this, &EidoSender::onAppended);
    // A send of this desk whose delivery (or refusal) is not in the log was interrupted by a
    // stop or a crash: send it again, with the same key. The fold holds the deliveries.
    const QString ownSend = m_sources.log.store().deskId() + QLatin1Char('-');
    for (const Handoff *h : m_sources.handoffs.all()) {
        if (h->currentSendId.startsWith(ownSend) && h->channel == AgencyDirectory::channelName(HandoffChannel::Eido)
            && HandoffStates::isOpen(h->state) && !h->deliveries.count(h->currentSendId))
            enqueue(h->incident, h->agency, h->currentSendId);
    }
}

void EidoSender::onAppended(const QList<Event> &events)
{
    const QString desk = m_sources.log.store().deskId();
    for (const Event &e : events) {
        if (e.origin != desk)
            continue; // the desk that wrote a change tells the agency of it
        if (e.kind == EventKind::HandoffSent
            && e.payload.value(QStringLiteral("channel")).toString()
                   == AgencyDirectory::channelName(HandoffChannel::Eido))
            enqueue(e.subject, e.payload.value(QStringLiteral("agency")).toString(), e.id());
        // After delivery, what the agency should know: a note on the incident, and the room
        // cancelling the handoff or recording the agency's refusal (one the agency sent over
        // its own status endpoint, role "agency", it knows already).
        if (e.kind == EventKind::IncidentNoteAdded) {
            for (const Handoff *h : m_sources.handoffs.ofIncident(e.subject))
                enqueueUpdate(e, h->agency, {});
        }
        if (e.kind == EventKind::HandoffStatusChanged && e.role != QLatin1String("agency")) {
            const QString to = e.payload.value(QStringLiteral("to")).toString();
            const QString reason = e.payload.value(QStringLiteral("reason")).toString();
            const QString agency = e.payload.value(QStringLiteral("agency")).toString();
            if (to == HandoffStates::name(HandoffState::Cancelled))
                enqueueUpdate(e, agency, Texts::tr("The 112 room cancelled this handoff. %1").arg(reason).trimmed());
            else if (to == HandoffStates::name(HandoffState::Rejected))
                enqueueUpdate(
                    e, agency,
                    Texts::tr("The 112 room recorded that the agency refused this handoff. %1").arg(reason).trimmed());
        }
    }
}

// Only to an EIDO agency that has the incident already (its send was delivered); retried
// like a send while this desk runs, but not recorded: after a restart an undelivered update
// is not sent again (the agency has the first document, and the room's phone).
void EidoSender::enqueueUpdate(const Event &change, const QString &agency, const QString &note)
{
    const Handoff *h = m_sources.handoffs.handoff(change.subject, agency);
    if (!h || h->channel != AgencyDirectory::channelName(HandoffChannel::Eido) || !h->deliveries.count(h->currentSendId)
        || m_pending.count(change.id()))
        return;
    Delivery update{change.subject, agency, h->currentSendId,       0, m_firstRetryMs, nullptr,
                    change.id(),    note,   Hlc::wallMs(change.hlc)};
    m_pending.emplace(update.updateId, update);
    const QString key = update.updateId;
    QTimer::singleShot(0, this, [this, key] { attempt(key); });
}

void EidoSender::enqueue(const QString &incident, const QString &agency, const QString &sendId)
{
    if (m_pending.count(sendId))
        return;
    m_pending.emplace(sendId, Delivery{incident, agency, sendId, 0, m_firstRetryMs, nullptr, {}, {}, 0});
    // Not from inside the append that announced the send: recording the delivery appends too.
    QTimer::singleShot(0, this, [this, sendId] { attempt(sendId); });
}

// The send still opens the handoff's current round (a send the fold kept as a conflict never
// did), and the agency has not finished, refused or been cancelled meanwhile.
bool EidoSender::isCurrent(const Delivery &delivery) const
{
    const Handoff *h = m_sources.handoffs.handoff(delivery.incident, delivery.agency);
    if (!delivery.updateId.isEmpty()) // an update goes to the round the agency has, open or not
        return h && h->currentSendId == delivery.sendId;
    return h && h->currentSendId == delivery.sendId && HandoffStates::isOpen(h->state);
}

void EidoSender::attempt(const QString &sendId)
{
    const auto it = m_pending.find(sendId);
    if (it == m_pending.end() || it->second.reply)
        return;
    Delivery &d = it->second;
    if (!isCurrent(d)) {
        qCInfo(lcHandoff) << "not delivering" << d.sendId << "to" << d.agency
                          << ": the handoff was closed, cancelled or sent again";
        m_pending.erase(it);
        return;
    }
    ++d.attempts;
    const Agency *agency = m_sources.agencies.byId(d.agency);
    // What the room's configuration lacks does not come by waiting: refused at once, so the
    // operator sees it and phones the agency.
    if (!agency || agency->eidoUrl.isEmpty())
        return refuse(sendId, 0, Texts::tr("agency %1 has no EIDO endpoint in the agency directory").arg(d.agency));
    const EventStore &store = m_sources.log.store();
    auto document
        = EidoDocument::build(*m_sources.handoffs.handoff(d.incident, d.agency), *agency, m_sources.incidents,
                              m_sources.calls, m_sources.gazetteer, m_sources.categories,
                              EidoContext{store.room(), store.deskId(), d.sendId, m_timeZone,
                                          m_sources.configuration.roomName, m_sources.configuration.city.province,
                                          m_sources.configuration.city.name, d.updateNote, d.updateId, d.updateMs});
    if (!document)
        return retryLater(d, document.error().message);

    QNetworkRequest request(agency->eidoUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", idempotencyKey(store.room(), d.key()).toUtf8());
    request.setTransferTimeout(RequestTimeoutMs);
    // A redirect could take the document somewhere the directory does not name.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!agency->eidoCaFile.isEmpty()) {
        // The agency's own CA, and only it: its endpoint is pinned to what the room configured.
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(agency->eidoCaFile, QSsl::Pem);
        if (cas.isEmpty())
            return refuse(sendId, 0,
                          Texts::tr("%1: no PEM certificate in the agency's eido_ca_file (agency %2)")
                              .arg(agency->eidoCaFile, agency->id));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(cas);
        request.setSslConfiguration(tls);
    }
    d.reply = m_network.post(request, QJsonDocument(document.value()).toJson(QJsonDocument::Compact));
    connect(d.reply, &QNetworkReply::finished, this, [this, sendId] { onFinished(sendId); });
}

void EidoSender::onFinished(const QString &sendId)
{
    const auto it = m_pending.find(sendId);
    if (it == m_pending.end() || !it->second.reply)
        return;
    Delivery &d = it->second;
    // Not deleted here: this runs inside the reply's own finished() signal.
    QNetworkReply *reply = std::exchange(d.reply, nullptr);
    const auto release = qScopeGuard([reply] { reply->deleteLater(); });
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && !d.updateId.isEmpty()) {
        qCInfo(lcHandoff) << "delivered the update" << d.updateId << "to" << d.agency;
        Q_EMIT updateDelivered(d.incident, d.agency, d.updateId);
        m_pending.erase(it);
        return;
    }
    if (status >= 200 && status < 300) {
        qCInfo(lcHandoff) << "delivered" << d.sendId << "to" << d.agency << "after" << d.attempts << "attempt(s)";
        Q_EMIT delivered(d.incident, d.agency, d.attempts, status);
        return settle(sendId, EventKind::HandoffDelivered, status, {});
    }
    const QString body = QString::fromUtf8(reply->readAll().left(200)).trimmed();
    const QString reason
        = status > 0 ? Texts::tr("%1 answered HTTP %2 %3")
                           .arg(reply->url().toString(QUrl::RemoveUserInfo))
                           .arg(status)
                           .arg(body)
                           .trimmed()
                     : Texts::tr("%1: %2").arg(reply->url().toString(QUrl::RemoveUserInfo), reply->errorString());
    if (isRetryable(status))
        return retryLater(d, reason);
    refuse(sendId, status, reason);
}

void EidoSender::refuse(const QString &sendId, int httpStatus, const QString &reason)
{
    const auto it = m_pending.find(sendId);
    if (it == m_pending.end())
        return;
    const Delivery &d = it->second;
    if (!d.updateId.isEmpty()) { // the handoff itself stands; the update is said, not recorded
        qCWarning(lcHandoff).noquote() << "agency" << d.agency << "refused the update" << d.updateId << ":" << reason;
        m_pending.erase(it);
        return;
    }
    qCWarning(lcHandoff).noquote() << "agency" << d.agency << "refused" << d.sendId << ":" << reason;
    Q_EMIT refused(d.incident, d.agency, httpStatus, reason);
    settle(sendId, EventKind::HandoffDeliveryFailed, httpStatus, reason);
}

void EidoSender::retryLater(Delivery &d, const QString &reason)
{
    const int delay = d.nextDelayMs;
    d.nextDelayMs = int(std::min<qint64>(qint64(delay) * 2, m_maxRetryMs));
    qCWarning(lcHandoff).noquote() << "attempt" << d.attempts << "of" << d.sendId << "to" << d.agency
                                   << "failed:" << reason << "; again in" << delay << "ms";
    Q_EMIT attemptFailed(d.incident, d.agency, d.attempts, reason, delay);
    const QString key = d.key();
    QTimer::singleShot(delay, this, [this, key] { attempt(key); });
}

void EidoSender::settle(const QString &sendId, const QString &kind, int httpStatus, const QString &reason)
{
    const auto it = m_pending.find(sendId);
    if (it == m_pending.end())
        return;
    const Delivery d = it->second;
    m_pending.erase(it);
    EventDraft draft;
    draft.kind = kind;
    draft.subject = d.incident;
    draft.actor = m_actor.id;
    draft.role = m_actor.role;
    draft.payload.insert(QStringLiteral("agency"), d.agency);
    draft.payload.insert(QStringLiteral("send"), d.sendId);
    draft.payload.insert(QStringLiteral("attempts"), d.attempts);
    draft.payload.insert(QStringLiteral("http_status"), httpStatus);
    if (!reason.isEmpty())
        draft.payload.insert(QStringLiteral("reason"), reason.left(500));
    // Not recorded (the disk is full): after a restart the send goes again with the same key.
    if (auto r = m_sources.log.append({draft}); !r)
        qCWarning(lcHandoff).noquote() << "cannot record" << kind << "of" << d.sendId << ":" << r.error().message;
}

} // namespace Sigap
