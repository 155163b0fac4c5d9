#include "eidodocument.h"

#include "agencydirectory.h"
#include "handoff.h"

#include "domain/callprojection.h"
#include "domain/categories.h"
#include "domain/hlc.h"
#include "domain/incidentprojection.h"
#include "geo/gazetteer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Sigap {

namespace {

// The namespace of our name-based message UUIDs (itself a v5 UUID of "sigap112.eido").
const QUuid MessageNamespace = QUuid::createUuidV5(QUuid(), QStringLiteral("sigap112.eido"));

QJsonObject ref(const QString &id)
{
    return QJsonObject{{QStringLiteral("$ref"), id}};
}

// The newest wall time any part of the incident was written at.
qint64 lastUpdateMs(const Incident &incident)
{
    qint64 hlc = incident.createdStamp.hlc;
    for (const Incident::Register &r : incident.fields)
        hlc = std::max(hlc, r.stamp.hlc);
    for (const auto &[stamp, note] : incident.notes)
        hlc = std::max(hlc, stamp.hlc);
    for (const auto &[stamp, transition] : incident.transitions)
        hlc = std::max(hlc, stamp.hlc);
    return Hlc::wallMs(hlc);
}

QString personId(const QString &actor)
{
    return QStringLiteral("person-") + actor;
}

} // namespace

QString EidoDocument::timeStamp(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    // Qt writes UTC as "Z"; EIDO examples carry a numeric offset, and so do we.
    QString text = t.toString(Qt::ISODateWithMs);
    if (text.endsWith(QLatin1Char('Z'))) {
        text.chop(1);
        text += QStringLiteral("+00:00");
    }
    return text;
}

QString EidoDocument::messageIdentifier(const QString &room, const QString &sendEventId, const QString &agency)
{
    return QStringLiteral("urn:uuid:")
           + QUuid::createUuidV5(MessageNamespace, room + QLatin1Char('|') + sendEventId + QLatin1Char('|') + agency)
                 .toString(QUuid::WithoutBraces);
}

