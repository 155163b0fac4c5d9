// The shift and monthly reports on a real node filled with the demo shift. The expected
// figures are worked out here from the raw events of the log (call.offered/classified,
// incident.created/status_changed, handoff.*), by a fold of the test's own, never by the
// projections the reports read. The PDFs are turned into PNG pages with pdftoppm and kept
// as test artifacts under test-artifacts/reports/ in the build's tests folder.
#include "core/clock.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "node/node.h"
#include "reports/reportcsv.h"
#include "reports/reportdocument.h"
#include "reports/reportfigures.h"
#include "reports/shifts.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

using namespace Sigap;

namespace {

qint64 wall(const Event &e)
{
    return Hlc::wallMs(e.hlc);
}

qint64 nearestRank(QList<qint64> v, int percent)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int rank = int(std::ceil(percent / 100.0 * double(v.size())));
    return v.at(std::max(rank, 1) - 1);
}

// The log as the test folds it, one plain record per call, incident and handoff.
struct RawCall
{
    qint64 offeredMs = -1;
    std::optional<qint64> answeredMs; // the earliest answer
    bool abandoned = false;
    QString outcome;
    Stamp outcomeStamp;
};

struct RawIncident
{
    QString id;
    qint64 createdMs = 0;
    QString category;
    Stamp categoryStamp;
    int priority = 0;
    QString kelurahan;
    std::map<Stamp, QString> statuses; // wire names, by stamp
    std::map<QString, std::pair<Stamp, bool>> callLinks;

    QString statusAt(qint64 atMs) const
    {
        IncidentStatus status = IncidentStatus::New;
        for (const auto &[stamp, name] : statuses) {
            const auto to = IncidentStatuses::fromName(name);
            if (Hlc::wallMs(stamp.hlc) < atMs && to && IncidentStatuses::isLegal(status, *to))
                status = *to;
        }
        return IncidentStatuses::name(status);
    }
    bool openAt(qint64 atMs) const
    {
        const QString s = statusAt(atMs);
        return s != QLatin1String("closed") && s != QLatin1String("cancelled");
    }
};

struct RawHandoff
{
    QString incident;
    QString agency;
    std::map<Stamp, QString> steps; // "sent" or the status it moved to
    // The times of the current round: a new send starts a new one.
    std::map<QString, qint64> roundTimes() const
    {
        std::map<QString, qint64> times;
        for (const auto &[stamp, to] : steps) {
            if (to == QLatin1String("sent"))
                times.clear();
            times[to] = Hlc::wallMs(stamp.hlc);
        }
        return times;
    }
    std::optional<qint64> firstSentMs() const
    {
        for (const auto &[stamp, to] : steps)
            if (to == QLatin1String("sent"))
                return Hlc::wallMs(stamp.hlc);
        return std::nullopt;
    }
};

struct RawLog
{
    std::map<QString, RawCall> calls;
    std::map<QString, RawIncident> incidents;
    std::map<std::pair<QString, QString>, RawHandoff> handoffs;

    void add(const Event &e)
    {
        const Stamp stamp = stampOf(e);
        const QCborMap &p = e.payload;
        auto text = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
        if (e.kind == EventKind::CallOffered) {
            calls[e.subject].offeredMs = wall(e);
        } else if (e.kind == EventKind::CallAnswered) {
            auto &c = calls[e.subject];
            c.answeredMs = c.answeredMs ? std::min(*c.answeredMs, wall(e)) : wall(e);
        } else if (e.kind == EventKind::CallAbandoned) {
            calls[e.subject].abandoned = true;
        } else if (e.kind == EventKind::CallClassified) {
            auto &c = calls[e.subject];
            if (c.outcomeStamp < stamp) {
                c.outcome = text("outcome");
                c.outcomeStamp = stamp;
            }
        } else if (e.kind == EventKind::IncidentCreated) {
            RawIncident &i = incidents[e.id()];
            i.id = e.id();
            i.createdMs = wall(e);
            if (i.categoryStamp < stamp) {
                i.category = text("category");
                i.categoryStamp = stamp;
            }
            i.priority = int(p.value(QLatin1String("priority")).toInteger());
            i.kelurahan = text("kelurahan");
            if (!text("call").isEmpty())
                i.callLinks[text("call")] = {stamp, true};
        } else if (e.kind == EventKind::IncidentUpdated && p.contains(QLatin1String("category"))) {
            RawIncident &i = incidents[e.subject];
            if (i.categoryStamp < stamp) {
                i.category = text("category");
                i.categoryStamp = stamp;
            }
        } else if (e.kind == EventKind::IncidentStatusChanged) {
            incidents[e.subject].statuses[stamp] = text("to");
        } else if (e.kind == EventKind::IncidentCallLinked || e.kind == EventKind::IncidentCallUnlinked) {
            auto &link = incidents[e.subject].callLinks[text("call")];
            if (link.first < stamp)
                link = {stamp, e.kind == EventKind::IncidentCallLinked};
        } else if (e.kind == EventKind::HandoffSent || e.kind == EventKind::HandoffStatusChanged) {
            RawHandoff &h = handoffs[{e.subject, text("agency")}];
            h.incident = e.subject;
            h.agency = text("agency");
            h.steps[stamp] = e.kind == EventKind::HandoffSent ? QStringLiteral("sent") : text("to");
        }
    }

