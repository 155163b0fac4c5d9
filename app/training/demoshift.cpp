#include "demoshift.h"

#include "auth/pinhash.h"
#include "auth/roles.h"
#include "core/clock.h"
#include "domain/categories.h"
#include "domain/eventkinds.h"
#include "domain/incidentcommands.h"
#include "geo/gazetteer.h"
#include "handoff/agencydirectory.h"
#include "store/eventstore.h"
#include "training/callerlines.h"

#include <QCborArray>
#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace Sigap {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr int CallsPerShift = 420;

struct Weighted
{
    const char *code;
    int weight;
};

// Shares of incident categories in a mid-size Indonesian city room (medical and traffic
// lead; Damkar's animal calls are common).
const Weighted categoryMix[] = {
    {"medis", 22},          {"kecelakaan", 18}, {"kamtibmas", 14},    {"kebakaran", 10},
    {"hewan_berbahaya", 9}, {"utilitas", 7},    {"pohon_tumbang", 6}, {"banjir", 5},
    {"lainnya", 4},         {"sar", 2},         {"longsor", 1},       {"penyakit_menular", 2},
};

const char *const streets[] = {
    "Jl. Ahmad Yani Km 2", "Jl. Pangeran Antasari", "Jl. Veteran",        "Jl. Sutoyo S.",
    "Jl. Pramuka",         "Jl. Kayu Tangi",        "Jl. Sultan Adam",    "Jl. Belitung Darat",
    "Jl. Cempaka",         "Jl. Lambung Mangkurat", "Jl. Pierre Tendean", "Jl. Pekapuran Raya",
    "Jl. Kelayan A",       "Jl. Alalak Utara",      "Jl. Sungai Andai",   "Jl. Banua Anyar",
    "Jl. Kuin Selatan",    "Jl. Teluk Tiram Darat", "Jl. Hasan Basri",    "Jl. Mulawarman",
    "Jl. S. Parman",       "Jl. Gatot Subroto",     "Jl. Kampung Melayu", "Jl. Pembangunan",
};

const char *const operators[] = {"op-rina", "op-agus", "op-dewi"};

// Prefixes of Indonesian mobile operators (Telkomsel, Indosat, XL, Tri, Smartfren).
const char *const mobilePrefixes[]
    = {"0811", "0812", "0813", "0821", "0822", "0852", "0853", "0814", "0815", "0856", "0857",
       "0817", "0818", "0819", "0859", "0877", "0878", "0895", "0896", "0881", "0882"};

struct Timed
{
    qint64 atMs;
    int order; // keeps the script's order for events at the same millisecond
    EventDraft draft;
    int incidentRef = -1; // follow-up of the incident created by script entry incidentRef
};

class Script
{
public:
    explicit Script(quint32 seed)
        : m_rng(seed)
    {
    }

