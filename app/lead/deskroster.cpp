#include "deskroster.h"

#include "auth/operatordirectory.h"
#include "sync/roomsync.h"

#include <QHash>

#include <algorithm>

namespace Sigap {

namespace {

const QString SignedOut = QStringLiteral("signed_out");
const QString Available = QStringLiteral("available");
const QString Disconnected = QStringLiteral("disconnected");

} // namespace

QList<DeskRow> DeskRoster::rows(const Self &self, const RoomSync *sync, const OperatorDirectory &operators)
{
    QHash<QString, QString> signedInAt; // desk -> operator id, from the log
    for (const OperatorAccount *account : operators.all())
        for (const QString &desk : account->signedInAt())
            signedInAt.insert(desk, account->id);

    QList<DeskRow> rows;
    auto withOperator = [&](DeskRow row) {
        row.operatorId = signedInAt.value(row.desk);
        if (const OperatorAccount *account = operators.account(row.operatorId))
            row.operatorName = account->name;
        if (row.state.isEmpty() || (row.operatorId.isEmpty() && row.state != Disconnected))
            row.state = row.operatorId.isEmpty() ? SignedOut : Available;
        rows.append(row);
    };

    withOperator(DeskRow{self.desk, {}, {}, self.state, self.sinceMs, true, self.config});
    if (sync) {
        for (const RoomSync::PeerRow &peer : sync->peers()) {
            if (peer.desk.isEmpty() || peer.desk == self.desk)
                continue;
            const bool connected = peer.state == RoomSync::PeerState::Connected;
            DeskRow row{peer.desk,
                        {},
                        {},
                        connected ? peer.presence.state : Disconnected,
                        connected ? peer.presence.sinceMs : peer.lastContactMs,
                        false,
                        peer.presence.config};
            withOperator(row);
        }
    }
    for (auto it = signedInAt.cbegin(); it != signedInAt.cend(); ++it) {
        const bool listed
            = std::any_of(rows.cbegin(), rows.cend(), [&](const DeskRow &r) { return r.desk == it.key(); });
        if (!listed) // signed in by the log, at a desk this one has never been connected to
            withOperator(DeskRow{it.key(), {}, {}, Disconnected, 0, false, {}});
    }
    std::sort(rows.begin() + 1, rows.end(), [](const DeskRow &a, const DeskRow &b) { return a.desk < b.desk; });
    return rows;
}

QString DeskRoster::stateLabel(const QString &state)
{
    if (state == Available)
        return tr("idle");
    if (state == QLatin1String("on_call"))
        return tr("on a call");
    if (state == QLatin1String("wrap_up"))
        return tr("wrap-up");
    if (state == QLatin1String("break"))
        return tr("on break");
    if (state == Disconnected)
        return tr("disconnected");
    if (state == SignedOut)
        return tr("no one signed in");
    return state;
}

} // namespace Sigap