    // When the room answered the incident: its linked calls' earliest answer, else its creation.
    qint64 answeredAt(const RawIncident &i) const
    {
        std::optional<qint64> earliest;
        for (const auto &[callId, link] : i.callLinks) {
            const auto c = calls.find(callId);
            if (link.second && c != calls.end() && c->second.answeredMs)
                earliest = earliest ? std::min(*earliest, *c->second.answeredMs) : *c->second.answeredMs;
        }
        return earliest.value_or(i.createdMs);
    }
};

struct ExpectedAgency
{
    int handoffs = 0;
    QList<qint64> answeredToOnScene;
    QList<qint64> sentToAck;
    int withinTarget = 0;
};

// A tiny RFC 4180 reader: quoted fields with doubled quotes and line breaks inside, CRLF rows.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// Rows as maps from the header's column names.
QList<QHash<QString, QString>> records(const QByteArray &bytes)
{
    const QList<QStringList> rows = parseCsv(bytes);
    QList<QHash<QString, QString>> out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> rec;
        for (qsizetype c = 0; c < rows.first().size(); ++c)
            rec.insert(rows.first().at(c), rows.at(r).value(c));
        out << rec;
    }
    return out;
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callsByOutcomeMatchTheLog_data();
    void callsByOutcomeMatchTheLog();
    void incidentsByCategoryAndStatusMatchTheLog_data();
    void incidentsByCategoryAndStatusMatchTheLog();
    void openIncidentsAreThoseOpenAtThePeriodsEnd();
    void answerTimesMatchTheLog();
    void responseTimesPerAgencyMatchTheLog();
    void callsPerDayCoverTheMonth();
    void monthIsTheCalendarMonthInRoomTime();
    void csvFieldsAreQuotedPerRfc4180();
    void csvParsesBackToTheFigures();
    void pdfsRenderToReadablePages_data();
    void pdfsRenderToReadablePages();
    void idsCopyOutOfThePdfAsTyped();
    void writingIntoAMissingFolderIsAnError();

private:
    std::pair<qint64, qint64> period(const QByteArray &name) const { return name == "shift" ? m_shift : m_month; }
    QString artifactsDir() const;

    QTemporaryDir m_tmp;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Node> m_node;
    RawLog m_raw;
    std::pair<qint64, qint64> m_shift; // the night shift that just ended
    std::pair<qint64, qint64> m_month;
    QString m_reclassified; // a prank of the shift the morning turned into an information call
};

QString tst_Reports::artifactsDir() const
{
    const QString dir = QDir::current().absoluteFilePath(QStringLiteral("test-artifacts/reports"));
    QDir().mkpath(dir);
    return dir;
}

