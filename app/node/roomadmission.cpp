#include "roomadmission.h"

#include "sync/roomsecret.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Sigap {

Result<RoomAdmission::Decision> RoomAdmission::decide(const Request &r)
{
    Decision decision{r.room, r.training};
    if (r.sync) {
        // The room key names the room; a --room that says otherwise is a mistake to stop on.
        auto secret = RoomSecret::load(r.sync->roomKeyFile);
        if (!secret)
            return secret.error();
        if (!r.room.isEmpty() && r.room != secret.value().room())
            return makeError(QStringLiteral("node.room"), tr("--room %1 does not match the room key %2 (room %3)")
                                                              .arg(r.room, r.sync->roomKeyFile, secret.value().room()));
        decision.room = secret.value().room();
        if (r.training && !secret.value().training())
            return makeError(QStringLiteral("node.training_live"),
                             tr("%1 is the key of the live room %2: a training desk joins a training room only "
                                "(sigapctl room init --training)")
                                 .arg(r.sync->roomKeyFile, decision.room));
        decision.training = decision.training || secret.value().training();
        if (r.standingClock && !secret.value().training())
            return makeError(QStringLiteral("node.clock_live"),
                             tr("a standing clock (--clock-at) is for tests and training rooms, not the live room %1")
                                 .arg(decision.room));
    }
    // A training desk reaches no real agency and takes no real unit positions: its
    // agencies answer from the scenario.
    if (decision.training && r.liveFeeds)
        return makeError(QStringLiteral("node.training_feeds"),
                         tr("a training desk takes no live feeds (--eido-listen, --avl-listen, --traccar-url)"));
    return decision;
}

Result<void> RoomAdmission::checkMarker(const QString &dataDir, bool training, bool newStore)
{
    const QString marker = QDir(dataDir).absoluteFilePath(QStringLiteral("training-room"));
    const bool marked = QFileInfo::exists(marker);
    if (training && !newStore && !marked)
        return makeError(
            QStringLiteral("node.live_store"),
            tr("%1 holds a live desk's store: a training desk keeps its own (give it another --data)").arg(dataDir));
    if (!training && marked)
        return makeError(QStringLiteral("node.training_store"),
                         tr("%1 holds a training room's store: start it as a training desk (--training or a "
                            "training room key)")
                             .arg(dataDir));
    if (training && newStore) {
        QFile file(marker);
        if (!file.open(QIODevice::WriteOnly) || file.write("This folder holds a training room's store.\n") < 0)
            return makeError(QStringLiteral("node.marker"), tr("%1: cannot write the training marker").arg(marker));
    }
    return {};
}

} // namespace Sigap
