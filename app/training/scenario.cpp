#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Sigap {

namespace {

const QString FormatName = QStringLiteral("sigap-scenario");

// The scenario file's outcome names and the room's call outcome codes (categories.json).
const std::pair<const char *, const char *> outcomeCodes[] = {
    {"prank", "iseng"},      {"ghost", "kosong"}, {"info", "informasi"}, {"wrong_number", "salah_sambung"},
    {"incident", "insiden"},
};

qint64 secondsToMs(double seconds)
{
    return qint64(std::llround(seconds * 1000));
}

double msToSeconds(qint64 ms)
{
    return double(ms) / 1000;
}

bool isSeconds(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 0;
}

} // namespace

const QStringList &ExpectedAnswer::outcomes()
{
    static const QStringList names = [] {
        QStringList n;
        for (const auto &[name, code] : outcomeCodes)
            n.append(QLatin1String(name));
        return n;
    }();
    return names;
}

QString ExpectedAnswer::callOutcomeCode(const QString &outcome)
{
    for (const auto &[name, code] : outcomeCodes) {
        if (outcome == QLatin1String(name))
            return QLatin1String(code);
    }
    return {};
}

QString ExpectedAnswer::outcomeOfCallCode(const QString &callCode)
{
    for (const auto &[name, code] : outcomeCodes) {
        if (callCode == QLatin1String(code))
            return QLatin1String(name);
    }
    return {};
}

const QList<HandoffState> &Scenario::responseSteps()
{
    static const QList<HandoffState> steps{HandoffState::Acknowledged, HandoffState::Dispatched, HandoffState::EnRoute,
                                           HandoffState::OnScene, HandoffState::Finished};
    return steps;
}

QString Scenario::responseKey(HandoffState step)
{
    return HandoffStates::name(step) + QStringLiteral("_s");
}

