#pragma once

#include <QString>

namespace Sigap::PinHash {

// A PIN or password as it is kept: PBKDF2-HMAC-SHA256 over a random 16-byte salt, written
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in base64). The PIN itself is never
// kept anywhere; the iterations travel with the hash, so they can be raised later without
// making the hashes already in the room's log unreadable.
//
// 600,000 iterations is OWASP's figure for PBKDF2-HMAC-SHA256 (2023). A PIN has few digits,
// so the slow hash alone does not save a stolen store; what protects a desk is the lockout
// after a few wrong tries (OperatorDirectory) and the room key that keeps the log off the LAN.
constexpr int DefaultIterations = 600000;
constexpr int MinimumIterations = 10000;    // a hash claiming fewer is not accepted
constexpr int MaximumIterations = 10000000; // nor one that would keep a desk busy for minutes

//
// With a pepper (a secret derived from the room key, which every desk of the room holds and
// the log never does), the PIN goes through HMAC-SHA256 under the pepper first and the hash is
// written "pbkdf2-sha256-peppered$...": a copied store alone then gives nothing to guess PINs
// against offline. Hashes made without one still verify.
QString make(const QString &pin, int iterations = DefaultIterations, const QByteArray &pepper = {});
// Constant time in the hash comparison; false for anything that is not a well-formed hash,
// and for a peppered hash when no pepper is given.
bool verify(const QString &pin, const QString &encoded, const QByteArray &pepper = {});
bool isWellFormed(const QString &encoded);
bool isPeppered(const QString &encoded);

} // namespace Sigap::PinHash