void tst_Reports::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const QTimeZone wita("Asia/Makassar");
    QVERIFY(wita.isValid());
    // 07:30 on the 3rd of March: the demo shift ran from 23:30 on the 2nd, across midnight,
    // and the night shift 23:00-07:00 ended half an hour ago (its last half hour is not in it).
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 3), QTime(7, 30), wita).toMSecsSinceEpoch());
    Node::Options options;
    options.dataDir = m_tmp.filePath(QStringLiteral("desk"));
    options.demo = true;
    options.control = false;
    auto node = Node::start(options, *m_clock);
    QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().message));
    m_node = std::move(node).value();
    QCOMPARE(m_node->timeZone().id(), QByteArray("Asia/Makassar"));
    m_shift = Shifts().containing(Shifts().containing(m_clock->nowMs(), wita).first - 1, wita);
    m_month = Shifts::month(m_clock->nowMs(), wita);

    // What the demo lacks: a caller who hung up while it rang, a prank of the night that
    // turned out to be an information request, and an incident that came without a call.
    // They are written now (after the shift), so they count in the month, and the
    // reclassification also changes the shift's figures.
    m_clock->advanceMs(60000);
    const Actor op{QStringLiteral("op-test"), QStringLiteral("operator")};
    QList<EventDraft> drafts;
    drafts << EventDraft{EventKind::CallOffered,
                         1,
                         QStringLiteral("late-call"),
                         QCborMap{{QStringLiteral("number"), QStringLiteral("08115550000")}},
                         QStringLiteral("system"),
                         QStringLiteral("system"),
                         0};
    QVERIFY(m_node->log().append(drafts));
    m_clock->advanceMs(25000);
    QVERIFY(m_node->log().append(
        {EventDraft{EventKind::CallAbandoned, 1, QStringLiteral("late-call"), {}, op.id, op.role, 0}}));
    m_node->calls().forEachCall([this](const Call &call) {
        if (m_reclassified.isEmpty() && call.outcome == ReportFigures::PrankOutcome && call.offeredMs() >= m_shift.first
            && call.offeredMs() < m_shift.second)
            m_reclassified = call.id;
    });
    QVERIFY(!m_reclassified.isEmpty());
    QVERIFY(m_node->log().append(
        {EventDraft{EventKind::CallClassified, 1, m_reclassified,
                    QCborMap{{QStringLiteral("outcome"), QStringLiteral("informasi")}}, op.id, op.role, 0}}));
    NewIncident tree;
    tree.category = QStringLiteral("pohon_tumbang");
    tree.kelurahan = m_node->gazetteer().villages().first().kode;
    tree.caller = QStringLiteral("081234567890"); // the lurah, on his own phone, not through 112
    auto created = m_node->commands().create(tree, op);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(m_node->log().append({created.value()}));

    auto read = m_node->log().store().forEach(0, [this](const Event &e) { m_raw.add(e); });
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QVERIFY2(m_raw.calls.size() > 300, "the demo shift has some 420 calls");
}

void tst_Reports::callsByOutcomeMatchTheLog_data()
{
    QTest::addColumn<QByteArray>("period");
    QTest::newRow("shift") << QByteArray("shift");
    QTest::newRow("month") << QByteArray("month");
}

void tst_Reports::callsByOutcomeMatchTheLog()
{
    QFETCH(QByteArray, period);
    const auto [from, to] = this->period(period);
    QMap<QString, int> expected;
    int offered = 0;
    for (const auto &[id, c] : m_raw.calls) {
        if (c.offeredMs >= from && c.offeredMs < to) {
            ++offered;
            ++expected[c.outcome];
        }
    }
    const ReportFigures f = ReportFigures::compute(m_node->reportSources(), from, to);
    QCOMPARE(f.callsOffered, offered);
    QVERIFY2(expected.value(QStringLiteral("iseng")) > 10, "the demo night has its pranks");
    QCOMPARE(f.prankCalls, expected.value(QStringLiteral("iseng")));
    QCOMPARE(f.ghostCalls, expected.value(QStringLiteral("kosong")));
    QCOMPARE(f.prankShare(), double(expected.value(QStringLiteral("iseng"))) / offered);
    QCOMPARE(f.ghostShare(), double(expected.value(QStringLiteral("kosong"))) / offered);
    int sum = 0;
    for (const ReportFigures::OutcomeCount &o : f.outcomes) {
        QVERIFY2(o.count == expected.value(o.outcome),
                 qPrintable(QStringLiteral("outcome '%1': %2 in the report, %3 in the log")
                                .arg(o.outcome)
                                .arg(o.count)
                                .arg(expected.value(o.outcome))));
        QCOMPARE(o.share, double(o.count) / offered);
        sum += o.count;
    }
    QCOMPARE(sum, offered);
    QCOMPARE(f.outcomes.last().outcome, QString()); // the unclassified last
    // The late abandoned call is the month's only unclassified one, the night has none.
    QCOMPARE(f.countOf(QString()), period == "month" ? 1 : 0);
    QCOMPARE(m_node->calls().call(m_reclassified)->outcome, QStringLiteral("informasi"));
}

void tst_Reports::incidentsByCategoryAndStatusMatchTheLog_data()
{
    callsByOutcomeMatchTheLog_data();
}