Result<Scenario> Scenario::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("scenario.json"), tr("%1: not valid JSON at byte %2: %3")
                                                              .arg(sourceName)
                                                              .arg(parseError.offset)
                                                              .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return makeError(QStringLiteral("scenario.format"),
                         tr("%1: not a Sigap scenario (field \"format\" is not \"sigap-scenario\")").arg(sourceName));
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt(0);
    if (!versionValue.isDouble() || versionValue.toDouble() != version || version < 1)
        return makeError(QStringLiteral("scenario.format"),
                         tr("%1: field \"version\" is missing or not a whole number").arg(sourceName));
    if (version > Version)
        return makeError(QStringLiteral("scenario.version"),
                         tr("%1: scenario version %2 is newer than this program reads (1 to %3); "
                            "update Sigap to play it")
                             .arg(sourceName)
                             .arg(version)
                             .arg(Version));

    Scenario s;
    s.version = version;
    s.name = root.value(QStringLiteral("name")).toString();
    s.description = root.value(QStringLiteral("description")).toString();

    const QJsonValue callsValue = root.value(QStringLiteral("calls"));
    if (!callsValue.isArray() && !callsValue.isUndefined())
        return makeError(QStringLiteral("scenario.call"), tr("%1: field \"calls\" is not a list").arg(sourceName));
    const QJsonArray items = callsValue.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        auto bad = [&](const QString &field) {
            return makeError(QStringLiteral("scenario.call"),
                             tr("%1: calls[%2]: field \"%3\" is missing or wrong").arg(sourceName).arg(i).arg(field));
        };
        TrainingCall entry;
        ScenarioCall &call = entry.call;
        if (version >= 2) {
            entry.id = o.value(QStringLiteral("id")).toString().trimmed();
            if (entry.id.isEmpty() || ids.contains(entry.id))
                return bad(QStringLiteral("id"));
        } else {
            entry.id = QStringLiteral("c%1").arg(i + 1);
        }
        ids.insert(entry.id);
        if (!isSeconds(o.value(QStringLiteral("at_s"))))
            return bad(QStringLiteral("at_s"));
        call.atMs = secondsToMs(o.value(QStringLiteral("at_s")).toDouble());
        call.number = o.value(QStringLiteral("number")).toString();
        if (call.number.isEmpty())
            return bad(QStringLiteral("number"));
        call.trunk = o.value(QStringLiteral("trunk")).toString(QStringLiteral("112"));
        const QJsonValue lat = o.value(QStringLiteral("lat"));
        const QJsonValue lon = o.value(QStringLiteral("lon"));
        if (lat.isDouble() != lon.isDouble())
            return bad(lat.isDouble() ? QStringLiteral("lon") : QStringLiteral("lat"));
        if (lat.isDouble()) {
            if (qAbs(lat.toDouble()) > 90)
                return bad(QStringLiteral("lat"));
            if (qAbs(lon.toDouble()) > 180)
                return bad(QStringLiteral("lon"));
            call.position = std::make_pair(lat.toDouble(), lon.toDouble());
            call.radiusM = o.value(QStringLiteral("radius_m")).toDouble();
        }
        call.says = o.value(QStringLiteral("says")).toString();
        const QJsonValue abandon = o.value(QStringLiteral("abandon_after_s"));
        if (!abandon.isUndefined() && !isSeconds(abandon))
            return bad(QStringLiteral("abandon_after_s"));
        call.abandonAfterMs = secondsToMs(abandon.toDouble(0));

        const QJsonValue expectValue = o.value(QStringLiteral("expect"));
        if (version >= 2 && !expectValue.isUndefined()) {
            if (!expectValue.isObject())
                return bad(QStringLiteral("expect"));
            const QJsonObject e = expectValue.toObject();
            ExpectedAnswer expect;
            expect.duplicateOf = e.value(QStringLiteral("duplicate_of")).toString().trimmed();
            expect.outcome = e.value(QStringLiteral("outcome"))
                                 .toString(expect.duplicateOf.isEmpty() ? QString() : QStringLiteral("incident"));
            if (!ExpectedAnswer::outcomes().contains(expect.outcome))
                return bad(QStringLiteral("expect.outcome"));
            expect.category = e.value(QStringLiteral("category")).toString().trimmed();
            if (expect.isIncident() ? (expect.category.isEmpty() && expect.duplicateOf.isEmpty())
                                    : !expect.category.isEmpty())
                return bad(QStringLiteral("expect.category"));
            const QJsonValue agencies = e.value(QStringLiteral("agencies"));
            if (!agencies.isUndefined() && !agencies.isArray())
                return bad(QStringLiteral("expect.agencies"));
            for (const QJsonValue &a : agencies.toArray()) {
                const QString agency = a.toString().trimmed();
                if (agency.isEmpty() || expect.agencies.contains(agency))
                    return bad(QStringLiteral("expect.agencies"));
                expect.agencies.append(agency);
            }
            if (!expect.agencies.isEmpty() && !expect.isIncident())
                return bad(QStringLiteral("expect.agencies"));
            expect.agencies.sort();
            if (!expect.duplicateOf.isEmpty() && !expect.isIncident())
                return bad(QStringLiteral("expect.duplicate_of"));
            entry.expect = expect;
        }
        s.calls.append(entry);
    }
    // duplicate_of is checked once every call is known: it may name a call further down the
    // file that rings earlier.
    for (qsizetype i = 0; i < s.calls.size(); ++i) {
        const TrainingCall &entry = s.calls.at(i);
        if (!entry.expect || entry.expect->duplicateOf.isEmpty())
            continue;
        const int original = s.indexOfCall(entry.expect->duplicateOf);
        const TrainingCall *first = original >= 0 ? &s.calls.at(original) : nullptr;
        if (!first || original == i || !first->expect || !first->expect->isIncident()
            || first->call.atMs > entry.call.atMs)
            return makeError(QStringLiteral("scenario.call"),
                             tr("%1: calls[%2]: field \"expect.duplicate_of\": \"%3\" is not an earlier call "
                                "expected to report an incident")
                                 .arg(sourceName)
                                 .arg(i)
                                 .arg(entry.expect->duplicateOf));
    }
    std::stable_sort(s.calls.begin(), s.calls.end(),
                     [](const TrainingCall &a, const TrainingCall &b) { return a.call.atMs < b.call.atMs; });
    if (version < 2)
        return s;

    const QJsonArray units = root.value(QStringLiteral("units")).toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonObject o = units.at(i).toObject();
        auto bad = [&](const QString &field) {
            return makeError(QStringLiteral("scenario.unit"),
                             tr("%1: units[%2]: field \"%3\" is missing or wrong").arg(sourceName).arg(i).arg(field));
        };
        UnitMovement move;
        if (!isSeconds(o.value(QStringLiteral("at_s"))))
            return bad(QStringLiteral("at_s"));
        move.atMs = secondsToMs(o.value(QStringLiteral("at_s")).toDouble());
        move.unit = o.value(QStringLiteral("unit")).toString().trimmed();
        if (move.unit.isEmpty())
            return bad(QStringLiteral("unit"));
        const QJsonValue lat = o.value(QStringLiteral("lat"));
        const QJsonValue lon = o.value(QStringLiteral("lon"));
        if (!lat.isDouble() || qAbs(lat.toDouble()) > 90)
            return bad(QStringLiteral("lat"));
        if (!lon.isDouble() || qAbs(lon.toDouble()) > 180)
            return bad(QStringLiteral("lon"));
        move.lat = lat.toDouble();
        move.lon = lon.toDouble();
        s.units.append(move);
    }
    std::stable_sort(s.units.begin(), s.units.end(),
                     [](const UnitMovement &a, const UnitMovement &b) { return a.atMs < b.atMs; });

    const QJsonArray responses = root.value(QStringLiteral("agency_responses")).toArray();
    QSet<QString> responseKeys;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const QJsonObject o = responses.at(i).toObject();
        auto bad = [&](const QString &field) {
            return makeError(QStringLiteral("scenario.response"), tr("%1: agency_responses[%2]: field \"%3\" is "
                                                                     "missing or wrong")
                                                                      .arg(sourceName)
                                                                      .arg(i)
                                                                      .arg(field));
        };
        AgencyResponse response;
        response.agency = o.value(QStringLiteral("agency")).toString().trimmed();
        if (response.agency.isEmpty())
            return bad(QStringLiteral("agency"));
        const QJsonValue call = o.value(QStringLiteral("call"));
        if (!call.isUndefined()) {
            response.call = call.toString().trimmed();
            if (s.indexOfCall(response.call) < 0)
                return bad(QStringLiteral("call"));
        }
        const QString key = response.call + QLatin1Char('\n') + response.agency;
        if (responseKeys.contains(key))
            return bad(QStringLiteral("agency"));
        responseKeys.insert(key);
        qint64 previous = 0;
        for (HandoffState step : responseSteps()) {
            const QJsonValue v = o.value(responseKey(step));
            if (v.isUndefined())
                continue;
            if (!isSeconds(v) || secondsToMs(v.toDouble()) < previous)
                return bad(responseKey(step));
            previous = secondsToMs(v.toDouble());
            response.afterMs[step] = previous;
        }
        if (response.afterMs.empty())
            return bad(responseKey(HandoffState::Acknowledged));
        s.agencyResponses.append(response);
    }
    return s;
}

