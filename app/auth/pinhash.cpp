#include "pinhash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Sigap::PinHash {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
const QString Scheme = QStringLiteral("pbkdf2-sha256");
const QString PepperedScheme = QStringLiteral("pbkdf2-sha256-peppered");

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations, const QByteArray &pepper)
{
    const QByteArray secret = pepper.isEmpty()
                                  ? pin.toUtf8()
                                  : QMessageAuthenticationCode::hash(pin.toUtf8(), pepper, QCryptographicHash::Sha256);
    QByteArray out(HashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), HashBytes, reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

struct Parts
{
    bool peppered = false;
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parts> parse(const QString &encoded)
{
    const QStringList fields = encoded.split(QLatin1Char('$'));
    if (fields.size() != 4 || (fields.at(0) != Scheme && fields.at(0) != PepperedScheme))
        return std::nullopt;
    bool ok = false;
    Parts parts;
    parts.peppered = fields.at(0) == PepperedScheme;
    parts.iterations = fields.at(1).toInt(&ok);
    if (!ok || parts.iterations < MinimumIterations || parts.iterations > MaximumIterations)
        return std::nullopt;
    auto decode = [](const QString &text, int bytes) {
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return decoded && decoded.decoded.size() == bytes ? decoded.decoded : QByteArray();
    };
    parts.salt = decode(fields.at(2), SaltBytes);
    parts.hash = decode(fields.at(3), HashBytes);
    if (parts.salt.isEmpty() || parts.hash.isEmpty())
        return std::nullopt;
    return parts;
}

} // namespace

QString make(const QString &pin, int iterations, const QByteArray &pepper)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return {};
    const QByteArray hash = derive(pin, salt, iterations, pepper);
    if (hash.isEmpty())
        return {};
    return QStringLiteral("%1$%2$%3$%4")
        .arg(pepper.isEmpty() ? Scheme : PepperedScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verify(const QString &pin, const QString &encoded, const QByteArray &pepper)
{
    const auto parts = parse(encoded);
    if (!parts || (parts->peppered && pepper.isEmpty()))
        return false;
    const QByteArray hash = derive(pin, parts->salt, parts->iterations, parts->peppered ? pepper : QByteArray());
    return hash.size() == HashBytes && CRYPTO_memcmp(hash.constData(), parts->hash.constData(), HashBytes) == 0;
}

bool isWellFormed(const QString &encoded)
{
    return parse(encoded).has_value();
}

bool isPeppered(const QString &encoded)
{
    const auto parts = parse(encoded);
    return parts && parts->peppered;
}

} // namespace Sigap::PinHash