QString EidoDocument::locationByValue(std::optional<std::pair<double, double>> latLon, double radiusM,
                                      const QString &kecamatan, const QString &kelurahan, const QString &address)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("location-info"));
    xml.writeDefaultNamespace(QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10"));
    xml.writeNamespace(QStringLiteral("http://www.opengis.net/gml"), QStringLiteral("gml"));
    xml.writeNamespace(QStringLiteral("http://www.opengis.net/pidflo/1.0"), QStringLiteral("gs"));
    xml.writeNamespace(QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"), QStringLiteral("ca"));
    if (latLon) {
        const QString pos
            = QString::number(latLon->first, 'f', 6) + QLatin1Char(' ') + QString::number(latLon->second, 'f', 6);
        const QString gml = QStringLiteral("http://www.opengis.net/gml");
        // A point, or a circle when the network gave an uncertainty (RFC 5491).
        if (radiusM > 0) {
            xml.writeStartElement(QStringLiteral("http://www.opengis.net/pidflo/1.0"), QStringLiteral("Circle"));
            xml.writeAttribute(QStringLiteral("srsName"), QStringLiteral("urn:ogc:def:crs:EPSG::4326"));
            xml.writeTextElement(gml, QStringLiteral("pos"), pos);
            xml.writeStartElement(QStringLiteral("http://www.opengis.net/pidflo/1.0"), QStringLiteral("radius"));
            xml.writeAttribute(QStringLiteral("uom"), QStringLiteral("urn:ogc:def:uom:EPSG::9001"));
            xml.writeCharacters(QString::number(radiusM, 'f', 0));
            xml.writeEndElement();
            xml.writeEndElement();
        } else {
            xml.writeStartElement(gml, QStringLiteral("Point"));
            xml.writeAttribute(QStringLiteral("srsName"), QStringLiteral("urn:ogc:def:crs:EPSG::4326"));
            xml.writeTextElement(gml, QStringLiteral("pos"), pos);
            xml.writeEndElement();
        }
    }
    if (!kecamatan.isEmpty() || !kelurahan.isEmpty() || !address.isEmpty()) {
        const QString ca = QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr");
        xml.writeStartElement(ca, QStringLiteral("civicAddress"));
        xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("id"));
        xml.writeTextElement(ca, QStringLiteral("country"), QStringLiteral("ID"));
        if (!kecamatan.isEmpty())
            xml.writeTextElement(ca, QStringLiteral("A3"), kecamatan);
        if (!kelurahan.isEmpty())
            xml.writeTextElement(ca, QStringLiteral("A4"), kelurahan);
        if (!address.isEmpty())
            xml.writeTextElement(ca, QStringLiteral("LOC"), address);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

Result<QJsonObject> EidoDocument::build(const Handoff &handoff, const Agency &agency,
                                        const IncidentProjection &incidents, const CallProjection &calls,
                                        const Gazetteer &gazetteer, const Categories &categories,
                                        const EidoContext &context)
{
    const Incident *incident = incidents.incident(handoff.incident);
    if (!incident || !incident->created)
        return makeError(QStringLiteral("eido.incident"), tr("no incident with id \"%1\"").arg(handoff.incident));
    const QTimeZone &zone = context.timeZone;
    const QString roomAgencyId = QStringLiteral("agency-112");
    const QString receivingAgencyId = QStringLiteral("agency-") + agency.id;
    const QString locationId = QStringLiteral("loc-") + incident->id;
    const qint64 updatedMs = lastUpdateMs(*incident);
    const QString updated = timeStamp(updatedMs, zone);
    const qint64 sentMs = handoff.at(HandoffState::Sent).value_or(updatedMs);

    // Location: the incident's point and its kelurahan (by code from the gazetteer).
    const Kelurahan *kelurahan = gazetteer.byKode(incident->kelurahan());
    QJsonArray locations;
    QJsonObject location{
        {QStringLiteral("$id"), locationId},
        {QStringLiteral("componentIdentifier"), locationId},
        {QStringLiteral("lastUpdateTimeStamp"), updated},
        {QStringLiteral("updatedByAgencyReference"), ref(roomAgencyId)},
        {QStringLiteral("locationByValue"),
         locationByValue(incident->position(), 0, kelurahan ? kelurahan->kecamatanName : QString(),
                         kelurahan ? kelurahan->name : QString(), incident->address())},
    };
    if (!incident->kelurahan().isEmpty())
        location.insert(QStringLiteral("locationKelurahanCode"), incident->kelurahan());
    locations.append(location);

    // Calls linked to the incident, each with the caller's network position when it had one.
    QJsonArray callComponents, callReferences;
    for (const QString &callId : incident->calls) {
        const Call *call = calls.call(callId);
        if (!call || !call->offered)
            continue;
        const QString id = QStringLiteral("call-") + call->id;
        QJsonObject c{
            {QStringLiteral("$id"), id},
            {QStringLiteral("componentIdentifier"), id},
            {QStringLiteral("callTrackingIdentifier"), call->id},
            {QStringLiteral("callStartTimeStamp"), timeStamp(call->offeredMs(), zone)},
        };
        if (!call->number.isEmpty())
            c.insert(QStringLiteral("callFromURI"), QStringLiteral("tel:") + call->number);
        if (call->answeredStamp)
            c.insert(QStringLiteral("callAnswerTimeStamp"), timeStamp(Hlc::wallMs(call->answeredStamp->hlc), zone));
        if (call->endedStamp)
            c.insert(QStringLiteral("callEndTimeStamp"), timeStamp(Hlc::wallMs(call->endedStamp->hlc), zone));
        if (call->callerPosition) {
            const QString callerLocation = QStringLiteral("loc-") + id;
            locations.append(QJsonObject{
                {QStringLiteral("$id"), callerLocation},
                {QStringLiteral("componentIdentifier"), callerLocation},
                {QStringLiteral("lastUpdateTimeStamp"), timeStamp(call->offeredMs(), zone)},
                {QStringLiteral("locationByValue"),
                 locationByValue(call->callerPosition, call->callerRadiusM, {}, {}, {})},
            });
            c.insert(QStringLiteral("locationReference"), ref(callerLocation));
        }
        callComponents.append(c);
        callReferences.append(ref(id));
    }

    // Notes, oldest first, each pointing at its author.
    QJsonArray notes, persons;
    QStringList authors;
    for (const auto &[stamp, note] : incident->notes) {
        notes.append(QJsonObject{
            {QStringLiteral("componentIdentifier"),
             QStringLiteral("note-") + stamp.origin + QLatin1Char('-') + QString::number(stamp.seq)},
            {QStringLiteral("noteText"), note.text},
            {QStringLiteral("noteDateTimeStamp"), timeStamp(Hlc::wallMs(stamp.hlc), zone)},
            {QStringLiteral("authorReference"), ref(personId(note.actor))},
        });
        if (!authors.contains(note.actor))
            authors.append(note.actor);
    }
    for (const QString &author : std::as_const(authors))
        persons.append(QJsonObject{{QStringLiteral("$id"), personId(author)},
                                   {QStringLiteral("personIdentifier"), author},
                                   {QStringLiteral("personNameText"), author}});

    const Category *category = categories.incidentCategory(incident->category());
    QJsonObject incidentComponent{
        {QStringLiteral("componentIdentifier"), QStringLiteral("inc-") + incident->id},
        {QStringLiteral("incidentTrackingIdentifier"), incident->id},
        {QStringLiteral("lastUpdateTimeStamp"), updated},
        {QStringLiteral("incidentTypeInternalCode"), incident->category()},
        {QStringLiteral("incidentTypeCommonRegistryText"), category ? category->labelEn : incident->category()},
        {QStringLiteral("incidentStatusCommonRegistryText"), IncidentStatuses::name(incident->status)},
        {QStringLiteral("locationReference"), ref(locationId)},
        {QStringLiteral("updatedByAgencyReference"), ref(roomAgencyId)},
        {QStringLiteral("incidentReceivingAgencyReference"), ref(receivingAgencyId)},
    };
    if (incident->priority() > 0)
        incidentComponent.insert(QStringLiteral("incidentCommonPriorityNumber"), incident->priority());
    if (!callReferences.isEmpty())
        incidentComponent.insert(QStringLiteral("callReference"), callReferences);

    const QJsonArray agencies{
        QJsonObject{{QStringLiteral("$id"), roomAgencyId},
                    {QStringLiteral("agencyName"), QStringLiteral("Call Center 112 ") + context.room},
                    {QStringLiteral("agencyIdentifier"), QStringLiteral("urn:sigap112:room:") + context.room},
                    {QStringLiteral("agencyTypeText"), QStringLiteral("112")}},
        QJsonObject{{QStringLiteral("$id"), receivingAgencyId},
                    {QStringLiteral("agencyName"), agency.name},
                    {QStringLiteral("agencyIdentifier"), QStringLiteral("urn:sigap112:agency:") + agency.id},
                    {QStringLiteral("agencyTypeText"), agency.kind}},
    };

    const QString messageId = messageIdentifier(context.room, context.sendEventId, agency.id);
    QJsonObject document{
        {QStringLiteral("$id"), messageId},
        {QStringLiteral("eidoMessageIdentifier"), messageId},
        {QStringLiteral("sendingSystemIdentifier"),
         QStringLiteral("urn:sigap112:room:") + context.room + QStringLiteral(":desk:") + context.desk},
        {QStringLiteral("lastUpdateTimeStamp"), timeStamp(std::max(sentMs, updatedMs), zone)},
        {QStringLiteral("messageKind"), QStringLiteral("Report")},
        {QStringLiteral("incidentComponent"), QJsonArray{incidentComponent}},
        {QStringLiteral("locationComponent"), locations},
        {QStringLiteral("agencyComponent"), agencies},
    };
    if (!callComponents.isEmpty())
        document.insert(QStringLiteral("callComponent"), callComponents);
    if (!notes.isEmpty()) {
        document.insert(QStringLiteral("notesComponent"), notes);
        document.insert(QStringLiteral("personComponent"), persons);
    }
    return document;
}

} // namespace Sigap
