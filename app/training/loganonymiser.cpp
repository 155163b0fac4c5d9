#include "loganonymiser.h"

#include "domain/callprojection.h"
#include "domain/eventkinds.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"
#include "handoff/handoffprojection.h"
#include "store/eventstore.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace Sigap {

namespace {

// Prefixes of Indonesian mobile operators (Telkomsel, Indosat, XL, Tri, Smartfren), as the
// demo uses them.
const char *const mobilePrefixes[]
    = {"0811", "0812", "0813", "0821", "0822", "0852", "0853", "0856", "0857", "0858", "0817",
       "0818", "0819", "0877", "0878", "0859", "0895", "0896", "0897", "0881", "0882", "0887"};

} // namespace

struct LogAnonymiser::Numbers
{
    QStringList originals;          // every number of the source log
    QHash<QString, QString> mapped; // original -> replacement
    QSet<QString> used;
};

LogAnonymiser::LogAnonymiser(const Gazetteer &gazetteer, QByteArray key)
    : m_gazetteer(gazetteer)
    , m_key(std::move(key))
{
    if (m_key.isEmpty()) {
        m_key.resize(32);
        QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
    }
}

QString LogAnonymiser::replacementFor(const QString &number, Numbers &numbers) const
{
    if (const auto it = numbers.mapped.constFind(number); it != numbers.mapped.constEnd())
        return *it;
    for (int attempt = 0;; ++attempt) {
        const QByteArray mac = QMessageAuthenticationCode::hash(number.toUtf8() + '#' + QByteArray::number(attempt),
                                                                m_key, QCryptographicHash::Sha256);
        QString candidate = QLatin1String(mobilePrefixes[quint8(mac.at(0)) % std::size(mobilePrefixes)]);
        for (int i = 1; i <= 8; ++i)
            candidate += QChar(u'0' + quint8(mac.at(i)) % 10);
        const bool clashes
            = numbers.used.contains(candidate)
              || std::any_of(numbers.originals.begin(), numbers.originals.end(), [&](const QString &original) {
                     return original.contains(candidate) || candidate.contains(original);
                 });
        if (clashes)
            continue;
        numbers.used.insert(candidate);
        numbers.mapped.insert(number, candidate);
        return candidate;
    }
}

QString LogAnonymiser::stockLine(const QString &outcome, const QString &category, const QString &kelurahanName)
{
    // Caller speech is data in the callers' language, not UI text: not translated.
    const QString where = kelurahanName.isEmpty() ? QStringLiteral("sekitar sini") : kelurahanName;
    if (outcome == QLatin1String("prank"))
        return QStringLiteral("(tertawa) Halo, 112? Ada naga lewat di %1!").arg(where);
    if (outcome == QLatin1String("ghost"))
        return {};
    if (outcome == QLatin1String("info"))
        return QStringLiteral("Mau tanya, apotek yang buka malam di daerah %1 di mana ya?").arg(where);
    if (outcome == QLatin1String("wrong_number"))
        return QStringLiteral("Halo, ini bengkel motor ya? Oh, maaf, salah sambung.");
    static const QHash<QString, QString> lines{
        {QStringLiteral("kebakaran"), QStringLiteral("Tolong, ada kebakaran di %1! Apinya sudah besar.")},
        {QStringLiteral("medis"), QStringLiteral("Tolong kirim ambulans ke %1, ada orang sakit parah.")},
        {QStringLiteral("kecelakaan"), QStringLiteral("Ada kecelakaan di jalan dekat %1, ada yang luka.")},
        {QStringLiteral("kamtibmas"), QStringLiteral("Ada keributan di %1, tolong kirim polisi.")},
        {QStringLiteral("banjir"), QStringLiteral("Air sudah masuk rumah di %1, ada warga yang perlu dievakuasi.")},
        {QStringLiteral("pohon_tumbang"), QStringLiteral("Ada pohon tumbang menutup jalan di %1.")},
        {QStringLiteral("longsor"), QStringLiteral("Tanah longsor di %1, ada rumah yang miring.")},
        {QStringLiteral("sar"), QStringLiteral("Ada orang tenggelam di sungai dekat %1!")},
        {QStringLiteral("hewan_berbahaya"), QStringLiteral("Ada ular masuk rumah warga di %1, tolong.")},
        {QStringLiteral("utilitas"), QStringLiteral("Kabel listrik putus di jalan %1, berbahaya.")},
        {QStringLiteral("penyakit_menular"), QStringLiteral("Banyak warga demam di %1, minta petugas kesehatan.")},
    };
    return lines.value(category, QStringLiteral("Ada kejadian di %1, tolong dibantu.")).arg(where);
}

Result<Scenario> LogAnonymiser::anonymise(const EventStore &store, qint64 fromMs, qint64 toMs) const
{
    QList<Event> events;
    if (auto read = store.forEach(0, [&events](const Event &e) { events.append(e); }); !read)
        return read.error();
    return anonymise(events, fromMs, toMs);
}

