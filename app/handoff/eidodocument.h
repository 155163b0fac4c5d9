#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace Sigap {

struct Agency;
struct Handoff;
class CallProjection;
class Categories;
class Gazetteer;
class IncidentProjection;

// Who sends the document and for which send event; the event id names the dispatch
// component, so every resend of one handoff.sent carries the same ids.
struct EidoContext
{
    QString room;        // the 112 room, the sending system
    QString desk;        // the desk whose log holds the send event
    QString sendEventId; // "origin-seq" of the handoff.sent event
    QTimeZone timeZone;  // the room's, for ISO 8601 times with the local offset
    QString roomName;    // "Call Center 112 Kabupaten Banjar", the room's jCard name
    QString province;    // civic address A1
    QString area;        // civic address A2: the kota or kabupaten
    // An update after delivery (the room cancelled the handoff, or took the agency's refusal
    // by phone): what changed, as a note of the dispatch. Empty: the first document.
    QString updateNote;
    QString updateEventId; // "origin-seq" of the event that changed it
    qint64 updateMs = 0;   // when that change was written
};

// An RFC 5139 civic address as Indonesia's administration nests it.
struct CivicAddress
{
    QString province;  // A1
    QString area;      // A2: Kabupaten Banjar, Kota Banjarmasin
    QString kecamatan; // A3
    QString village;   // A4: the desa or kelurahan
    QString address;   // LOC: as the caller said it

    bool isEmpty() const { return kecamatan.isEmpty() && village.isEmpty() && address.isEmpty(); }
};

