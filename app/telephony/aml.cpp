#include "aml.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Sigap {

namespace {

const QString HeaderKey = QStringLiteral("A\"ML");
const QString QuotelessHeaderKey = QStringLiteral("AML");

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9'); // QChar::isDigit takes any script's digits
}

// minDigits to maxDigits ASCII digits and nothing else.
bool isDigits(QStringView value, int minDigits, int maxDigits)
{
    return value.size() >= minDigits && value.size() <= maxDigits
           && std::all_of(value.begin(), value.end(), isAsciiDigit);
}

// [sign] 1..maxWhole digits [. 1..maxFraction digits]: what handsets write, and nothing that
// QString::toDouble would also take (exponents, "nan", "inf", spaces, commas).
bool isDecimal(QStringView value, bool signAllowed, int maxWhole, int maxFraction)
{
    if (signAllowed && !value.isEmpty() && (value.front() == QLatin1Char('+') || value.front() == QLatin1Char('-')))
        value = value.mid(1);
    const qsizetype dot = value.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return isDigits(value, 1, maxWhole);
    return isDigits(value.left(dot), 1, maxWhole) && isDigits(value.mid(dot + 1), 1, maxFraction);
}

bool isKey(QStringView key)
{
    return !key.isEmpty() && key.size() <= 16 && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
               || c == QLatin1Char('_') || c == QLatin1Char('"');
    });
}

Error fieldError(const QString &key, const QString &message)
{
    const bool header = key == HeaderKey || key == QuotelessHeaderKey;
    return makeError(QStringLiteral("aml.") + (header ? QStringLiteral("header") : key), message);
}

// Shown in quotes in an error: bounded, so a megabyte of junk does not become the message.
QString quoted(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}

} // namespace

QString Aml::methodCode(AmlMethod method)
{
    switch (method) {
    case AmlMethod::Gnss: return QStringLiteral("G");
    case AmlMethod::Wifi: return QStringLiteral("W");
    case AmlMethod::Cell: return QStringLiteral("C");
    case AmlMethod::NoLocation: return QStringLiteral("N");
    }
    return {};
}

std::optional<AmlMethod> Aml::methodFromCode(const QString &code)
{
    const QString c = code.toUpper();
    if (c == QLatin1String("G"))
        return AmlMethod::Gnss;
    if (c == QLatin1String("W"))
        return AmlMethod::Wifi;
    if (c == QLatin1String("C"))
        return AmlMethod::Cell;
    if (c == QLatin1String("N"))
        return AmlMethod::NoLocation;
    return std::nullopt;
}

QString Aml::methodName(AmlMethod method)
{
    switch (method) {
    case AmlMethod::Gnss: return tr("GNSS");
    case AmlMethod::Wifi: return tr("Wi-Fi");
    case AmlMethod::Cell: return tr("cell");
    case AmlMethod::NoLocation: return tr("no location");
    }
    return {};
}