    int pick(int n) { return int(m_rng.bounded(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_rng.bounded(quint64(hi - lo + 1))); }
    bool chance(int percent) { return pick(100) < percent; }

    QString phoneNumber()
    {
        QString n = QLatin1String(mobilePrefixes[pick(std::size(mobilePrefixes))]);
        const int digits = 7 + pick(2);
        for (int i = 0; i < digits; ++i)
            n += QChar(u'0' + pick(10));
        return n;
    }

    QString category()
    {
        int total = 0;
        for (const Weighted &w : categoryMix)
            total += w.weight;
        int r = pick(total);
        for (const Weighted &w : categoryMix) {
            if (r < w.weight)
                return QLatin1String(w.code);
            r -= w.weight;
        }
        return QStringLiteral("lainnya");
    }

    int add(qint64 atMs, EventDraft draft, int incidentRef = -1)
    {
        draft.atMs = atMs;
        m_entries.append(Timed{atMs, int(m_entries.size()), std::move(draft), incidentRef});
        return int(m_entries.size()) - 1;
    }

    QList<Timed> &entries() { return m_entries; }

private:
    QRandomGenerator m_rng;
    QList<Timed> m_entries;
};

EventDraft callEvent(const QString &kind, const QString &callId, const QCborMap &payload, const Actor &actor)
{
    return EventDraft{kind, 1, callId, payload, actor.id, actor.role, 0};
}

// The incident goes to the first agency that handles its category, which answers as rooms
// see it: acknowledged within seconds to a few minutes (now and then later than its time),
// dispatched, on scene, finished when the incident closes. Agencies on the EIDO channel are
// reached by phone here: the demo city's EIDO endpoints are placeholders.
template<typename FollowUp>
void handOff(Script &script, const AgencyDirectory &agencies, const QString &category, qint64 sentAt, qint64 closedAt,
             const Actor &op, FollowUp &followUp)
{
    const QList<const Agency *> handling = agencies.forCategory(category);
    if (handling.isEmpty())
        return;
    const Agency &agency = *handling.first();
    const bool byPhone = agency.channel != HandoffChannel::Desk;
    QCborMap sent{{QStringLiteral("agency"), agency.id},
                  {QStringLiteral("channel"), byPhone ? QStringLiteral("phone") : QStringLiteral("desk")}};
    if (byPhone)
        sent.insert(QStringLiteral("received_by"), QStringLiteral("Piket %1").arg(agency.kind.toUpper()));
    followUp(sentAt, EventDraft{EventKind::HandoffSent, 1, QString(), sent, op.id, op.role, 0});
    const Actor liaison{agency.id + QStringLiteral("-piket"), QStringLiteral("liaison")};
    auto step = [&](qint64 at, const char *to) {
        if (at < closedAt)
            followUp(at, EventDraft{EventKind::HandoffStatusChanged, 1, QString(),
                                    QCborMap{{QStringLiteral("agency"), agency.id},
                                             {QStringLiteral("to"), QString::fromLatin1(to)}},
                                    liaison.id, liaison.role, 0});
    };
    qint64 at = sentAt + (script.chance(10) ? script.between(4, 9) * Minute : script.between(15, 150) * Second);
    step(at, "acknowledged");
    at += script.between(1, 3) * Minute;
    step(at, "dispatched");
    at += script.between(4, 22) * Minute;
    step(at, "on_scene");
    step(closedAt - Minute, "finished");
}

} // namespace

namespace {

// The demo room's people, so sign-in, the shift lead's board and the liaison desk can be
// tried: every one of them has the PIN DemoPin. Its hash is made once, with the fewest rounds
// PinHash accepts, so a new demo store does not cost seconds; a real room's PINs never are.
void addDemoOperators(Script &script, qint64 at, const AgencyDirectory &agencies)
{
    // The liaison sits for the room's fire brigade (its first Damkar agency).
    QString damkar;
    for (const Agency &a : agencies.agencies()) {
        if (a.kind == QLatin1String("damkar") && damkar.isEmpty())
            damkar = a.id;
    }
    const QString pinHash = PinHash::make(QString::fromLatin1(DemoShift::DemoPin), PinHash::MinimumIterations);
    const Actor admin{QStringLiteral("system"), QStringLiteral("system")};
    const struct
    {
        const char *id, *name;
        QList<Role> roles;
        bool liaison;
    } people[] = {
        {"lead-sari", "Sari Lestari", {Role::ShiftLead, Role::Operator}, false},
        {"lead-budi", "Budi Santoso", {Role::ShiftLead, Role::Operator}, false},
        {"op-rina", "Rina Wati", {Role::Operator}, false},
        {"op-agus", "Agus Salim", {Role::Operator}, false},
        {"op-dewi", "Dewi Anggraini", {Role::Operator}, false},
        {"liaison-damkar", "Hasan Basri", {Role::Liaison}, true},
        {"trainer-yudi", "Yudi Prasetyo", {Role::Trainer}, false},
        {"admin", "Admin Ruang 112", {Role::Admin}, false},
    };
    for (const auto &p : people) {
        QCborMap registered{{QStringLiteral("name"), QLatin1String(p.name)},
                            {QStringLiteral("roles"), QCborArray::fromStringList(Roles::names(p.roles))},
                            {QStringLiteral("active"), true}};
        if (p.liaison && damkar.isEmpty())
            continue; // a room without a fire brigade has no one to sit for it
        if (p.liaison)
            registered.insert(QStringLiteral("agency"), damkar);
        script.add(
            at, EventDraft{EventKind::OperatorRegistered, 1, QLatin1String(p.id), registered, admin.id, admin.role, 0});
        script.add(at, EventDraft{EventKind::OperatorPinSet, 1, QLatin1String(p.id),
                                  QCborMap{{QStringLiteral("pin_hash"), pinHash}}, admin.id, admin.role, 0});
    }
}

} // namespace