void tst_Reports::incidentsByCategoryAndStatusMatchTheLog()
{
    QFETCH(QByteArray, period);
    const auto [from, to] = this->period(period);
    QMap<QString, int> byCategory;
    QMap<std::pair<QString, QString>, int> byCategoryAndStatus;
    int created = 0;
    for (const auto &[id, i] : m_raw.incidents) {
        if (i.createdMs < from || i.createdMs >= to)
            continue;
        ++created;
        ++byCategory[i.category];
        ++byCategoryAndStatus[{i.category, i.statusAt(to)}];
    }
    const ReportFigures f = ReportFigures::compute(m_node->reportSources(), from, to);
    QVERIFY(created > 100);
    QCOMPARE(f.incidentsCreated, created);
    QCOMPARE(f.categories.size(), byCategory.size());
    for (const ReportFigures::CategoryCount &c : f.categories) {
        QCOMPARE(c.count, byCategory.value(c.category));
        for (IncidentStatus s : {IncidentStatus::New, IncidentStatus::InProgress, IncidentStatus::HandedOff,
                                 IncidentStatus::Closed, IncidentStatus::Cancelled})
            QVERIFY2(c.atStatus(s) == byCategoryAndStatus.value({c.category, IncidentStatuses::name(s)}),
                     qPrintable(QStringLiteral("%1 / %2: %3 in the report, %4 in the log")
                                    .arg(c.category, IncidentStatuses::name(s))
                                    .arg(c.atStatus(s))
                                    .arg(byCategoryAndStatus.value({c.category, IncidentStatuses::name(s)}))));
    }
}

void tst_Reports::openIncidentsAreThoseOpenAtThePeriodsEnd()
{
    const auto [from, to] = m_shift;
    std::set<QString> expected;
    int createdInShift = 0, closedSinceEnd = 0;
    for (const auto &[id, i] : m_raw.incidents) {
        if (i.createdMs < to && i.openAt(to)) {
            expected.insert(id);
            createdInShift += i.createdMs >= from ? 1 : 0;
            closedSinceEnd += i.openAt(m_clock->nowMs() + 1) ? 0 : 1;
        }
    }
    const ReportFigures f = ReportFigures::compute(m_node->reportSources(), from, to);
    std::set<QString> actual;
    for (const ReportFigures::OpenIncident &o : f.openAtEnd) {
        actual.insert(o.id);
        const RawIncident &raw = m_raw.incidents.at(o.id);
        QCOMPARE(o.category, raw.category);
        QCOMPARE(o.priority, raw.priority);
        QCOMPARE(o.kelurahan, raw.kelurahan);
        QVERIFY2(!o.kelurahanName.isEmpty(), qPrintable(o.kelurahan));
        QCOMPARE(o.ageMs, to - raw.createdMs);
        QCOMPARE(IncidentStatuses::name(o.status), raw.statusAt(to));
        for (const ReportFigures::OpenHandoff &h : o.handoffs) {
            // The handoff's state at the end: its last step before it.
            QString last;
            for (const auto &[stamp, step] : m_raw.handoffs.at({o.id, h.agency}).steps)
                if (Hlc::wallMs(stamp.hlc) < to)
                    last = step;
            QCOMPARE(HandoffStates::name(h.state), last);
        }
    }
    QVERIFY(expected.size() > 5);
    QVERIFY(actual == expected);
    QCOMPARE(f.openAtEndCreatedInPeriod, createdInShift);
    // Incidents closed in the half hour after the shift still count as open at its end: the
    // report replays the log to 07:00 instead of reading the state of now.
    QVERIFY2(closedSinceEnd > 0, "the demo closes some incidents after 07:00");
    QVERIFY(std::is_sorted(f.openAtEnd.begin(), f.openAtEnd.end(),
                           [](const auto &a, const auto &b) { return a.createdMs < b.createdMs; }));
}

void tst_Reports::answerTimesMatchTheLog()
{
    const auto [from, to] = m_month;
    int offered = 0, answered = 0, abandoned = 0, within = 0;
    QList<qint64> waits;
    for (const auto &[id, c] : m_raw.calls) {
        if (c.offeredMs < from || c.offeredMs >= to)
            continue;
        ++offered;
        if (c.answeredMs) {
            ++answered;
            waits << *c.answeredMs - c.offeredMs;
            within += *c.answeredMs - c.offeredMs <= 15000 ? 1 : 0;
        } else if (c.abandoned) {
            ++abandoned;
        }
    }
    const AnswerTimes a = ReportFigures::compute(m_node->reportSources(), from, to).answers;
    QCOMPARE(a.offered, offered);
    QCOMPARE(a.answered, answered);
    QCOMPARE(a.abandoned, 1);
    QCOMPARE(a.abandoned, abandoned);
    QCOMPARE(a.answeredWithinTarget, within);
    QCOMPARE(a.answerP50Ms, nearestRank(waits, 50));
    QCOMPARE(a.answerP90Ms, nearestRank(waits, 90));
}

