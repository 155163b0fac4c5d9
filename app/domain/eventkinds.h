#pragma once

#include <QString>

// The event kinds this version folds. Kinds are versioned by EventDraft::kindVersion; an
// unknown kind or version is stored and relayed untouched, never dropped (a newer desk in
// the room may have written it).
namespace Sigap::EventKind {

// Subject: empty; the new incident's id is the event's own id ("origin-seq").
// Payload: category, priority, caller, kelurahan, lat, lon, address, note, call
inline const QString IncidentCreated = QStringLiteral("incident.created");
// Subject: incident id. Payload: any of the scalar fields (category, priority, caller,
// kelurahan, lat, lon, address, duplicate_of); last writer wins per field by (hlc, origin).
inline const QString IncidentUpdated = QStringLiteral("incident.updated");
// Subject: incident id. Payload: text. Notes are a grow-only set.
inline const QString IncidentNoteAdded = QStringLiteral("incident.note_added");
// Subject: incident id. Payload: to (a status name). Checked against the state machine.
inline const QString IncidentStatusChanged = QStringLiteral("incident.status_changed");
// Subject: incident id. Payload: call (call id). One register per (incident, call): the
// latest of linked and unlinked wins (unlinked undoes a duplicate link made by mistake).
inline const QString IncidentCallLinked = QStringLiteral("incident.call_linked");
inline const QString IncidentCallUnlinked = QStringLiteral("incident.call_unlinked");
// Subject: incident id. Payload: to (operator id), from (the owner before, for the record).
// A shift lead gave the incident to another operator, or took it over (to: the lead); the
// newest by stamp holds (Incident::owner). The receiving desk alerts its operator.
inline const QString IncidentReassigned = QStringLiteral("incident.reassigned");

// Calls, folded by CallProjection. Subject: the call id.
// offered {number, trunk, [lat, lon, radius_m]}: the call reached the room and rings.
// answered {}: a desk took it (the event's origin; the actor is whoever was signed in there);
//   the earliest answer by stamp owns the call.
// classified {outcome, [incident]}: prank, ghost, info, wrong number, or an incident; an
//   empty outcome withdraws the classification (the link to an incident was undone).
// ended {}: the conversation is over. abandoned {}: the caller hung up while it rang.
inline const QString CallOffered = QStringLiteral("call.offered");
inline const QString CallAnswered = QStringLiteral("call.answered");
inline const QString CallClassified = QStringLiteral("call.classified");
inline const QString CallEnded = QStringLiteral("call.ended");
inline const QString CallAbandoned = QStringLiteral("call.abandoned");
// location_received {number, lat, lon, radius_m, at_ms, received_ms, [method, confidence,
//   text]}: the caller's handset sent its position (AML, telephony/aml.h) by SMS or SIP
//   MESSAGE. Subject: the call it was matched to (AmlReceiver), or empty when no call from
//   the number was offered within the window; the receiving desk records it again for a
//   call from the number offered within the minute after (AmlWaitingList). at_ms is the handset's time of positioning
//   (the receipt's when it sent none). The call keeps the newest positioning time; equal
//   times are ordered by stamp.
inline const QString CallLocationReceived = QStringLiteral("call.location_received");
// recorded {path, sha256, duration_ms, [callback]}: the desk that answered the call (the actor) keeps its
//   recording at path (a WAV file in its data folder); the checksum proves it unaltered. The
//   file stays on that desk and follows the room's retention settings; the event is synced.
inline const QString CallRecorded = QStringLiteral("call.recorded");
// recording_removed {path, reason}: the desk that kept the recording deleted the file, under
//   the room's retention ("retention"); the event stays, so the timeline says what was there.
inline const QString CallRecordingRemoved = QStringLiteral("call.recording_removed");
// retention_set {recordings_days}, subject "room": how long every desk keeps the recordings
//   it made (telephony/recordingretention.h); 0: for ever. The newest by stamp holds.
inline const QString RoomRetentionSet = QStringLiteral("room.retention_set");
// shifts_set {starts_min}, subject "room": the times of day (minutes after midnight, room
//   time, ascending) at which the room's shifts begin (reports/shifts.h); the newest by stamp
//   holds, and one that is not a valid set of shifts leaves the three default ones.
inline const QString RoomShiftsSet = QStringLiteral("room.shifts_set");
// config_published {hash, archive}, subject "room-config": an administrator's room
//   configuration (config/roomconfiguration.h) for every desk of the room: archive holds its
//   files (config/configarchive.h), hash their SHA-256 as RoomConfiguration computes it. The
//   newest by stamp that took effect holds; each desk checks it before it applies it whole.
inline const QString RoomConfigPublished = QStringLiteral("room.config_published");
// hold_changed {held}: the desk in conversation put the caller on hold (true) or back.
inline const QString CallHoldChanged = QStringLiteral("call.hold_changed");
// transferred {number, [agency]}: the desk put the caller through to an agency's number
//   (blind transfer); the call ends at the desk, which still gives it an outcome.
inline const QString CallTransferred = QStringLiteral("call.transferred");
// transfer_failed {}: the agency did not take the transferred caller, who is still on the
//   desk's line. The newer of transferred and transfer_failed holds.
inline const QString CallTransferFailed = QStringLiteral("call.transfer_failed");
// callback_placed {number, callback}: the desk called the caller back; callback is the
//   outgoing call's id, which its recording (call.recorded {..., callback}) names too.
// callback_ended {callback, connected}: the call-back is over; connected: the caller answered.
inline const QString CallBackPlaced = QStringLiteral("call.callback_placed");
inline const QString CallBackEnded = QStringLiteral("call.callback_ended");

// Handoffs, folded by HandoffProjection. Subject: the incident id; one handoff per
// (incident, agency), replayed in stamp order through its state machine (handoff.h).
// sent {agency, channel, [received_by]}: handed to the agency (again, after a refusal).
// status_changed {agency, to, [reason]}: acknowledged, dispatched, en_route, on_scene,
//   finished, rejected or cancelled.
inline const QString HandoffSent = QStringLiteral("handoff.sent");
inline const QString HandoffStatusChanged = QStringLiteral("handoff.status_changed");
// The EIDO channel (handoff/eidosender.h), written by the desk that wrote the send:
// delivered {agency, send, attempts, http_status}: the agency's endpoint took the EIDO
//   document of the handoff.sent event `send` ("origin-seq"); a restart does not resend it.
// delivery_failed {agency, send, attempts, http_status, reason}: the endpoint refused it
//   (4xx); not retried, the operator hands the incident on by phone.
// Folded by HandoffProjection beside the state machine, which they do not move.
inline const QString HandoffDelivered = QStringLiteral("handoff.delivered");
inline const QString HandoffDeliveryFailed = QStringLiteral("handoff.delivery_failed");

// Agency units, folded by UnitProjection. Subject: the unit id (of the room's unit roster).
// status_changed {to, [incident, agency]}: available, dispatched, en_route, on_scene or
//   out_of_service, replayed in stamp order through the unit's state machine (unitstatus.h).
//   dispatched names the incident and the agency whose handoff the unit is assigned to.
inline const QString UnitStatusChanged = QStringLiteral("unit.status_changed");

// Operators, folded by OperatorDirectory (auth/operatordirectory.h). Subject: the operator id.
// registered {name, roles, [agency], active}: who the operator is (roles: a list of role
//   names, auth/roles.h; agency: a liaison's); the newest by stamp holds, so a later one edits.
// pin_set {pin_hash}: the PIN as auth/pinhash.h keeps it (never the PIN); the newest holds.
// signed_in {}, signed_out {}: at the desk that wrote it (the event's origin); per desk, the
//   newer of the two holds.
// sign_in_refused {}: a wrong PIN at that desk. OperatorDirectory::MaxFailedSignIns since the
//   newest signed_in, pin_set or unlocked lock the operator out, for LockoutMs after the last.
// unlocked {}: a shift lead or an administrator lifted a lockout.
inline const QString OperatorRegistered = QStringLiteral("operator.registered");
inline const QString OperatorPinSet = QStringLiteral("operator.pin_set");
inline const QString OperatorSignedIn = QStringLiteral("operator.signed_in");
inline const QString OperatorSignedOut = QStringLiteral("operator.signed_out");
inline const QString OperatorSignInRefused = QStringLiteral("operator.sign_in_refused");
inline const QString OperatorUnlocked = QStringLiteral("operator.unlocked");

// The shift lead's journal, folded by LeadJournal (lead/leadjournal.h).
// answered {key, [note]}, subject the escalation's key (lead/escalations.h): a shift lead saw
//   the escalation and said what is done; the earliest answer by stamp holds.
inline const QString EscalationAnswered = QStringLiteral("escalation.answered");
// handover_written {note, open (incident ids), shift_from_ms, shift_to_ms}: the outgoing
//   lead's handover of the shift; its id is the event's own id ("origin-seq").
// handover_accepted {}, subject the handover's id: the incoming lead countersigned it (with
//   their PIN, at the same desk); the earliest countersignature by stamp holds.
inline const QString HandoverWritten = QStringLiteral("shift.handover_written");
inline const QString HandoverAccepted = QStringLiteral("shift.handover_accepted");

} // namespace Sigap::EventKind
