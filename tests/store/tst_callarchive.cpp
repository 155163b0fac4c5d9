// Years of calls: ended and abandoned calls leave memory for the store's archive at a
// snapshot, filed under their number, and nothing a person or a report sees changes because
// of it: a caller's history, the queue's counts of earlier pranks, answer times, reports, the
// training hash and the recordings' retention. The reference is a plain fold of the same log
// with nothing archived.
#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "node/node.h"
#include "reports/answertimes.h"
#include "telephony/callrecording.h"
#include "telephony/recordingretention.h"
#include "telephony/recordingsweeper.h"
#include "training/trainingstatehash.h"

#include "archiveroom.h"
#include "wavfile.h"

#include <QFile>
#include <QTest>

using namespace Sigap;

class tst_CallArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settledCallsLeaveMemoryAndStayReadable();
    void anEventAboutAnArchivedCallBringsItBack();
    void figuresOfThePastAreUnchanged();
    void aRestartKeepsTheArchiveAndAWholeFoldRebuildsIt();
    void retentionReachesArchivedRecordings();
};

namespace {

using SigapTest::ArchiveRoom;
constexpr qint64 Now = ArchiveRoom::Now;
constexpr qint64 HourMs = ArchiveRoom::HourMs;
constexpr qint64 DayMs = ArchiveRoom::DayMs;
const QString Prankster = QStringLiteral("081111111111");
const QString Regular = QStringLiteral("082222222222");
const QString StillTalking = QStringLiteral("083333333333");

// A store with ten days of a room's calls, all made at this desk: each day a prank from one
// number and a recorded question from another; then a prank an hour ago, a call ringing now,
// and a call answered four days ago that never ended (a line left open).
struct TenDaysOfCalls : ArchiveRoom
{
    QStringList settledIds; // ended more than two days before the newest event
    QStringList otherIds;   // recent, ringing or still in conversation
    QMap<int, QString> recordingOfDay;

