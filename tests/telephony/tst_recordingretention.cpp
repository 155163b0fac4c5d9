// The room's retention of call recordings: the setting (newest by stamp, refused outside its
// range), the sweep at the desk that made the recordings (only its own, only files in its
// data folder, only those past the retention), a real node that sweeps and records each
// removal, and `sigapctl retention` against a running node.
#include "core/clock.h"
#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "eventhistory.h"
#include "node/node.h"
#include "telephony/recordingretention.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;
using namespace SigapTest;

namespace {
constexpr qint64 T0 = 1'796'111'100'000; // 2026-12-01 07:45:00 UTC
constexpr qint64 Day = 24LL * 3600 * 1000;

QString writeFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("RIFF....WAVE") != 12)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QCborMap recorded(const QString &path)
{
    return QCborMap{{QStringLiteral("path"), path},
                    {QStringLiteral("sha256"), QStringLiteral("00")},
                    {QStringLiteral("duration_ms"), 1000}};
}
} // namespace

class tst_RecordingRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestSettingHoldsAndBadOnesAreRefused()
    {
        EventHistory log;
        log.add(QStringLiteral("deskB"), T0 + 2000, EventKind::RoomRetentionSet, RecordingRetention::Subject,
                QCborMap{{QStringLiteral("recordings_days"), 90}});
        log.add(QStringLiteral("deskA"), T0 + 1000, EventKind::RoomRetentionSet, RecordingRetention::Subject,
                QCborMap{{QStringLiteral("recordings_days"), 30}});
        QCOMPARE(RecordingRetention::recordingsDays(log.events), 90);
        std::reverse(log.events.begin(), log.events.end());
        QCOMPARE(RecordingRetention::recordingsDays(log.events), 90);
        QCOMPARE(RecordingRetention::recordingsDays({}), 0); // never set: kept for ever

        const Actor admin{QStringLiteral("desk-a"), QStringLiteral("operator")};
        QVERIFY(RecordingRetention::setting(0, admin).ok());
        QVERIFY(RecordingRetention::setting(RecordingRetention::MaxDays, admin).ok());
        for (int bad : {-1, RecordingRetention::MaxDays + 1}) {
            auto refused = RecordingRetention::setting(bad, admin);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("recordings_days")),
                     qPrintable(refused.error().message));
        }
    }

    void sweepDeletesOnlyThisDesksExpiredRecordingsInItsDataFolder()
    {
        QTemporaryDir data;
        QTemporaryDir elsewhere;
        const Actor desk{QStringLiteral("op-deskA"), QStringLiteral("operator")};
        EventHistory log;
        const QString old = writeFile(data.filePath(QStringLiteral("recordings/old.wav")));
        const QString recent = writeFile(data.filePath(QStringLiteral("recordings/recent.wav")));
        const QString otherDesks = writeFile(data.filePath(QStringLiteral("recordings/other.wav")));
        const QString outside = writeFile(elsewhere.filePath(QStringLiteral("outside.wav")));
        const QString notAudio = writeFile(data.filePath(QStringLiteral("events.sqlite.bak")));
        const QString gone = data.filePath(QStringLiteral("recordings/gone.wav"));
        log.add(QStringLiteral("deskA"), T0 - 40 * Day, EventKind::CallRecorded, QStringLiteral("c1"), recorded(old));
        log.add(QStringLiteral("deskA"), T0 - 10 * Day, EventKind::CallRecorded, QStringLiteral("c2"),
                recorded(recent));
        log.add(QStringLiteral("deskB"), T0 - 40 * Day, EventKind::CallRecorded, QStringLiteral("c3"),
                recorded(otherDesks));
        log.add(QStringLiteral("deskA"), T0 - 40 * Day, EventKind::CallRecorded, QStringLiteral("c4"),
                recorded(outside));
        log.add(QStringLiteral("deskA"), T0 - 40 * Day, EventKind::CallRecorded, QStringLiteral("c5"),
                recorded(notAudio));
        log.add(QStringLiteral("deskA"), T0 - 40 * Day, EventKind::CallRecorded, QStringLiteral("c6"), recorded(gone));
        CallProjection calls;
        calls.apply(log.events);

        QVERIFY(RecordingRetention::sweep(calls, desk, data.path(), 0, T0).removals.isEmpty()); // for ever

        const RecordingRetention::Sweep sweep = RecordingRetention::sweep(calls, desk, data.path(), 30, T0);
        QStringList removed;
        for (const EventDraft &d : sweep.removals) {
            QCOMPARE(d.kind, EventKind::CallRecordingRemoved);
            QCOMPARE(d.payload.value(QStringLiteral("reason")).toString(), QStringLiteral("retention"));
            removed << d.subject;
        }
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("c1"), QStringLiteral("c6")}));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        QVERIFY2(QFile::exists(otherDesks), "another desk's recording is that desk's to delete");
        QVERIFY2(QFile::exists(outside), "nothing outside the data folder is deleted");
        QVERIFY2(QFile::exists(notAudio), "nothing but a WAV file is deleted");
        QCOMPARE(sweep.problems.size(), 2);
        QVERIFY(sweep.problems.join(QLatin1Char('\n')).contains(outside));
    }

    // A real node: the setting is an event, the sweep deletes and records, and runs once.
    void nodeSweepsItsOwnRecordingsAndRecordsEachRemoval()
    {
        QTemporaryDir tmp;
        ManualClock clock(T0);
        Node::Options options;
        options.dataDir = tmp.path();
        options.control = false;
        auto started = Node::start(options, clock);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        Node &node = *started.value();
        const QString file = writeFile(tmp.filePath(QStringLiteral("recordings/c1.wav")));
        const Actor desk = node.actor();
        QVERIFY(node.log()
                    .append({EventDraft{EventKind::CallRecorded, 1, QStringLiteral("c1"), recorded(file), desk.id,
                                        desk.role, 0}})
                    .ok());
        clock.advanceMs(31 * Day);
        QCOMPARE(node.sweepRecordings().value(), 0); // no retention set: kept
        QVERIFY(QFile::exists(file));
        QVERIFY(node.log().append({RecordingRetention::setting(30, desk).value()}).ok());
        QCOMPARE(node.recordingsRetentionDays(), 30);
        QCOMPARE(node.sweepRecordings().value(), 1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(node.calls().call(QStringLiteral("c1"))->recordings.front().removedStamp.has_value());
        QCOMPARE(node.sweepRecordings().value(), 0); // recorded as removed: not again
    }

    void sigapctlSetsAndShowsTheRoomsRetention()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("node"));
        NodeProcess node(data, {QStringLiteral("--room"), QStringLiteral("bjm-test")});
        QVERIFY2(node.start(), qPrintable(node.errorOutput()));
        auto days = [&] {
            const Run r = ctl(data, {QStringLiteral("retention"), QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("recordings_days")).toInt(-1);
        };
        QCOMPARE(days(), 0);
        const Run set = ctl(data, {QStringLiteral("retention"), QStringLiteral("--recordings-days"),
                                   QStringLiteral("90"), QStringLiteral("--sweep")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QLatin1String("90")), qPrintable(set.out));
        QCOMPARE(days(), 90);
        const Run refused
            = ctl(data, {QStringLiteral("retention"), QStringLiteral("--recordings-days"), QStringLiteral("-5")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("recordings_days")), qPrintable(refused.err));
        QCOMPARE(days(), 90);
        const Run notANumber
            = ctl(data, {QStringLiteral("retention"), QStringLiteral("--recordings-days"), QStringLiteral("lama")});
        QCOMPARE(notANumber.exitCode, 2);
        QCOMPARE(node.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_RecordingRetention)
#include "tst_recordingretention.moc"