Result<void> DemoShift::fill(const QString &storePath, const QString &room, const Categories &categories,
                             const Gazetteer &gazetteer, const AgencyDirectory &agencies, const Clock &clock,
                             People people, quint32 seed)
{
    auto opened = EventStore::open(storePath, room, clock);
    if (!opened)
        return opened.error();
    EventStore &store = *opened.value();
    if (store.lastRowId() > 0)
        return {}; // never add a demo shift on top of real data

    const IncidentCommands commands(categories, gazetteer);
    const qint64 end = clock.nowMs();
    const qint64 start = end - 8 * Hour;
    Script script(seed);

    if (people == People::Included)
        addDemoOperators(script, start - Minute, agencies);

    // A handful of numbers that prank the room again and again, as every room knows.
    QStringList pranksters;
    for (int i = 0; i < 12; ++i)
        pranksters.append(script.phoneNumber());

    QList<qint64> arrivals;
    for (int i = 0; i < CallsPerShift; ++i)
        arrivals.append(script.between(start, end - 2 * Minute));
    std::sort(arrivals.begin(), arrivals.end());

    const QString callPrefix = QStringLiteral("%1-c").arg(store.deskId());
    int callNo = 0;
    auto newCall = [&](qint64 at, const QString &number, const Actor &op) {
        const QString callId = callPrefix + QString::number(++callNo);
        script.add(at, callEvent(EventKind::CallOffered, callId,
                                 QCborMap{{QStringLiteral("number"), number},
                                          {QStringLiteral("trunk"), QStringLiteral("112")}},
                                 Actor{QStringLiteral("system"), QStringLiteral("system")}));
        const qint64 answered = at + script.between(2, 14) * Second;
        script.add(answered, callEvent(EventKind::CallAnswered, callId, {}, op));
        return std::make_pair(callId, answered);
    };

    for (qint64 arrival : std::as_const(arrivals)) {
        const Actor op{QLatin1String(operators[script.pick(std::size(operators))]), QStringLiteral("operator")};
        const int roll = script.pick(100);
        // 30 % prank or silent, 5 % information, 3 % wrong number, the rest are incidents.
        if (roll < 38) {
            QString outcome = roll < 12   ? QStringLiteral("iseng")
                              : roll < 30 ? QStringLiteral("kosong")
                              : roll < 35 ? QStringLiteral("informasi")
                                          : QStringLiteral("salah_sambung");
            const QString number = (outcome == QLatin1String("iseng") && script.chance(70))
                                       ? pranksters.at(script.pick(int(pranksters.size())))
                                       : script.phoneNumber();
            const auto [callId, answered] = newCall(arrival, number, op);
            const qint64 classified = answered + script.between(4, 45) * Second;
            script.add(classified, callEvent(EventKind::CallClassified, callId,
                                             QCborMap{{QStringLiteral("outcome"), outcome}}, op));
            script.add(classified + Second, callEvent(EventKind::CallEnded, callId, {}, op));
            continue;
        }

        const QString number = script.phoneNumber();
        const auto [callId, answered] = newCall(arrival, number, op);
        const QString category = script.category();
        const Village &kel = gazetteer.villages().at(script.pick(int(gazetteer.villages().size())));
        // A point a few hundred metres from the kelurahan's label, kept only if it is still
        // inside the same kelurahan.
        double lat = kel.label.y() + (script.pick(601) - 300) * 0.00001;
        double lon = kel.label.x() + (script.pick(601) - 300) * 0.00001;
        const Village *found = gazetteer.locate(lat, lon);
        if (!found || found->kode != kel.kode) {
            lat = kel.label.y();
            lon = kel.label.x();
        }
        NewIncident in;
        in.category = category;
        in.kelurahan = kel.kode;
        in.lat = lat;
        in.lon = lon;
        in.caller = number;
        in.address = QStringLiteral("%1 No. %2, RT %3")
                         .arg(QLatin1String(streets[script.pick(std::size(streets))]))
                         .arg(1 + script.pick(180))
                         .arg(1 + script.pick(40), 2, 10, QLatin1Char('0'));
        const auto lines = callerLines().find(category);
        if (lines != callerLines().end())
            in.note = lines->second.at(script.pick(int(lines->second.size())));
        in.call = callId;
        auto draft = commands.create(in, op);
        if (!draft)
            return draft.error();
        const qint64 createdAt = answered + script.between(40, 150) * Second;
        const int created = script.add(createdAt, draft.value());
        script.add(createdAt + Second, callEvent(EventKind::CallClassified, callId,
                                                 QCborMap{{QStringLiteral("outcome"), QStringLiteral("insiden")}}, op));
        script.add(createdAt + 2 * Second, callEvent(EventKind::CallEnded, callId, {}, op));

        auto followUp = [&](qint64 at, const Result<EventDraft> &d) {
            if (d && at < end)
                script.add(at, d.value(), created);
        };
        // Subject is filled in once the creating event's id is known (see below).
        qint64 t = createdAt + script.between(5, 30) * Second;
        followUp(t, commands.changeStatus(QString(), QStringLiteral("in_progress"), op));
        if (script.chance(3)) {
            followUp(t + script.between(1, 5) * Minute,
                     commands.changeStatus(QString(), QStringLiteral("cancelled"), op));
            continue;
        }
        // Fires and crashes draw more callers about the same incident.
        if ((category == QLatin1String("kebakaran") || category == QLatin1String("kecelakaan")) && script.chance(35)) {
            const int extra = 1 + script.pick(3);
            for (int i = 0; i < extra; ++i) {
                const auto [dupCall, dupAnswered]
                    = newCall(arrival + script.between(30, 300) * Second, script.phoneNumber(), op);
                followUp(std::max(dupAnswered + 20 * Second, createdAt + 3 * Second),
                         EventDraft{EventKind::IncidentCallLinked, 1, QString(),
                                    QCborMap{{QStringLiteral("call"), dupCall}}, op.id, op.role, 0});
                script.add(dupAnswered + 21 * Second,
                           callEvent(EventKind::CallClassified, dupCall,
                                     QCborMap{{QStringLiteral("outcome"), QStringLiteral("insiden")}}, op));
                script.add(dupAnswered + 22 * Second, callEvent(EventKind::CallEnded, dupCall, {}, op));
            }
        }
        t += script.between(1, 4) * Minute;
        followUp(t, commands.changeStatus(QString(), QStringLiteral("handed_off"), op));
        const qint64 closedAt = t + script.between(20, 150) * Minute;
        handOff(script, agencies, category, t, closedAt, op, followUp);
        if (script.chance(40))
            followUp(t + script.between(2, 20) * Minute,
                     commands.addNote(QString(), QStringLiteral("Unit sudah tiba di lokasi."), op));
        followUp(closedAt, commands.changeStatus(QString(), QStringLiteral("closed"), op));
    }

    QList<Timed> &entries = script.entries();
    std::stable_sort(entries.begin(), entries.end(), [](const Timed &a, const Timed &b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.order < b.order;
    });
    // The whole shift is written in one transaction. An incident's id is the id of the event
    // that created it, "<desk>-<seq>", and this fresh store numbers its events 1, 2, 3 ...
    // in this order, so follow-ups can name their incident before it is written.
    QHash<int, QString> incidentIdOfEntry;
    QList<EventDraft> drafts;
    drafts.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Timed &entry = entries[i];
        if (entry.draft.kind == EventKind::IncidentCreated)
            incidentIdOfEntry.insert(entry.order, QStringLiteral("%1-%2").arg(store.deskId()).arg(i + 1));
        if (entry.incidentRef >= 0)
            entry.draft.subject = incidentIdOfEntry.value(entry.incidentRef);
        drafts.append(entry.draft);
    }
    auto appended = store.append(drafts);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace Sigap