void tst_Reports::responseTimesPerAgencyMatchTheLog()
{
    const auto [from, to] = m_shift;
    std::map<QString, ExpectedAgency> expected;
    std::map<std::pair<QString, QString>, int> perCategory;
    for (const auto &[key, h] : m_raw.handoffs) {
        const auto times = h.roundTimes();
        const qint64 sent = times.at(QStringLiteral("sent"));
        if (sent < from || sent >= to)
            continue;
        const RawIncident &incident = m_raw.incidents.at(h.incident);
        ExpectedAgency &e = expected[h.agency];
        ++e.handoffs;
        ++perCategory[{h.agency, incident.category}];
        const qint64 answered = m_raw.answeredAt(incident);
        if (times.count(QStringLiteral("acknowledged")))
            e.sentToAck << times.at(QStringLiteral("acknowledged")) - sent;
        if (times.count(QStringLiteral("on_scene"))) {
            const qint64 span = times.at(QStringLiteral("on_scene")) - answered;
            e.answeredToOnScene << span;
            const int target = m_node->agencies().byId(h.agency)->targetMinFor(incident.category);
            e.withinTarget += span <= target * 60000 ? 1 : 0;
        }
    }
    const ReportFigures f = ReportFigures::compute(m_node->reportSources(), from, to);
    QVERIFY(expected.size() >= 3);
    QCOMPARE(f.perAgency.size(), qsizetype(expected.size()));
    for (const ResponseKpi &k : f.perAgency) {
        QVERIFY2(expected.count(k.agency), qPrintable(k.agency));
        const ExpectedAgency &e = expected.at(k.agency);
        QCOMPARE(k.category, QString());
        QCOMPARE(k.handoffs, e.handoffs);
        QCOMPARE(k.answeredToOnScene.count, int(e.answeredToOnScene.size()));
        QCOMPARE(k.answeredToOnScene.p50Ms, nearestRank(e.answeredToOnScene, 50));
        QCOMPARE(k.answeredToOnScene.p90Ms, nearestRank(e.answeredToOnScene, 90));
        QCOMPARE(k.sentToAcknowledged.p50Ms, nearestRank(e.sentToAck, 50));
        QCOMPARE(k.withinTarget, e.withinTarget);
    }
    QCOMPARE(f.perAgencyAndCategory.size(), qsizetype(perCategory.size()));
    for (const ResponseKpi &k : f.perAgencyAndCategory)
        QCOMPARE(k.handoffs, (perCategory[{k.agency, k.category}]));
}

void tst_Reports::callsPerDayCoverTheMonth()
{
    const auto [from, to] = m_month;
    const QTimeZone zone = m_node->timeZone();
    QMap<QDate, int> calls, nuisance, incidents;
    for (const auto &[id, c] : m_raw.calls) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(c.offeredMs, zone).date();
        ++calls[day];
        nuisance[day] += c.outcome == QLatin1String("iseng") || c.outcome == QLatin1String("kosong") ? 1 : 0;
    }
    for (const auto &[id, i] : m_raw.incidents)
        ++incidents[QDateTime::fromMSecsSinceEpoch(i.createdMs, zone).date()];
    const ReportFigures f = ReportFigures::compute(m_node->reportSources(), from, to);
    QCOMPARE(f.days.size(), 31);
    QCOMPARE(f.days.first().day, QDate(2026, 3, 1));
    QCOMPARE(f.days.last().day, QDate(2026, 3, 31));
    int total = 0;
    for (const ReportFigures::DayVolume &d : f.days) {
        QCOMPARE(d.callsOffered, calls.value(d.day));
        QCOMPARE(d.prankCalls + d.ghostCalls, nuisance.value(d.day));
        QCOMPARE(d.incidentsCreated, incidents.value(d.day));
        total += d.callsOffered;
    }
    QCOMPARE(total, f.callsOffered);
    QVERIFY2(calls.value(QDate(2026, 3, 2)) > 0 && calls.value(QDate(2026, 3, 3)) > 0, "the night crosses midnight");
    // The shift from 23:00 has two days, the first starting at 23:00, not at midnight.
    const ReportFigures night = ReportFigures::compute(m_node->reportSources(), m_shift.first, m_shift.second);
    QCOMPARE(night.days.size(), 2);
    QCOMPARE(night.days.first().startMs, m_shift.first);
}

