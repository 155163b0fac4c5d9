#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sigap {

// How the handset found its position (ETSI TS 103 625 "pm").
enum class AmlMethod { Gnss, Wifi, Cell, NoLocation };

// One Advanced Mobile Location SMS (or SIP MESSAGE body), version 1, as decoded. Fields the
// handset left out (or sent empty) are absent.
struct AmlMessage
{
    int version = 1;
    std::optional<double> lat;          // lt, WGS84 decimal degrees
    std::optional<double> lon;          // lg
    std::optional<double> radiusM;      // rd, metres; 0 means unknown
    std::optional<qint64> positionedMs; // top, UTC
    std::optional<int> confidence;      // lc, percent
    std::optional<AmlMethod> method;    // pm
    QString imsi;                       // si
    QString imei;                       // ei
    QString mcc;                        // kept as text: "01" and "1" are different networks
    QString mnc;
    int length = 0;          // ml, equal to the text's own length once accepted
    QStringList unknownKeys; // keys this version does not know, in their order

    bool hasPosition() const { return lat && lon; }
    QJsonObject toJson() const;
};

// Decodes the AML SMS body of ETSI TS 103 625 (EENA's AML specification), e.g.
//   A"ML=1;lt=+54.76397;lg=-0.18305;rd=50;top=20130717141935;lc=90;pm=W;si=123456789012345;
//   ei=1234567890123456;mcc=234;mnc=30;ml=128
// A pure function of the text: no clock, no state. What it accepts and refuses:
//  - the header A"ML=1 comes first; any other version is refused. "AML=1" is accepted too,
//    because some SMS gateways drop the '"' when they convert from the GSM 7-bit alphabet;
//    the length check then counts the dropped character;
//  - then key=value fields in any order (handsets differ), each key once; keys this version
//    does not know are kept by name and otherwise ignored (a newer handset may add some, and
//    losing a 112 caller's location over an extra field would be worse);
//  - an empty value counts as absent (a "no location" message sends lt= and lg= empty);
//    empty fields (";;") and one trailing ';' are skipped; whitespace and CR/LF around the
//    whole text, which gateways add, are trimmed;
//  - ml is required and must equal the length of the text (header and ml included), with
//    or without a trailing ';': it is the only guard against an SMS cut short or joined
//    wrongly from its parts;
//  - lt and lg come together, within ±90 and ±180; rd is metres (a fraction is accepted),
//    top is YYYYMMDDhhmmss in UTC and a real time, lc a whole 0 to 100, pm one of G, W, C,
//    N (any case), si up to 15 digits, ei 14 to 16 digits, mcc 3 and mnc 2 or 3 digits;
//    pm=N with a position is contradictory and refused.
// The error names the first bad field in the order of the text, e.g. lt: "abc" is not a
// latitude; missing and mismatched fields come after every present field was checked.
class Aml
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::Aml)

public:
    static constexpr int MaxLength = 1000; // a few joined SMS parts; a real AML body is ~130

    static Result<AmlMessage> parse(const QString &text);
    // "G", "W", "C" or "N", as in the message.
    static QString methodCode(AmlMethod method);
    static std::optional<AmlMethod> methodFromCode(const QString &code);
    // A person's word for it: GNSS, Wi-Fi, cell, no location.
    static QString methodName(AmlMethod method);
};

} // namespace Sigap
