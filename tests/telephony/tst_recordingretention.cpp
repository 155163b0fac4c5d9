// The room's retention of call recordings: the setting (newest by stamp, refused outside its
// range), the sweep at the desk that made the recordings (only what its own store recorded,
// only unchanged WAV files in its recordings folder, only those past the retention), a real node that sweeps and
// records each removal, and `sigapctl retention` against a running node.
#include "core/clock.h"
#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "eventhistory.h"
#include "node/node.h"
#include "telephony/callrecording.h"
#include "telephony/recordingretention.h"
#include "testsupport.h"
#include "wavfile.h"

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

// A short WAV file (8 kHz, 16-bit mono), each with its own sound so their checksums differ.
QString writeFile(const QString &path)
{
    writeWav(path, QFileInfo(path).fileName().toUtf8().repeated(40));
    return path;
}

// The call.recorded payload of a file, with its true checksum (none for a missing file).
QCborMap recorded(const QString &path)
{
    auto summary = CallRecording::summarize(path);
    return QCborMap{{QStringLiteral("path"), path},
                    {QStringLiteral("sha256"), summary ? QString::fromLatin1(summary.value().sha256Hex) : QString()},
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

    // Only what this desk's own store recorded, inside its recordings folder, unchanged since,
    // and past the retention: whatever another desk's events claim.
    void sweepDeletesOnlyThisDesksOwnExpiredRecordings()
    {
        QTemporaryDir data;
        QTemporaryDir elsewhere;
        const QString recordings = data.filePath(QStringLiteral("recordings"));
        const RecordingRetention::Desk desk{QStringLiteral("deskA"),
                                            Actor{QStringLiteral("op-deskA"), QStringLiteral("operator")}, recordings};
        EventHistory log;
        const QString old = writeFile(recordings + QStringLiteral("/old.wav"));
        const QString recent = writeFile(recordings + QStringLiteral("/recent.wav"));
        const QString otherDesks = writeFile(recordings + QStringLiteral("/other.wav"));
        const QString forged = writeFile(recordings + QStringLiteral("/forged.wav"));
        const QString changed = writeFile(recordings + QStringLiteral("/changed.wav"));
        const QString outside = writeFile(elsewhere.filePath(QStringLiteral("outside.wav")));
        const QString notAudio = writeFile(data.filePath(QStringLiteral("recordings/events.sqlite")));
        const QString gone = recordings + QStringLiteral("/gone.wav");
        auto add = [&](const char *origin, qint64 ageDays, const char *call, const QString &path) {
            log.add(QLatin1String(origin), T0 - ageDays * Day, EventKind::CallRecorded, QLatin1String(call),
                    recorded(path));
        };
        add("deskA", 40, "c1", old);
        add("deskA", 10, "c2", recent);
        add("deskB", 40, "c3", otherDesks);
        // Another desk claims in this desk's name that it recorded one of this desk's files.
        log.add(QStringLiteral("deskB"), T0 - 40 * Day, EventKind::CallRecorded, QStringLiteral("c4"), recorded(forged))
            .actor
            = QStringLiteral("op-deskA");
        add("deskA", 40, "c5", changed);
        add("deskA", 40, "c6", outside);
        add("deskA", 40, "c7", notAudio);
        add("deskA", 40, "c8", gone);
        CallProjection calls;
        calls.apply(log.events);
        QFile tamper(changed);
        QVERIFY(tamper.open(QIODevice::Append) && tamper.write("x") == 1);
        tamper.close();

        QVERIFY(RecordingRetention::sweep(calls, desk, 0, T0).removals.isEmpty()); // for ever

        const RecordingRetention::Sweep sweep = RecordingRetention::sweep(calls, desk, 30, T0);
        QStringList removed;
        for (const EventDraft &d : sweep.removals) {
            QCOMPARE(d.kind, EventKind::CallRecordingRemoved);
            QCOMPARE(d.actor, QStringLiteral("op-deskA"));
            removed << d.subject + QLatin1Char(':') + d.payload.value(QStringLiteral("reason")).toString();
        }
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("c1:retention"), QStringLiteral("c8:missing")}));
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        QVERIFY2(QFile::exists(otherDesks), "another desk's recording is that desk's to delete");
        QVERIFY2(QFile::exists(forged), "an event from another store does not make this desk delete");
        QVERIFY2(QFile::exists(changed), "a file that is not the one recorded is not deleted");
        QVERIFY2(QFile::exists(outside), "nothing outside the recordings folder is deleted");
        QVERIFY2(QFile::exists(notAudio), "nothing but a WAV file is deleted");
        const QString problems = sweep.problems.join(QLatin1Char('\n'));
        QCOMPARE(sweep.problems.size(), 3);
        QVERIFY2(problems.contains(outside) && problems.contains(notAudio) && problems.contains(changed),
                 qPrintable(problems));
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
        const QString file = writeFile(tmp.filePath(QStringLiteral("recordings/c1.wav"))); // DIR/recordings
        const Actor desk = node.session().actor();
        QVERIFY(node.log()
                    .append({EventDraft{EventKind::CallRecorded, 1, QStringLiteral("c1"), recorded(file), desk.id,
                                        desk.role, 0}})
                    .ok());
        clock.advanceMs(31 * Day);
        QCOMPARE(node.recordings().sweep().value(), 0); // no retention set: kept
        QVERIFY(QFile::exists(file));
        QVERIFY(node.log().append({RecordingRetention::setting(30, desk).value()}).ok());
        QCOMPARE(node.recordings().retentionDays(), 30);
        QCOMPARE(node.recordings().sweep().value(), 1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(node.calls().call(QStringLiteral("c1"))->recordings.front().removedStamp.has_value());
        QCOMPARE(node.recordings().sweep().value(), 0); // recorded as removed: not again
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