Result<AmlMessage> Aml::parse(const QString &raw)
{
    if (raw.size() > MaxLength)
        return makeError(QStringLiteral("aml.length"),
                         tr("the message is %1 characters long, more than an AML message can be (%2)")
                             .arg(raw.size())
                             .arg(MaxLength));
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return fieldError(HeaderKey, tr("A\"ML: the message is empty"));
    QStringList fields = text.split(QLatin1Char(';'));
    const bool trailingSeparator = fields.size() > 1 && fields.last().isEmpty();

    AmlMessage m;
    bool quoteDropped = false;
    std::optional<int> declaredLength;
    QSet<QString> seen;
    for (int i = 0; i < fields.size(); ++i) {
        const QString &field = fields.at(i);
        if (field.isEmpty() && i > 0)
            continue;
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? field : field.left(eq);
        const QString value = eq < 0 ? QString() : field.mid(eq + 1);
        if (i == 0) {
            if (key != HeaderKey && key != QuotelessHeaderKey)
                return fieldError(HeaderKey,
                                  tr("A\"ML: the message does not start with the AML header A\"ML=1 but with \"%1\"")
                                      .arg(quoted(field)));
            quoteDropped = key == QuotelessHeaderKey;
            if (value != QLatin1String("1"))
                return fieldError(HeaderKey,
                                  tr("A\"ML: version \"%1\" is not supported (only version 1)").arg(quoted(value)));
            seen.insert(HeaderKey);
            continue;
        }
        if (!isKey(key))
            return makeError(QStringLiteral("aml.field"),
                             tr("\"%1\" (field %2): not a field name").arg(quoted(key)).arg(i + 1));
        if (eq < 0)
            return fieldError(key, tr("%1: a field without \"=\" and a value").arg(key));
        const QString seenKey = key == QuotelessHeaderKey ? HeaderKey : key;
        if (seen.contains(seenKey))
            return fieldError(key, tr("%1: given twice").arg(key));
        seen.insert(seenKey);
        if (value.isEmpty()) // absent, as far as this message is concerned
            continue;

        if (key == QLatin1String("lt")) {
            if (!isDecimal(value, true, 2, 12) || qAbs(value.toDouble()) > 90)
                return fieldError(key,
                                  tr("lt: \"%1\" is not a latitude (decimal degrees, -90 to +90)").arg(quoted(value)));
            m.lat = value.toDouble();
        } else if (key == QLatin1String("lg")) {
            if (!isDecimal(value, true, 3, 12) || qAbs(value.toDouble()) > 180)
                return fieldError(
                    key, tr("lg: \"%1\" is not a longitude (decimal degrees, -180 to +180)").arg(quoted(value)));
            m.lon = value.toDouble();
        } else if (key == QLatin1String("rd")) {
            if (!isDecimal(value, false, 7, 3))
                return fieldError(key, tr("rd: \"%1\" is not a radius in metres").arg(quoted(value)));
            m.radiusM = value.toDouble();
        } else if (key == QLatin1String("top")) {
            // Date and time apart, in UTC: parsed as one they would be read in local time,
            // where a daylight-saving gap makes some valid UTC times invalid.
            const QDate date
                = isDigits(value, 14, 14) ? QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd")) : QDate();
            const QTime time = QTime::fromString(value.mid(8), QStringLiteral("HHmmss"));
            const QDateTime at(date, time, QTimeZone::utc());
            if (!date.isValid() || !time.isValid() || !at.isValid())
                return fieldError(
                    key, tr("top: \"%1\" is not a time of positioning (YYYYMMDDhhmmss, UTC)").arg(quoted(value)));
            m.positionedMs = at.toMSecsSinceEpoch();
        } else if (key == QLatin1String("lc")) {
            if (!isDigits(value, 1, 3) || value.toInt() > 100)
                return fieldError(
                    key,
                    tr("lc: \"%1\" is not a level of confidence (a whole percentage, 0 to 100)").arg(quoted(value)));
            m.confidence = value.toInt();
        } else if (key == QLatin1String("pm")) {
            m.method = value.size() == 1 ? methodFromCode(value) : std::nullopt;
            if (!m.method)
                return fieldError(key, tr("pm: \"%1\" is not a positioning method (G, W, C or N)").arg(quoted(value)));
        } else if (key == QLatin1String("si")) {
            if (!isDigits(value, 1, 15))
                return fieldError(key, tr("si: \"%1\" is not an IMSI (up to 15 digits)").arg(quoted(value)));
            m.imsi = value;
        } else if (key == QLatin1String("ei")) {
            if (!isDigits(value, 14, 16))
                return fieldError(key, tr("ei: \"%1\" is not an IMEI (14 to 16 digits)").arg(quoted(value)));
            m.imei = value;
        } else if (key == QLatin1String("mcc")) {
            if (!isDigits(value, 3, 3))
                return fieldError(key, tr("mcc: \"%1\" is not a mobile country code (3 digits)").arg(quoted(value)));
            m.mcc = value;
        } else if (key == QLatin1String("mnc")) {
            if (!isDigits(value, 2, 3))
                return fieldError(key,
                                  tr("mnc: \"%1\" is not a mobile network code (2 or 3 digits)").arg(quoted(value)));
            m.mnc = value;
        } else if (key == QLatin1String("ml")) {
            if (!isDigits(value, 1, 4))
                return fieldError(key, tr("ml: \"%1\" is not a message length").arg(quoted(value)));
            declaredLength = value.toInt();
        } else {
            m.unknownKeys.append(key);
        }
    }

    if (m.lat && !m.lon)
        return fieldError(QStringLiteral("lg"), tr("lg: missing, though lt is given"));
    if (m.lon && !m.lat)
        return fieldError(QStringLiteral("lt"), tr("lt: missing, though lg is given"));
    if (m.method == AmlMethod::NoLocation && m.hasPosition())
        return fieldError(QStringLiteral("pm"), tr("pm: N says there is no location, but lt and lg give one"));
    if (!declaredLength)
        return fieldError(QStringLiteral("ml"),
                          tr("ml: missing (the message length, the guard against a cut message)"));
    const int actual = int(text.size()) + (quoteDropped ? 1 : 0);
    const bool lengthOk = *declaredLength == actual || (trailingSeparator && *declaredLength == actual - 1);
    if (!lengthOk)
        return fieldError(QStringLiteral("ml"),
                          tr("ml: says %1 characters but the message has %2 (cut short or joined wrongly?)")
                              .arg(*declaredLength)
                              .arg(actual));
    m.length = *declaredLength;
    return m;
}

QJsonObject AmlMessage::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version},
                  {QStringLiteral("has_position"), hasPosition()},
                  {QStringLiteral("length"), length}};
    if (lat)
        o.insert(QStringLiteral("lat"), *lat);
    if (lon)
        o.insert(QStringLiteral("lon"), *lon);
    if (radiusM)
        o.insert(QStringLiteral("radius_m"), *radiusM);
    if (positionedMs) {
        o.insert(QStringLiteral("positioned_ms"), *positionedMs);
        o.insert(QStringLiteral("positioned_utc"), QDateTime::fromMSecsSinceEpoch(*positionedMs, QTimeZone::utc())
                                                       .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    }
    if (confidence)
        o.insert(QStringLiteral("confidence"), *confidence);
    if (method)
        o.insert(QStringLiteral("method"), Aml::methodCode(*method));
    for (const auto &[key, value] :
         {std::pair{"imsi", &imsi}, std::pair{"imei", &imei}, std::pair{"mcc", &mcc}, std::pair{"mnc", &mnc}})
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    if (!unknownKeys.isEmpty())
        o.insert(QStringLiteral("unknown_keys"), QJsonArray::fromStringList(unknownKeys));
    return o;
}

} // namespace Sigap