Result<Scenario> LogAnonymiser::anonymise(const QList<Event> &events, qint64 fromMs, qint64 toMs) const
{
    CallProjection calls;
    IncidentProjection incidents;
    HandoffProjection handoffs;
    Numbers numbers;
    QHash<QString, QString> openedBy; // incident -> the call that opened it
    for (const Event &e : events) {
        calls.apply(e);
        incidents.apply(e);
        handoffs.apply(e);
        const QString number = e.payload.value(QStringLiteral("number")).toString();
        if (!number.isEmpty())
            numbers.originals.append(number);
        const QString caller = e.payload.value(IncidentField::Caller).toString();
        if (!caller.isEmpty())
            numbers.originals.append(caller);
        if (e.kind == EventKind::IncidentCreated && !e.payload.value(QStringLiteral("call")).toString().isEmpty())
            openedBy.insert(e.id(), e.payload.value(QStringLiteral("call")).toString());
    }
    numbers.originals.removeDuplicates();

    std::vector<Call> inWindow; // copies: a visited call lives only during the visit
    calls.forEachCall([&](const Call &call) {
        if (call.offered && call.offeredMs() >= fromMs && call.offeredMs() <= toMs)
            inWindow.push_back(call);
    });
    QList<const Call *> exported;
    for (const Call &call : inWindow)
        exported.append(&call);
    if (exported.isEmpty())
        return makeError(QStringLiteral("anonymise.empty"), tr("no call was offered in the chosen time window"));
    std::sort(exported.begin(), exported.end(),
              [](const Call *a, const Call *b) { return a->offeredStamp < b->offeredStamp; });
    const qint64 t0 = exported.first()->offeredMs();
    QHash<QString, QString> scenarioIdOf; // room call -> scenario call
    for (qsizetype i = 0; i < exported.size(); ++i)
        scenarioIdOf.insert(exported.at(i)->id, QStringLiteral("c%1").arg(i + 1));

    Scenario s;
    s.name = tr("Anonymised replay: %n call(s)", nullptr, int(exported.size()));
    for (const Call *call : std::as_const(exported)) {
        TrainingCall entry;
        entry.id = scenarioIdOf.value(call->id);
        ScenarioCall &out = entry.call;
        out.atMs = call->offeredMs() - t0;
        out.number = replacementFor(call->number, numbers);
        out.trunk = call->trunk;
        const Incident *incident = incidents.incident(call->incident);
        const Village *kelurahan = nullptr;
        if (call->callerPosition) {
            kelurahan = m_gazetteer.locate(call->callerPosition->first, call->callerPosition->second);
            if (kelurahan) {
                out.position = std::make_pair(kelurahan->label.y(), kelurahan->label.x());
                out.radiusM = call->callerRadiusM;
            }
        }
        if (!kelurahan && incident)
            kelurahan = m_gazetteer.byKode(incident->kelurahan());
        if (call->abandonedStamp)
            out.abandonAfterMs = std::max<qint64>(1, Hlc::wallMs(call->abandonedStamp->hlc) - call->offeredMs());

        const QString outcome = ExpectedAnswer::outcomeOfCallCode(call->outcome);
        if (!outcome.isEmpty()) {
            ExpectedAnswer expect;
            expect.outcome = outcome;
            if (expect.isIncident() && incident && incident->created) {
                const QString opener = openedBy.value(incident->id);
                const QString original = opener == call->id ? QString() : scenarioIdOf.value(opener);
                const Call *originalCall = calls.call(opener);
                if (!original.isEmpty() && originalCall && originalCall->offeredStamp < call->offeredStamp
                    && ExpectedAnswer::outcomeOfCallCode(originalCall->outcome) == QLatin1String("incident")) {
                    expect.duplicateOf = original;
                } else {
                    expect.category = incident->category();
                    for (const Handoff *h : handoffs.ofIncident(incident->id)) {
                        if (h->state != HandoffState::Cancelled)
                            expect.agencies.append(h->agency);
                    }
                    expect.agencies.sort();
                }
            }
            if (expect.isIncident() && expect.category.isEmpty() && expect.duplicateOf.isEmpty())
                expect.outcome.clear(); // an incident the log does not hold: nothing to expect
            if (!expect.outcome.isEmpty())
                entry.expect = expect;
        }
        const QString category = incident ? incident->category() : QString();
        out.says = stockLine(outcome, category, kelurahan ? kelurahan->name : QString());
        s.calls.append(entry);
    }

    // The agencies' answers to the handoffs of the incidents the exported calls opened.
    for (const Call *call : std::as_const(exported)) {
        const QString incident = call->incident;
        if (incident.isEmpty() || openedBy.value(incident) != call->id)
            continue;
        for (const Handoff *h : handoffs.ofIncident(incident)) {
            const auto sent = h->at(HandoffState::Sent);
            if (!sent)
                continue;
            AgencyResponse response;
            response.call = scenarioIdOf.value(call->id);
            response.agency = h->agency;
            qint64 previous = 0;
            for (HandoffState step : Scenario::responseSteps()) {
                const auto at = h->at(step);
                if (!at || *at < *sent)
                    continue;
                previous = std::max(previous, *at - *sent);
                response.afterMs[step] = previous;
            }
            if (!response.afterMs.empty())
                s.agencyResponses.append(response);
        }
    }
    return s;
}

} // namespace Sigap