Result<Scenario> Scenario::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("scenario.open"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

QStringList Scenario::bundledPaths()
{
    const QDir dir(QStringLiteral(":/scenarios"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QByteArray Scenario::toJson() const
{
    QJsonArray callItems;
    for (const TrainingCall &entry : calls) {
        const ScenarioCall &call = entry.call;
        QJsonObject o{{QStringLiteral("id"), entry.id},
                      {QStringLiteral("at_s"), msToSeconds(call.atMs)},
                      {QStringLiteral("number"), call.number},
                      {QStringLiteral("trunk"), call.trunk}};
        if (call.position) {
            o.insert(QStringLiteral("lat"), call.position->first);
            o.insert(QStringLiteral("lon"), call.position->second);
            if (call.radiusM > 0)
                o.insert(QStringLiteral("radius_m"), call.radiusM);
        }
        if (!call.says.isEmpty())
            o.insert(QStringLiteral("says"), call.says);
        if (call.abandonAfterMs > 0)
            o.insert(QStringLiteral("abandon_after_s"), msToSeconds(call.abandonAfterMs));
        if (entry.expect) {
            const ExpectedAnswer &e = *entry.expect;
            QJsonObject expect{{QStringLiteral("outcome"), e.outcome}};
            if (!e.category.isEmpty())
                expect.insert(QStringLiteral("category"), e.category);
            if (!e.agencies.isEmpty())
                expect.insert(QStringLiteral("agencies"), QJsonArray::fromStringList(e.agencies));
            if (!e.duplicateOf.isEmpty())
                expect.insert(QStringLiteral("duplicate_of"), e.duplicateOf);
            o.insert(QStringLiteral("expect"), expect);
        }
        callItems.append(o);
    }
    QJsonArray unitItems;
    for (const UnitMovement &move : units)
        unitItems.append(QJsonObject{{QStringLiteral("at_s"), msToSeconds(move.atMs)},
                                     {QStringLiteral("unit"), move.unit},
                                     {QStringLiteral("lat"), move.lat},
                                     {QStringLiteral("lon"), move.lon}});
    QJsonArray responseItems;
    for (const AgencyResponse &response : agencyResponses) {
        QJsonObject o{{QStringLiteral("agency"), response.agency}};
        if (!response.call.isEmpty())
            o.insert(QStringLiteral("call"), response.call);
        for (const auto &[step, ms] : response.afterMs)
            o.insert(responseKey(step), msToSeconds(ms));
        responseItems.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), FormatName},
                     {QStringLiteral("version"), Version},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("calls"), callItems}};
    if (!description.isEmpty())
        root.insert(QStringLiteral("description"), description);
    if (!unitItems.isEmpty())
        root.insert(QStringLiteral("units"), unitItems);
    if (!responseItems.isEmpty())
        root.insert(QStringLiteral("agency_responses"), responseItems);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ScenarioCall> Scenario::scenarioCalls() const
{
    QList<ScenarioCall> out;
    out.reserve(calls.size());
    for (const TrainingCall &entry : calls)
        out.append(entry.call);
    return out;
}

int Scenario::indexOfCall(const QString &id) const
{
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (calls.at(i).id == id)
            return int(i);
    }
    return -1;
}

const AgencyResponse *Scenario::responseFor(const QString &callId, const QString &agency) const
{
    const AgencyResponse *fallback = nullptr;
    for (const AgencyResponse &response : agencyResponses) {
        if (response.agency != agency)
            continue;
        if (response.call == callId)
            return &response;
        if (response.call.isEmpty())
            fallback = &response;
    }
    return fallback;
}

qint64 Scenario::durationMs() const
{
    qint64 end = 0;
    for (const TrainingCall &entry : calls)
        end = std::max(end, entry.call.atMs + entry.call.abandonAfterMs);
    for (const UnitMovement &move : units)
        end = std::max(end, move.atMs);
    // A response runs after its handoff, which comes after the call; the call's time is the
    // earliest the script can know of.
    for (const AgencyResponse &response : agencyResponses) {
        const int call = indexOfCall(response.call);
        const qint64 from = call >= 0 ? calls.at(call).call.atMs : 0;
        if (!response.afterMs.empty())
            end = std::max(end, from + response.afterMs.rbegin()->second);
    }
    return end;
}

} // namespace Sigap
