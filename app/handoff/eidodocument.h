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

// Who sends the document and for which send event; the event id makes the message id
// stable, so a resend of the same handoff.sent is the same message to the agency.
struct EidoContext
{
    QString room;        // the 112 room, the sending system
    QString desk;        // the desk whose log holds the send event
    QString sendEventId; // "origin-seq" of the handoff.sent event
    QTimeZone timeZone;  // the room's, for ISO 8601 times with the local offset
};

// The NENA EIDO (NENA-STA-021, Emergency Incident Data Object) JSON of one incident handed
// to one agency.
//
// Names as EIDO JSON documents written to NENA-STA-021 use them (found in published EIDO
// examples; the standard's own schema file was not at hand, so these are as good as those
// examples):
//   top level:          $id, eidoMessageIdentifier, sendingSystemIdentifier,
//                       lastUpdateTimeStamp, messageKind ("Report")
//   incidentComponent:  componentIdentifier, incidentTrackingIdentifier, lastUpdateTimeStamp,
//                       incidentTypeCommonRegistryText, incidentStatusCommonRegistryText,
//                       locationReference {$ref}, updatedByAgencyReference {$ref}
//   locationComponent:  $id, componentIdentifier, lastUpdateTimeStamp, locationByValue (a
//                       PIDF-LO <location-info> with a gml:Point and an RFC 5139
//                       ca:civicAddress: country ID, A3 kecamatan, A4 kelurahan, LOC the
//                       address as the caller gave it)
//   agencyComponent:    $id, agencyName, agencyIdentifier
//   notesComponent:     componentIdentifier, noteText, noteDateTimeStamp, authorReference {$ref}
//   personComponent:    $id, personIdentifier, personNameText (the authors of notes)
//
// Decisions where no EIDO name could be confirmed (kept in the same naming style, so an
// agency's parser can read them; they are ours, not the standard's):
//   - incidentTypeCommonRegistryText carries our category's English label and
//     incidentStatusCommonRegistryText our incident status name ("new", "in_progress", …):
//     the NENA registries' own values could not be looked up, and no mapping is guessed.
//   - $schema is left out: the schema URI of NENA-STA-021 could not be confirmed offline,
//     and a wrong one is worse than none. Receivers know the document by the endpoint and
//     by eidoMessageIdentifier.
//   - incidentComponent: incidentTypeInternalCode (our category code, e.g. "banjir"),
//     incidentCommonPriorityNumber (1 highest to 4), callReference [{$ref}] to the calls,
//     incidentReceivingAgencyReference {$ref} the agency the incident is handed to.
//   - callComponent: $id, componentIdentifier, callTrackingIdentifier (our call id),
//     callFromURI ("tel:" number), callStartTimeStamp (offered), callAnswerTimeStamp,
//     callEndTimeStamp; the caller's network position is a second locationComponent.
//   - locationComponent: locationKelurahanCode (Kemendagri code, which PIDF-LO has no
//     element for).
//   - agencyComponent: agencyTypeText (damkar, psc119, bpbd, ...); the room itself is the
//     first agency ("agency-112"), the receiving agency the second.
// Times are ISO 8601 with the room's offset ("2026-11-23T15:04:05.000+08:00").
class EidoDocument
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::EidoDocument)

public:
    static Result<QJsonObject> build(const Handoff &handoff, const Agency &agency, const IncidentProjection &incidents,
                                     const CallProjection &calls, const Gazetteer &gazetteer,
                                     const Categories &categories, const EidoContext &context);

    static QString timeStamp(qint64 ms, const QTimeZone &zone);
    // "urn:uuid:…", a name-based (v5) UUID of the room, the send event and the agency.
    static QString messageIdentifier(const QString &room, const QString &sendEventId, const QString &agency);
    // A PIDF-LO location-info fragment (RFC 4119, RFC 5139, GML point in EPSG:4326).
    static QString locationByValue(std::optional<std::pair<double, double>> latLon, double radiusM,
                                   const QString &kecamatan, const QString &kelurahan, const QString &address);
};

} // namespace Sigap