    TenDaysOfCalls()
    {
        auto opened = EventStore::open(storePath(), QString(), clock);
        if (!opened)
            qFatal("cannot make the store: %s", qPrintable(opened.error().message));
        EventStore &store = *opened.value();
        int made = 0;
        auto add = [&](const QString &kind, const QString &call, qint64 at, const QCborMap &payload = {}) {
            const auto appended = store.append(
                {EventDraft{kind, 1, call, payload, QStringLiteral("op-rina"), QStringLiteral("operator"), at}});
            if (!appended)
                qFatal("append: %s", qPrintable(appended.error().message));
        };
        auto call = [&](const QString &number, qint64 at, const QString &outcome, const QString &recording) {
            const QString id = QStringLiteral("call-%1").arg(++made, 3, 10, QLatin1Char('0'));
            add(EventKind::CallOffered, id, at, QCborMap{{QStringLiteral("number"), number}});
            add(EventKind::CallAnswered, id, at + 4000);
            if (!recording.isEmpty()) {
                SigapTest::writeWav(recording, id.toUtf8().repeated(50));
                const auto summary = CallRecording::summarize(recording);
                if (!summary)
                    qFatal("cannot read back %s", qPrintable(recording));
                add(EventKind::CallRecorded, id, at + 60'000,
                    QCborMap{{QStringLiteral("path"), recording},
                             {QStringLiteral("sha256"), QString::fromLatin1(summary.value().sha256Hex)},
                             {QStringLiteral("duration_ms"), 56'000}});
            }
            add(EventKind::CallEnded, id, at + 60'000);
            add(EventKind::CallClassified, id, at + 90'000, QCborMap{{QStringLiteral("outcome"), outcome}});
            return id;
        };
        for (int day = 10; day >= 1; --day) {
            const qint64 morning = Now - day * DayMs;
            const QString prank = call(Prankster, morning + HourMs, QStringLiteral("iseng"), QString());
            const QString recording = recordingsDir() + QStringLiteral("/day-%1.wav").arg(day);
            const QString question = call(Regular, morning + 5 * HourMs, QStringLiteral("informasi"), recording);
            recordingOfDay.insert(day, question);
            (day >= 3 ? settledIds : otherIds) << prank << question;
        }
        otherIds << call(Prankster, Now - HourMs, QStringLiteral("iseng"), QString());
        add(EventKind::CallOffered, QStringLiteral("open-line"), Now - 4 * DayMs,
            QCborMap{{QStringLiteral("number"), StillTalking}});
        add(EventKind::CallAnswered, QStringLiteral("open-line"), Now - 4 * DayMs + 3000);
        add(EventKind::CallOffered, QStringLiteral("ringing"), Now - 10'000,
            QCborMap{{QStringLiteral("number"), Regular}});
        otherIds << QStringLiteral("open-line") << QStringLiteral("ringing");
    }

    QString recordingsDir() const { return dir.filePath(QStringLiteral("recordings")); }
};

// The same log folded into a projection that keeps every call in memory.
struct PlainFold
{
    CallProjection calls;

    explicit PlainFold(Node &node)
    {
        if (!node.log().store().forEach(0, [this](const Event &e) { calls.apply(e); }))
            qFatal("cannot fold the store");
    }
};

QStringList idsOf(const QList<const Call *> &calls)
{
    QStringList ids;
    for (const Call *call : calls)
        ids.append(call->id);
    return ids;
}

QStringList walked(const CallProjection &calls)
{
    QStringList ids;
    calls.forEachCall([&ids](const Call &call) { ids.append(call.id); });
    ids.sort();
    return ids;
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

// What a person sees of a number: the calls in order, and how many were pranks.
void compareHistories(const CallProjection &calls, const CallProjection &plain)
{
    for (const QString &number : {Prankster, Regular, StillTalking, QStringLiteral("0899")}) {
        QCOMPARE(idsOf(calls.history(number)), idsOf(plain.history(number)));
        QCOMPARE(calls.countWithOutcome(number, QStringLiteral("iseng")),
                 plain.countWithOutcome(number, QStringLiteral("iseng")));
    }
}

} // namespace

void tst_CallArchive::settledCallsLeaveMemoryAndStayReadable()
{
    TenDaysOfCalls room;
    auto node = room.start();
    const CallProjection &calls = node->calls();
    QCOMPARE(calls.inMemoryCount(), room.settledIds.size() + room.otherIds.size());

    QVERIFY(node->saveSnapshot());

    QCOMPARE(calls.inMemoryCount(), room.otherIds.size());
    QCOMPARE(node->log().store().archivedCount(QStringLiteral("calls")), qint64(room.settledIds.size()));
    const PlainFold plain(*node);
    QCOMPARE(calls.history(Prankster).size(), 11);
    QCOMPARE(calls.countWithOutcome(Prankster, QStringLiteral("iseng")), 11);
    compareHistories(calls, plain.calls);
    for (const QString &id : std::as_const(room.settledIds)) {
        const Call *archived = calls.call(id);
        QVERIFY2(archived, qPrintable(id));
        QCOMPARE(archived->id, id);
        QVERIFY(archived->settled());
        QVERIFY(!archived->outcome.isEmpty());
    }
    QCOMPARE(walked(calls), sorted(room.settledIds + room.otherIds));
    QCOMPARE(calls.ringingIds(), QStringList{QStringLiteral("ringing")});
    QVERIFY(!calls.call(QStringLiteral("no-such-call")));
}

void tst_CallArchive::anEventAboutAnArchivedCallBringsItBack()
{
    TenDaysOfCalls room;
    auto node = room.start();
    const CallProjection &calls = node->calls();
    QVERIFY(node->saveSnapshot());
    const QString old = room.recordingOfDay.value(8);
    const Call *recalled = calls.call(old); // read back, as the caller's history would
    QVERIFY(recalled);
    QCOMPARE(calls.countWithOutcome(Regular, QStringLiteral("iseng")), 0);

    // The lead reviews an old call and finds it was a prank after all.
    QVERIFY(node->log().append(
        {EventDraft{EventKind::CallClassified, 1, old, QCborMap{{QStringLiteral("outcome"), QStringLiteral("iseng")}},
                    QStringLiteral("op-lead"), QStringLiteral("lead")}}));

    QCOMPARE(calls.call(old), recalled); // the same call, brought back, not a copy
    QCOMPARE(calls.inMemoryCount(), room.otherIds.size() + 1);
    QCOMPARE(calls.countWithOutcome(Regular, QStringLiteral("iseng")), 1);
    QCOMPARE(idsOf(calls.history(Regular)).count(old), 1); // listed once, not from memory and archive
    compareHistories(calls, PlainFold(*node).calls);
    QCOMPARE(walked(calls), sorted(room.settledIds + room.otherIds));

    // Changed just now, it stays in memory at the next snapshot; the archive keeps its row.
    QVERIFY(node->saveSnapshot());
    QVERIFY(calls.call(old));
    QCOMPARE(calls.inMemoryCount(), room.otherIds.size() + 1);
    compareHistories(calls, PlainFold(*node).calls);
}

void tst_CallArchive::figuresOfThePastAreUnchanged()
{
    TenDaysOfCalls room;
    auto node = room.start();
    // A week that ended five days ago, and the whole ten days.
    const QList<std::pair<qint64, qint64>> periods{{Now - 12 * DayMs, Now - 5 * DayMs}, {Now - 11 * DayMs, Now}};
    auto figures = [&] {
        QList<QByteArray> out;
        for (const auto &[from, to] : periods) {
            const AnswerTimes answers = AnswerTimes::compute(node->calls(), from, to);
            out.append(QByteArray::number(answers.offered) + ' ' + QByteArray::number(answers.answered) + ' '
                       + QByteArray::number(answers.answerP50Ms) + ' ' + QByteArray::number(answers.answerP90Ms));
            out.append(SigapTest::reportTables(*node, from, to));
        }
        out.append(TrainingStateHash::dump(node->calls(), node->incidents(), node->handoffs()));
        return out;
    };
    const QList<QByteArray> before = figures();
    QVERIFY(before.first().startsWith("10 10 ")); // five days of two calls each, all answered
    QVERIFY(node->saveSnapshot());
    QVERIFY(node->log().store().archivedCount(QStringLiteral("calls")) > 0);
    QCOMPARE(figures(), before);
}

void tst_CallArchive::aRestartKeepsTheArchiveAndAWholeFoldRebuildsIt()
{
    TenDaysOfCalls room;
    {
        auto node = room.start();
        QVERIFY(node->saveSnapshot());
    }
    {
        auto node = room.start();
        QVERIFY(node->restoredFromRowId() > 0);
        QCOMPARE(node->calls().inMemoryCount(), room.otherIds.size());
        compareHistories(node->calls(), PlainFold(*node).calls);
        QCOMPARE(walked(node->calls()), sorted(room.settledIds + room.otherIds));
    }
    room.removeSnapshots();
    {
        auto node = room.start();
        QCOMPARE(node->restoredFromRowId(), qint64(0));
        QCOMPARE(node->log().store().archivedCount(QStringLiteral("calls")), qint64(0)); // cleared with the fold
        QCOMPARE(node->calls().inMemoryCount(), room.settledIds.size() + room.otherIds.size());
        QVERIFY(node->saveSnapshot());
        QCOMPARE(node->log().store().archivedCount(QStringLiteral("calls")), qint64(room.settledIds.size()));
        compareHistories(node->calls(), PlainFold(*node).calls);
    }
}

// The recordings of archived calls are deleted when their time comes, the first sweep
// reading the whole archive and each later one only the stretch that came due since.
void tst_CallArchive::retentionReachesArchivedRecordings()
{
    TenDaysOfCalls room;
    auto node = room.start();
    QVERIFY(node->saveSnapshot());
    const Actor desk = node->session().actor();
    QVERIFY(node->log().append({RecordingRetention::setting(5, desk).value()}));
    auto recordingLeft
        = [&](int day) { return QFile::exists(room.recordingsDir() + QStringLiteral("/day-%1.wav").arg(day)); };

    // Days 10 to 6 are past five days, all in the archive.
    QCOMPARE(node->recordings().sweep().value(), 5);
    for (int day = 10; day >= 1; --day)
        QCOMPARE(recordingLeft(day), day < 6);
    QCOMPARE(node->recordings().sweep().value(), 0); // recorded as removed: not again

    // A day later, day 5's recording came due; its call is archived too.
    room.clock.advanceMs(DayMs);
    QCOMPARE(node->recordings().sweep().value(), 1);
    QVERIFY(!recordingLeft(5));
    QVERIFY(recordingLeft(4));
    const Call *day5 = node->calls().call(room.recordingOfDay.value(5));
    QVERIFY(day5);
    QVERIFY(day5->recordings.front().removedStamp.has_value());
}

QTEST_GUILESS_MAIN(tst_CallArchive)
#include "tst_callarchive.moc"