void tst_Reports::monthIsTheCalendarMonthInRoomTime()
{
    const QTimeZone wita("Asia/Makassar");
    // 00:30 on the 1st of April room time is still the 31st of March in UTC.
    const qint64 now = QDateTime(QDate(2026, 4, 1), QTime(0, 30), wita).toMSecsSinceEpoch();
    const auto [from, to] = Shifts::month(now, wita);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(from, wita), QDateTime(QDate(2026, 4, 1), QTime(0, 0), wita));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(to, wita), QDateTime(QDate(2026, 5, 1), QTime(0, 0), wita));
    const auto [prevFrom, prevTo] = Shifts::month(now, wita, 1);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(prevFrom, wita), QDateTime(QDate(2026, 3, 1), QTime(0, 0), wita));
    QCOMPARE(prevTo, from);
    QCOMPARE(to - from, qint64(30) * 24 * 3600 * 1000);
}

void tst_Reports::csvFieldsAreQuotedPerRfc4180()
{
    const QStringList fields{QStringLiteral("plain"),
                             QStringLiteral("Jl. A. Yani, km 5"),
                             QStringLiteral("kata \"iseng\""),
                             QStringLiteral("dua\r\nbaris"),
                             QString(),
                             QStringLiteral("Kebakaran – Pasar Lama")};
    const QByteArray row = ReportCsv::row(fields);
    QVERIFY(row.endsWith("\r\n"));
    QVERIFY(row.startsWith("plain,\"Jl. A. Yani, km 5\",\"kata \"\"iseng\"\"\","));
    const QList<QStringList> parsed = parseCsv(row);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first(), fields);
}

void tst_Reports::csvParsesBackToTheFigures()
{
    const auto [from, to] = m_shift;
    const ReportSources sources = m_node->reportSources();
    const ReportFigures f = ReportFigures::compute(sources, from, to);
    QTemporaryDir dir;
    const auto written = ReportCsv::writeAll(f, sources, dir.path(), QStringLiteral("shift"), QStringLiteral("id"));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(written.value().size(), ReportCsv::tables().size());
    auto table = [&dir](const char *name) {
        QFile file(dir.filePath(QStringLiteral("shift-%1.csv").arg(QLatin1String(name))));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // Keep a copy beside the PDFs for a person to open.
    for (const QString &path : written.value()) {
        const QString copy = QDir(artifactsDir()).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));
    }

    QHash<QString, QString> summary;
    for (const auto &r : records(table("summary")))
        summary.insert(r.value(QStringLiteral("figure")), r.value(QStringLiteral("value")));
    int offered = 0, pranks = 0;
    for (const auto &[id, c] : m_raw.calls) {
        if (c.offeredMs >= from && c.offeredMs < to) {
            ++offered;
            pranks += c.outcome == QLatin1String("iseng") ? 1 : 0;
        }
    }
    QCOMPARE(summary.value(QStringLiteral("calls_offered")).toInt(), offered);
    QCOMPARE(summary.value(QStringLiteral("prank_calls")).toInt(), pranks);
    QCOMPARE(summary.value(QStringLiteral("prank_share")).toDouble(), std::round(10000.0 * pranks / offered) / 10000);
    QCOMPARE(summary.value(QStringLiteral("period_from_ms")).toLongLong(), from);
    QCOMPARE(summary.value(QStringLiteral("period_from")), QStringLiteral("2026-03-02T23:00:00+08:00"));
    QCOMPARE(summary.value(QStringLiteral("answer_p90_ms")).toLongLong(), f.answers.answerP90Ms);
    QCOMPARE(summary.value(QStringLiteral("open_at_end")).toInt(), int(f.openAtEnd.size()));

    const auto outcomes = records(table("calls-by-outcome"));
    QCOMPARE(outcomes.size(), f.outcomes.size());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        QCOMPARE(outcomes.at(i).value(QStringLiteral("outcome")), f.outcomes.at(i).outcome);
        QCOMPARE(outcomes.at(i).value(QStringLiteral("calls")).toInt(), f.outcomes.at(i).count);
    }
    QCOMPARE(outcomes.at(1).value(QStringLiteral("outcome_label")), QStringLiteral("Iseng (prank)"));

    const auto categories = records(table("incidents-by-category"));
    QCOMPARE(categories.size(), f.categories.size());
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QCOMPARE(categories.at(i).value(QStringLiteral("category")), f.categories.at(i).category);
        QCOMPARE(categories.at(i).value(QStringLiteral("incidents")).toInt(), f.categories.at(i).count);
        QCOMPARE(categories.at(i).value(QStringLiteral("status_closed")).toInt(),
                 f.categories.at(i).atStatus(IncidentStatus::Closed));
    }

    const auto agencies = records(table("response-by-agency"));
    QCOMPARE(agencies.size(), f.perAgency.size());
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        QCOMPARE(agencies.at(i).value(QStringLiteral("agency")), f.perAgency.at(i).agency);
        QCOMPARE(agencies.at(i).value(QStringLiteral("answered_to_on_scene_p90_ms")).toLongLong(),
                 f.perAgency.at(i).answeredToOnScene.p90Ms);
        QCOMPARE(agencies.at(i).value(QStringLiteral("target_min")), QString()); // summed over categories
    }
    QCOMPARE(records(table("response-by-agency-category")).size(), f.perAgencyAndCategory.size());
    QCOMPARE(records(table("calls-per-day")).size(), 2);

    const auto open = records(table("open-incidents"));
    QCOMPARE(open.size(), f.openAtEnd.size());
    QCOMPARE(open.first().value(QStringLiteral("id")), f.openAtEnd.first().id);
    QCOMPARE(open.first().value(QStringLiteral("age_ms")).toLongLong(), f.openAtEnd.first().ageMs);

    // One row per incident created in the shift, with the agency handed it first and the
    // wait from the call's answer to the first agency on scene, from the raw log.
    const auto incidents = records(table("incidents"));
    QCOMPARE(incidents.size(), f.incidentsCreated);
    int withOnScene = 0;
    for (const auto &r : incidents) {
        const RawIncident &raw = m_raw.incidents.at(r.value(QStringLiteral("id")));
        QCOMPARE(r.value(QStringLiteral("created_ms")).toLongLong(), raw.createdMs);
        QCOMPARE(r.value(QStringLiteral("category")), raw.category);
        QCOMPARE(r.value(QStringLiteral("status")), raw.statusAt(to));
        std::optional<std::pair<qint64, QString>> first;
        std::optional<qint64> onScene;
        for (const auto &[key, h] : m_raw.handoffs) {
            if (h.incident != raw.id)
                continue;
            const std::pair<qint64, QString> sent{*h.firstSentMs(), h.agency};
            first = first ? std::min(*first, sent) : sent;
            const auto times = h.roundTimes();
            if (times.count(QStringLiteral("on_scene")))
                onScene = onScene ? std::min(*onScene, times.at(QStringLiteral("on_scene")))
                                  : times.at(QStringLiteral("on_scene"));
        }
        QCOMPARE(r.value(QStringLiteral("first_agency")), first ? first->second : QString());
        const QString wait = r.value(QStringLiteral("answered_to_on_scene_ms"));
        QCOMPARE(wait, onScene ? QString::number(*onScene - m_raw.answeredAt(raw)) : QString());
        withOnScene += onScene ? 1 : 0;
    }
    QVERIFY(withOnScene > 10);
}