// The NENA EIDO (NENA-STA-021.1, Emergency Incident Data Object) JSON of one incident handed
// to one agency.
//
// Names, nesting, types and required fields are checked against NENA's own schema, in the
// NENA911/EIDO-JSON repository: Schema/openapi.yaml (OpenAPI 3.0.2, info version 1.0.0,
// eidoVersion "1.0", commit 7f62055; the repository has no separate JSON schema file), and
// the shape of values against its Samples/Sample call transfer EIDO.json
// (Samples/Sample_EIDO.json is of an older draft). Every data component, and the EIDO itself,
// starts with the schema's prologue: $id, lastUpdateTimeStamp, updatedByAgencyReference. A
// reference is {"$ref": "<$id>"}, and one the schema types as an array is an array, even of
// one.
//   EIDO:               $id (the incident), lastUpdateTimeStamp, updatedByAgencyReference,
//                       eidoVersion "1.0", issuingElementIdentification (the sending desk)
//   incidentComponent:  one object, not an array: incidentTypeInternalCode (our category code),
//                       incidentTypeInternalText (its Indonesian label),
//                       incidentTypeCommonRegistryText (its English label), internalIncidentId
//                       (our incident id), incidentStatusInternalText [],
//                       incidentPriorityInternalText, locationReference [], notesReference []
//   callComponent:      $id (the call), callStartTimestamp (offered), answerDate, direction
//                       "incoming", standardPrimaryCallType "emergency", callStateRegistryText
//                       (callBegin, callAnswered, callEnd), callBackReference, locationReference []
//   callbackComponent:  callBackInformationUri [an RFC 3966 global number, tel:+62…]; also for a
//                       caller's number on the incident that no linked call carries
//   locationComponent:  locationTypeDescriptionRegistryText ("CurrentIncident" for the incident's
//                       place, "Caller" for the caller's network position and for the handset's
//                       own AML fix), locationByValue (a PIDF-LO presence document, RFC 4119, with
//                       a gml:Point or a gs:Circle and an RFC 5139 civicAddress: country ID, A1
//                       province, A2 kabupaten/kota, A3 kecamatan, A4 desa/kelurahan, LOC the
//                       address as the caller gave it; its usage rules are empty, RFC 4119's
//                       default: the agency may not pass the location on), localIdentifier [the
//                       kelurahan's Kemendagri code, which PIDF-LO has no element for]
//   dispatchComponent:  the handoff: agencyReference (the receiving agency), agentReference (who
//                       sent it), notesReference [the update's note, in an update]
//   agencyComponent:    the room ($id urn:sigap112:room:ROOM) and the receiving agency ($id
//                       urn:sigap112:agency:ID): agencyJcard (an RFC 7095 jCard with the name as
//                       fn), agencyType [], agencyRoleDescriptionRegistryText [],
//                       incidentOwningAgencyIndicator (the room keeps the incident)
//   agentComponent:     the desk operators who wrote notes or sent the handoff: $id,
//                       agencyReference (the room), agentRoleRegistryText []
//   notesComponent:     notesActionComments (HTML5, so the note is escaped and its line breaks are
//                       <br>), agentReference; its lastUpdateTimeStamp is when it was written
//
// Decisions where the schema leaves a choice, or our data has no place in it:
//   - The EIDO's $id is the incident, as in NENA's sample and the schema's GET /EIDO/{IncidentId}.
//     The i3 form urn:emergency:uid:incidentid:...:DOMAIN (NENA-STA-010) needs an agency domain
//     the room's configuration does not have, so every $id is a URN under urn:sigap112:room:ROOM.
//     A resend of one send is recognised by its Idempotency-Key header (eidosender.h): the schema
//     has no message identifier, so the former eidoMessageIdentifier is gone.
//   - Dropped because the schema has no place for them: messageKind; callReference on the
//     incident (the calls of an EIDO are its incident's); callEndTimeStamp (CallInformationType
//     has no end time; callStateRegistryText "callEnd" says the call ended); personNameText
//     (note authors are agents, not persons of the incident, and AgentType has no name field:
//     their operator id is their $id). Nothing goes outside the schema's properties: its only
//     extension point, eidoExtensionId, takes ids from a NENA registry we have none in.
//   - Our category, status and priority are not the NENA registries' or the common priority
//     scale, and no mapping is guessed: status and priority (1 highest to 4) go into the
//     schema's Internal fields, and the Common ones are left out, except
//     incidentTypeCommonRegistryText, which the schema requires: it carries our English label.
//   - Other registry values are those NENA's samples and the schema's descriptions use, the
//     registries themselves not checked: agencyType "psap" for the room (a receiving agency
//     carries our kind, e.g. "bpbd", not mapped onto the IANA responder registry),
//     agencyRoleDescriptionRegistryText "CallReceiving" (the room) and "Dispatch" (the agency),
//     agentRoleRegistryText "Call Taking" (a note does not keep its author's role),
//     locationTypeDescriptionRegistryText "Caller" and "CurrentIncident" (the Location Type
//     registry of NENA-STA-021.1a section 3.8, as EIDO implementations quote it).
//   - @context is left out: the schema's only value for it is a path inside NENA's repository,
//     which a receiver cannot resolve; the schema declares no $schema either.
//   - Agencies and agents, which we keep no history of, carry the document's time as their
//     lastUpdateTimeStamp.
// Times are RFC 3339 date-time, as the schema's format says, with the room's offset
// ("2026-11-23T15:04:05.000+08:00").
class EidoDocument
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::EidoDocument)

public:
    static Result<QJsonObject> build(const Handoff &handoff, const Agency &agency, const IncidentProjection &incidents,
                                     const CallProjection &calls, const Gazetteer &gazetteer,
                                     const Categories &categories, const EidoContext &context);

    static QString timeStamp(qint64 ms, const QTimeZone &zone);
    // A PIDF-LO presence document of one location (RFC 4119; RFC 5139 civic address; a GML
    // point in EPSG:4326, or a circle, RFC 5491, when radiusM > 0). entity is the presentity's
    // "pres:" URI.
    static QString locationByValue(const QString &entity, std::optional<std::pair<double, double>> latLon,
                                   double radiusM, const CivicAddress &civic);
    // An RFC 3966 tel URI of an Indonesian number, global (E.164) where it can be: 0812…,
    // 62812… and +62812… all become tel:+62812…; a short service number (113) stays local,
    // tel:113;phone-context=+62.
    static QString telUri(const QString &number);
};

} // namespace Sigap
