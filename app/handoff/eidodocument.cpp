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
#include <QJsonDocument>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Sigap {

namespace {

const QString Pidf = QStringLiteral("urn:ietf:params:xml:ns:pidf");
const QString Geopriv = QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10");
const QString Gml = QStringLiteral("http://www.opengis.net/gml");
const QString GeoShape = QStringLiteral("http://www.opengis.net/pidflo/1.0");
const QString Civic = QStringLiteral("urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr");

QJsonObject ref(const QString &id)
{
    return QJsonObject{{QStringLiteral("$ref"), id}};
}

// The schema types most references as arrays of ReferenceType, even where we have one.
QJsonArray refs(const QString &id)
{
    return QJsonArray{ref(id)};
}

// One EIDO data component: its fields after the prologue every component starts with
// (PrologueType).
QJsonObject component(const QString &id, const QString &updated, const QString &updatedByAgency,
                      QJsonObject fields = {})
{
    fields.insert(QStringLiteral("$id"), id);
    fields.insert(QStringLiteral("lastUpdateTimeStamp"), updated);
    fields.insert(QStringLiteral("updatedByAgencyReference"), ref(updatedByAgency));
    return fields;
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

qint64 lastUpdateMs(const Call &call)
{
    qint64 hlc = call.offeredStamp.hlc;
    for (const std::optional<Stamp> &stamp : {call.answeredStamp, call.endedStamp, call.abandonedStamp})
        if (stamp)
            hlc = std::max(hlc, stamp->hlc);
    return Hlc::wallMs(hlc);
}

// The values the schema names for callStateRegistryText (the IANA call states).
QString callState(const Call &call)
{
    switch (call.state()) {
    case CallState::Ringing: return QStringLiteral("callBegin");
    case CallState::Answered: return QStringLiteral("callAnswered");
    case CallState::Ended:
    case CallState::Abandoned: return QStringLiteral("callEnd");
    }
    return QStringLiteral("callBegin");
}

// agencyJcard: contact information as an RFC 7095 jCard, here only the name.
QString jCard(const QString &name)
{
    const QJsonArray card{
        QStringLiteral("vcard"),
        QJsonArray{
            QJsonArray{QStringLiteral("version"), QJsonObject(), QStringLiteral("text"), QStringLiteral("4.0")},
            QJsonArray{QStringLiteral("kind"), QJsonObject(), QStringLiteral("text"), QStringLiteral("org")},
            QJsonArray{QStringLiteral("fn"), QJsonObject(), QStringLiteral("text"), name},
        },
    };
    return QString::fromUtf8(QJsonDocument(card).toJson(QJsonDocument::Compact));
}

// notesActionComments is HTML5: the operator's text escaped, its line breaks kept.
QString noteHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString EidoDocument::timeStamp(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
    // Qt writes UTC as "Z"; RFC 3339 takes both, and a numeric offset gives every time of the
    // document one shape.
    QString text = t.toString(Qt::ISODateWithMs);
    if (text.endsWith(QLatin1Char('Z'))) {
        text.chop(1);
        text += QStringLiteral("+00:00");
    }
    return text;
}

QString EidoDocument::telUri(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (number.trimmed().startsWith(QLatin1Char('+')))
        return QStringLiteral("tel:+") + digits;
    if (digits.startsWith(QLatin1String("62")) && digits.size() >= 10)
        return QStringLiteral("tel:+") + digits;
    if (digits.startsWith(QLatin1Char('0')) && digits.size() >= 8)
        return QStringLiteral("tel:+62") + digits.mid(1);
    return QStringLiteral("tel:%1;phone-context=+62").arg(digits);
}

QString EidoDocument::locationByValue(const QString &entity, std::optional<std::pair<double, double>> latLon,
                                      double radiusM, const CivicAddress &civic)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("presence"));
    xml.writeDefaultNamespace(Pidf);
    xml.writeNamespace(Geopriv, QStringLiteral("gp"));
    xml.writeNamespace(Gml, QStringLiteral("gml"));
    xml.writeNamespace(GeoShape, QStringLiteral("gs"));
    xml.writeNamespace(Civic, QStringLiteral("ca"));
    xml.writeAttribute(QStringLiteral("entity"), entity);
    xml.writeStartElement(Pidf, QStringLiteral("tuple"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("location"));
    xml.writeStartElement(Pidf, QStringLiteral("status"));
    xml.writeStartElement(Geopriv, QStringLiteral("geopriv"));
    xml.writeStartElement(Geopriv, QStringLiteral("location-info"));
    if (latLon) {
        const QString pos
            = QString::number(latLon->first, 'f', 6) + QLatin1Char(' ') + QString::number(latLon->second, 'f', 6);
        // A point, or a circle when the network gave an uncertainty (RFC 5491).
        if (radiusM > 0) {
            xml.writeStartElement(GeoShape, QStringLiteral("Circle"));
            xml.writeAttribute(QStringLiteral("srsName"), QStringLiteral("urn:ogc:def:crs:EPSG::4326"));
            xml.writeTextElement(Gml, QStringLiteral("pos"), pos);
            xml.writeStartElement(GeoShape, QStringLiteral("radius"));
            xml.writeAttribute(QStringLiteral("uom"), QStringLiteral("urn:ogc:def:uom:EPSG::9001"));
            xml.writeCharacters(QString::number(radiusM, 'f', 0));
            xml.writeEndElement();
            xml.writeEndElement();
        } else {
            xml.writeStartElement(Gml, QStringLiteral("Point"));
            xml.writeAttribute(QStringLiteral("srsName"), QStringLiteral("urn:ogc:def:crs:EPSG::4326"));
            xml.writeTextElement(Gml, QStringLiteral("pos"), pos);
            xml.writeEndElement();
        }
    }
    if (!civic.isEmpty()) {
        xml.writeStartElement(Civic, QStringLiteral("civicAddress"));
        xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("id"));
        xml.writeTextElement(Civic, QStringLiteral("country"), QStringLiteral("ID"));
        // RFC 5139 wants the elements in this order: A1 … A4, then LOC.
        const std::pair<const char *, const QString *> elements[] = {{"A1", &civic.province},
                                                                     {"A2", &civic.area},
                                                                     {"A3", &civic.kecamatan},
                                                                     {"A4", &civic.village},
                                                                     {"LOC", &civic.address}};
        for (const auto &[name, value] : elements) {
            if (!value->isEmpty())
                xml.writeTextElement(Civic, QLatin1String(name), *value);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // location-info
    // Empty usage rules: the recipient may not pass the location on (RFC 4119).
    xml.writeEmptyElement(Geopriv, QStringLiteral("usage-rules"));
    xml.writeEndElement(); // geopriv
    xml.writeEndElement(); // status
    xml.writeEndElement(); // tuple
    xml.writeEndElement(); // presence
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
    // Every $id is a URN under the room's, so it is unique beyond the room (PrologueType).
    const QString roomId = QStringLiteral("urn:sigap112:room:") + context.room;
    const QString incidentId = roomId + QStringLiteral(":incident:") + incident->id;
    const QString receivingAgencyId = QStringLiteral("urn:sigap112:agency:") + agency.id;
    const QString placeId = incidentId + QStringLiteral(":location");
    const auto agentId = [&roomId](const QString &actor) { return roomId + QStringLiteral(":agent:") + actor; };
    const qint64 updatedMs = lastUpdateMs(*incident);
    const QString updated = timeStamp(updatedMs, zone);
    const qint64 sentMs = handoff.at(HandoffState::Sent).value_or(updatedMs);
    const QString documentUpdated = timeStamp(std::max(sentMs, updatedMs), zone);

    // Location: the incident's point and its kelurahan (by code from the gazetteer).
    const Village *kelurahan = gazetteer.byKode(incident->kelurahan());
    QJsonArray locations;
    QJsonObject place = component(placeId, updated, roomId);
    place.insert(QStringLiteral("locationTypeDescriptionRegistryText"), QStringLiteral("CurrentIncident"));
    place.insert(
        QStringLiteral("locationByValue"),
        locationByValue(QStringLiteral("pres:incident-") + incident->id + QLatin1Char('@') + context.room,
                        incident->position(), 0,
                        CivicAddress{context.province, context.area, kelurahan ? kelurahan->kecamatanName : QString(),
                                     kelurahan ? kelurahan->name : QString(), incident->address()}));
    if (!incident->kelurahan().isEmpty())
        place.insert(QStringLiteral("localIdentifier"), QJsonArray{incident->kelurahan()});
    locations.append(place);

    // Calls linked to the incident: how to call back, and the caller's positions when the
    // call had them: the network's, and the handset's own fix (AML).
    QJsonArray callComponents, callbacks;
    QStringList callbackNumbers;
    for (const QString &linked : incident->calls) {
        const Call *call = calls.call(linked);
        if (!call || !call->offered)
            continue;
        const QString id = roomId + QStringLiteral(":call:") + call->id;
        QJsonObject c = component(id, timeStamp(lastUpdateMs(*call), zone), roomId);
        c.insert(QStringLiteral("callStartTimestamp"), timeStamp(call->offeredMs(), zone));
        c.insert(QStringLiteral("direction"), QStringLiteral("incoming"));
        c.insert(QStringLiteral("standardPrimaryCallType"), QStringLiteral("emergency"));
        c.insert(QStringLiteral("callStateRegistryText"), callState(*call));
        if (call->answeredStamp)
            c.insert(QStringLiteral("answerDate"), timeStamp(Hlc::wallMs(call->answeredStamp->hlc), zone));
        if (!call->number.isEmpty()) {
            const QString callbackId = id + QStringLiteral(":callback");
            QJsonObject callback = component(callbackId, timeStamp(call->offeredMs(), zone), roomId);
            callback.insert(QStringLiteral("callBackInformationUri"), QJsonArray{telUri(call->number)});
            callbacks.append(callback);
            callbackNumbers << telUri(call->number);
            c.insert(QStringLiteral("callBackReference"), ref(callbackId));
        }
        QJsonArray callerLocations;
        if (call->callerPosition) {
            const QString callerLocation = id + QStringLiteral(":location");
            QJsonObject location = component(callerLocation, timeStamp(call->offeredMs(), zone), roomId);
            location.insert(QStringLiteral("locationTypeDescriptionRegistryText"), QStringLiteral("Caller"));
            location.insert(QStringLiteral("locationByValue"),
                            locationByValue(QStringLiteral("pres:call-") + call->id + QLatin1Char('@') + context.room,
                                            call->callerPosition, call->callerRadiusM, {}));
            locations.append(location);
            callerLocations.append(ref(callerLocation));
        }
        if (const auto &fix = call->deviceLocation) {
            const QString deviceLocation = id + QStringLiteral(":device-location");
            QJsonObject location
                = component(deviceLocation, timeStamp(fix->atMs > 0 ? fix->atMs : fix->receivedMs, zone), roomId);
            location.insert(QStringLiteral("locationTypeDescriptionRegistryText"), QStringLiteral("Caller"));
            location.insert(QStringLiteral("locationByValue"),
                            locationByValue(QStringLiteral("pres:call-") + call->id + QLatin1Char('@') + context.room,
                                            std::make_pair(fix->lat, fix->lon), fix->radiusM, {}));
            locations.append(location);
            callerLocations.append(ref(deviceLocation));
        }
        if (!callerLocations.isEmpty())
            c.insert(QStringLiteral("locationReference"), callerLocations);
        callComponents.append(c);
    }

    // The caller's number written on the incident, when no linked call carries it (taken by
    // phone at another desk, typed in from a radio message): the agency can still call back.
    if (!incident->caller().isEmpty() && !callbackNumbers.contains(telUri(incident->caller()))) {
        QJsonObject callback = component(incidentId + QStringLiteral(":callback"), updated, roomId);
        callback.insert(QStringLiteral("callBackInformationUri"), QJsonArray{telUri(incident->caller())});
        callbacks.append(callback);
    }

    // Notes, oldest first, each pointing at the operator who wrote it.
    QJsonArray notes, noteReferences;
    QStringList agentActors;
    for (const auto &[stamp, note] : incident->notes) {
        const QString id
            = roomId + QStringLiteral(":note:") + stamp.origin + QLatin1Char('-') + QString::number(stamp.seq);
        QJsonObject n = component(id, timeStamp(Hlc::wallMs(stamp.hlc), zone), roomId);
        n.insert(QStringLiteral("notesActionComments"), noteHtml(note.text));
        n.insert(QStringLiteral("agentReference"), ref(agentId(note.actor)));
        notes.append(n);
        noteReferences.append(ref(id));
        if (!agentActors.contains(note.actor))
            agentActors.append(note.actor);
    }

    // The handoff itself: the room dispatched the incident to the agency.
    QJsonObject dispatch
        = component(roomId + QStringLiteral(":handoff:") + context.sendEventId, timeStamp(sentMs, zone), roomId);
    dispatch.insert(QStringLiteral("agencyReference"), ref(receivingAgencyId));
    if (!context.updateNote.isEmpty()) {
        const QString id = roomId + QStringLiteral(":update:") + context.updateEventId;
        QJsonObject n = component(id, timeStamp(context.updateMs, zone), roomId);
        n.insert(QStringLiteral("notesActionComments"), noteHtml(context.updateNote));
        notes.append(n);
        dispatch.insert(QStringLiteral("notesReference"), refs(id));
    }
    const auto sender = handoff.reachedBy.find(HandoffState::Sent);
    if (sender != handoff.reachedBy.end() && !sender->second.isEmpty()) {
        dispatch.insert(QStringLiteral("agentReference"), ref(agentId(sender->second)));
        if (!agentActors.contains(sender->second))
            agentActors.append(sender->second);
    }

    QJsonArray agents;
    for (const QString &actor : std::as_const(agentActors)) {
        QJsonObject a = component(agentId(actor), documentUpdated, roomId);
        a.insert(QStringLiteral("agentRoleRegistryText"), QJsonArray{QStringLiteral("Call Taking")});
        a.insert(QStringLiteral("agencyReference"), ref(roomId));
        agents.append(a);
    }

    const Category *category = categories.incidentCategory(incident->category());
    QJsonObject incidentComponent = component(
        incidentId + QStringLiteral(":information"), updated, roomId,
        {
            {QStringLiteral("internalIncidentId"), incident->id},
            {QStringLiteral("incidentTypeInternalCode"), incident->category()},
            {QStringLiteral("incidentTypeCommonRegistryText"), category ? category->labelEn : incident->category()},
            {QStringLiteral("incidentStatusInternalText"), QJsonArray{IncidentStatuses::name(incident->status)}},
            {QStringLiteral("locationReference"), refs(placeId)},
        });
    if (category && !category->labelId.isEmpty())
        incidentComponent.insert(QStringLiteral("incidentTypeInternalText"), category->labelId);
    if (incident->priority() > 0)
        incidentComponent.insert(QStringLiteral("incidentPriorityInternalText"), QString::number(incident->priority()));
    if (!noteReferences.isEmpty())
        incidentComponent.insert(QStringLiteral("notesReference"), noteReferences);

    const QJsonObject room = component(
        roomId, documentUpdated, roomId,
        {
            {QStringLiteral("agencyJcard"),
             jCard(context.roomName.isEmpty() ? QStringLiteral("Call Center 112 ") + context.room : context.roomName)},
            {QStringLiteral("agencyType"), QJsonArray{QStringLiteral("psap")}},
            {QStringLiteral("agencyRoleDescriptionRegistryText"), QJsonArray{QStringLiteral("CallReceiving")}},
            {QStringLiteral("incidentOwningAgencyIndicator"), true},
        });
    const QJsonObject receiving
        = component(receivingAgencyId, documentUpdated, roomId,
                    {
                        {QStringLiteral("agencyJcard"), jCard(agency.name)},
                        {QStringLiteral("agencyType"), QJsonArray{agency.kind}},
                        {QStringLiteral("agencyRoleDescriptionRegistryText"), QJsonArray{QStringLiteral("Dispatch")}},
                        {QStringLiteral("incidentOwningAgencyIndicator"), false},
                    });

    QJsonObject document = component(
        incidentId, documentUpdated, roomId,
        {
            {QStringLiteral("eidoVersion"), QStringLiteral("1.0")},
            {QStringLiteral("issuingElementIdentification"), roomId + QStringLiteral(":desk:") + context.desk},
            {QStringLiteral("incidentComponent"), incidentComponent},
            {QStringLiteral("locationComponent"), locations},
            {QStringLiteral("dispatchComponent"), QJsonArray{dispatch}},
            {QStringLiteral("agencyComponent"), QJsonArray{room, receiving}},
        });
    if (!callComponents.isEmpty())
        document.insert(QStringLiteral("callComponent"), callComponents);
    if (!callbacks.isEmpty())
        document.insert(QStringLiteral("callbackComponent"), callbacks);
    if (!notes.isEmpty())
        document.insert(QStringLiteral("notesComponent"), notes);
    if (!agents.isEmpty())
        document.insert(QStringLiteral("agentComponent"), agents);
    return document;
}

} // namespace Sigap