void tst_Reports::pdfsRenderToReadablePages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("minimumPages");
    // Title, handover, summary and open incidents; outcomes and categories; response times.
    QTest::newRow("shift") << int(ReportDocument::Kind::Shift) << 3;
    // Title, summary and calls per day; outcomes and categories; response times.
    QTest::newRow("month") << int(ReportDocument::Kind::Month) << 3;
}

void tst_Reports::pdfsRenderToReadablePages()
{
    QFETCH(int, kind);
    QFETCH(int, minimumPages);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed (apt-get install poppler-utils): the PDF pages cannot be checked");

    const bool shift = ReportDocument::Kind(kind) == ReportDocument::Kind::Shift;
    const auto [from, to] = shift ? m_shift : m_month;
    const ReportSources sources = m_node->reportSources();
    const ReportFigures f = ReportFigures::compute(sources, from, to);
    ReportDocument::Options options;
    options.kind = ReportDocument::Kind(kind);
    options.room = QStringLiteral("Call Center 112 Banjarmasin");
    options.language = QStringLiteral("id");
    options.generatedAtMs = m_clock->nowMs();
    if (shift)
        options.handover = ReportHandover{QStringLiteral("Kebakaran di Pekapuran masih ditangani Damkar.\n"
                                                         "Nomor 0812 iseng berulang: laporkan ke Kominfo."),
                                          QStringLiteral("Siti Rahmah"), QStringLiteral("Budi Santoso"), to - 5 * 60000,
                                          to + 2 * 60000};
    const ReportDocument document(f, sources, options);
    const QString name = shift ? QStringLiteral("shift-report") : QStringLiteral("monthly-report");
    QDir artifacts(artifactsDir());
    const QString pdf = artifacts.filePath(name + QStringLiteral(".pdf"));
    for (const QString &old : artifacts.entryList({name + QStringLiteral("-*.png")}))
        artifacts.remove(old);
    const auto written = document.writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

    QProcess render;
    render.start(pdftoppm,
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, artifacts.filePath(name)});
    QVERIFY(render.waitForFinished(120000));
    QVERIFY2(render.exitCode() == 0, render.readAllStandardError().constData());
    const QStringList pages = artifacts.entryList({name + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= minimumPages, qPrintable(pages.join(QLatin1Char(' '))));
    for (const QString &page : pages) {
        const QImage image(artifacts.filePath(page));
        QVERIFY2(!image.isNull(), qPrintable(page));
        // A4 at 60 dpi: 496 x 702 pixels.
        QCOMPARE(image.width(), 496);
        QCOMPARE(image.height(), 702);
        // Not blank: the page holds dark ink (text) and colour (bars or headings) on white.
        int ink = 0;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y)
            for (int x = 0; x < rgb.width(); ++x)
                ink += qGray(rgb.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(ink > 500, qPrintable(QStringLiteral("%1 looks blank: %2 dark pixels").arg(page).arg(ink)));
    }

    // The text says the figures: pdftotext reads them back where poppler has it.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return;
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(120000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QStringLiteral("Call Center 112 Banjarmasin")), qPrintable(words.left(500)));
    QVERIFY(words.contains(QStringLiteral("Iseng (prank)"))); // the outcome labels in Indonesian
    QVERIFY(words.contains(QString::number(f.callsOffered)));
    QVERIFY(words.contains(QStringLiteral("of %1").arg(pages.size()))); // "page x of n" in the footer
    if (shift) {
        QVERIFY(words.contains(QStringLiteral("Siti Rahmah")));
        QVERIFY(words.contains(QStringLiteral("Budi Santoso")));
        QVERIFY(words.contains(QStringLiteral("Pekapuran")));
        for (const ReportFigures::OpenIncident &o : f.openAtEnd)
            QVERIFY2(words.contains(o.id), qPrintable(o.id));
    } else {
        QVERIFY(words.contains(QStringLiteral("Maret 2026")));
    }
}

