#include "scenariocallsource.h"

#include "core/clock.h"
#include "training/scenario.h"

#include <QFile>
#include <QTimer>

#include <algorithm>

namespace Sigap {

Result<QList<ScenarioCall>> ScenarioCallSource::parse(const QByteArray &json, const QString &sourceName)
{
    auto scenario = Scenario::parse(json, sourceName);
    if (!scenario)
        return scenario.error();
    return scenario.value().scenarioCalls();
}

Result<QList<ScenarioCall>> ScenarioCallSource::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("scenario.open"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

ScenarioCallSource::ScenarioCallSource(QList<ScenarioCall> calls, const Clock &clock, QObject *parent)
    : CallSource(parent)
    , m_calls(std::move(calls))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, [this] { advanceTo(m_clock.nowMs()); });
}

QString ScenarioCallSource::callIdAt(qint64 startMs, int index)
{
    return QStringLiteral("scn-%1-%2").arg(startMs).arg(index + 1);
}

void ScenarioCallSource::begin(qint64 startMs)
{
    m_startMs = startMs;
    m_next = 0;
    m_ringing.clear();
}

void ScenarioCallSource::play(qint64 startMs)
{
    begin(startMs);
    m_timer->start();
    advanceTo(m_clock.nowMs());
}

void ScenarioCallSource::advanceTo(qint64 nowMs)
{
    // Callers who waited too long give up first, then new calls ring, all in time order.
    QList<int> ringing = m_ringing.values();
    std::sort(ringing.begin(), ringing.end());
    for (int index : std::as_const(ringing)) {
        const ScenarioCall &call = m_calls.at(index);
        if (call.abandonAfterMs > 0 && nowMs >= m_startMs + call.atMs + call.abandonAfterMs) {
            m_ringing.remove(index);
            Q_EMIT abandoned(callId(index));
        }
    }
    while (m_next < m_calls.size() && m_startMs + m_calls.at(m_next).atMs <= nowMs) {
        const ScenarioCall &call = m_calls.at(m_next);
        m_ringing.insert(m_next);
        Q_EMIT offered(IncomingCall{callId(m_next), call.number, call.trunk, call.position, call.radiusM});
        ++m_next;
    }
}

qint64 ScenarioCallSource::nextDueMs() const
{
    qint64 next = m_next < m_calls.size() ? m_startMs + m_calls.at(m_next).atMs : -1;
    for (int index : m_ringing) {
        const ScenarioCall &call = m_calls.at(index);
        if (call.abandonAfterMs > 0) {
            const qint64 gives = m_startMs + call.atMs + call.abandonAfterMs;
            next = next < 0 ? gives : std::min(next, gives);
        }
    }
    return next;
}

void ScenarioCallSource::answer(const QString &id)
{
    for (int index : m_ringing.values()) {
        if (callId(index) == id) {
            m_ringing.remove(index);
            m_inConversation.insert(id, false);
            if (!m_calls.at(index).says.isEmpty())
                Q_EMIT callerSaid(id, m_calls.at(index).says);
            return;
        }
    }
}

void ScenarioCallSource::hangUp(const QString &id)
{
    m_inConversation.remove(id);
    for (int index : m_ringing.values()) {
        if (callId(index) == id)
            m_ringing.remove(index);
    }
}

Result<void> ScenarioCallSource::hold(const QString &id)
{
    auto it = m_inConversation.find(id);
    if (it == m_inConversation.end() || *it)
        return makeError(QStringLiteral("scenario.hold"), tr("call %1 is not in conversation").arg(id));
    *it = true;
    Q_EMIT holdChanged(id, true);
    return {};
}

Result<void> ScenarioCallSource::resume(const QString &id)
{
    auto it = m_inConversation.find(id);
    if (it == m_inConversation.end() || !*it)
        return makeError(QStringLiteral("scenario.resume"), tr("call %1 is not on hold").arg(id));
    *it = false;
    Q_EMIT holdChanged(id, false);
    return {};
}

Result<void> ScenarioCallSource::transfer(const QString &id, const QString &target)
{
    if (!m_inConversation.contains(id) || target.isEmpty())
        return makeError(QStringLiteral("scenario.transfer"), tr("call %1 is not in conversation").arg(id));
    m_inConversation.remove(id);
    // After the desk recorded the transfer, as a real exchange reports it a moment later.
    QMetaObject::invokeMethod(
        this, [this, id] { Q_EMIT ended(id); }, Qt::QueuedConnection);
    return {};
}

Result<QString> ScenarioCallSource::callBack(const QString &number)
{
    const QString id = QStringLiteral("scn-%1-cb%2").arg(m_startMs).arg(++m_callBacks);
    QString says;
    for (const ScenarioCall &call : std::as_const(m_calls)) {
        if (call.number == number && !call.says.isEmpty())
            says = call.says;
    }
    m_inConversation.insert(id, false);
    QMetaObject::invokeMethod(
        this,
        [this, id, says] {
            if (!m_inConversation.contains(id))
                return; // hung up before the caller answered
            Q_EMIT connected(id);
            if (!says.isEmpty())
                Q_EMIT callerSaid(id, says);
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace Sigap