void tst_Reports::idsCopyOutOfThePdfAsTyped()
{
    // An incident id is copied from the report into a search: "ff" drawn as one ligature
    // glyph came out of the PDF as another character, and the id could not be found. (The
    // demo's desk ids are random, so the report tests above met one in 1 of ~40 runs.)
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (apt-get install poppler-utils): the PDF text cannot be read");
    const ReportSources sources = m_node->reportSources();
    ReportFigures f = ReportFigures::compute(sources, m_shift.first, m_shift.second);
    const QStringList ids{QStringLiteral("c0ffee0f-17"), QStringLiteral("affa0ff1-2775"), QStringLiteral("0fffb9d3-4")};
    f.openAtEnd.clear();
    for (const QString &id : ids) {
        ReportFigures::OpenIncident o;
        o.id = id;
        o.category = QStringLiteral("kebakaran");
        o.createdMs = m_shift.first;
        f.openAtEnd.append(o);
    }
    ReportDocument::Options options;
    options.kind = ReportDocument::Kind::Shift;
    options.room = QStringLiteral("Call Center 112 Banjarmasin");
    options.language = QStringLiteral("id");
    options.generatedAtMs = m_clock->nowMs();
    options.handover
        = ReportHandover{QStringLiteral("Konfirmasi ke file Damkar: official."), QStringLiteral("Siti Rahmah"),
                         QStringLiteral("Budi Santoso"), m_shift.second, m_shift.second};
    const QString pdf = m_tmp.filePath(QStringLiteral("ligatures.pdf"));
    const auto written = ReportDocument(f, sources, options).writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(120000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &id : ids)
        QVERIFY2(words.contains(id), qPrintable(id + QLatin1Char('\n') + words));
    QVERIFY2(words.contains(QStringLiteral("Konfirmasi ke file Damkar: official.")), qPrintable(words));
}

void tst_Reports::writingIntoAMissingFolderIsAnError()
{
    const ReportSources sources = m_node->reportSources();
    const ReportFigures f = ReportFigures::compute(sources, m_shift.first, m_shift.second);
    const QString missing = m_tmp.filePath(QStringLiteral("no-such-folder"));
    const QString pdf = missing + QStringLiteral("/shift.pdf");
    const auto written = ReportDocument(f, sources, {}).writePdf(pdf);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("report.pdf_write"));
    QVERIFY2(written.error().message.contains(pdf), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(pdf));

    const auto csv = ReportCsv::writeAll(f, sources, missing, QStringLiteral("shift"), QStringLiteral("id"));
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error().code, QStringLiteral("report.csv_dir"));
    QVERIFY2(csv.error().message.contains(missing), qPrintable(csv.error().message));
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
