#include "desksigningkey.h"

#include "core/privatefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <openssl/evp.h>

#include <utility>

namespace Sigap {

namespace {

const QString PrivateKeyField = QStringLiteral("ed25519-private");

struct MdContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

QByteArray rawPublicKey(EVP_PKEY *key)
{
    QByteArray out(DeskSigningKey::PublicKeyBytes, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &length) != 1
        || length != size_t(out.size()))
        return {};
    return out;
}

} // namespace

DeskSigningKey::DeskSigningKey(EVP_PKEY *key)
    : m_key(key)
    , m_public(key ? rawPublicKey(key) : QByteArray())
{
}

DeskSigningKey::DeskSigningKey(DeskSigningKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_public(std::move(other.m_public))
{
}

DeskSigningKey &DeskSigningKey::operator=(DeskSigningKey &&other) noexcept
{
    std::swap(m_key, other.m_key);
    std::swap(m_public, other.m_public);
    return *this;
}

DeskSigningKey::~DeskSigningKey()
{
    EVP_PKEY_free(m_key);
}

DeskSigningKey DeskSigningKey::generate()
{
    return DeskSigningKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

Result<DeskSigningKey> DeskSigningKey::load(const QString &path)
{
    auto lines = PrivateFile::read(path, tr("desk signing key"), QStringLiteral("deskkey"));
    if (!lines)
        return lines.error();
    for (const PrivateFileLine &line : lines.value()) {
        if (line.key != PrivateKeyField)
            continue;
        const QByteArray seed = QByteArray::fromBase64(line.value.toLatin1());
        if (seed.size() != 32)
            break;
        EVP_PKEY *key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                     reinterpret_cast<const unsigned char *>(seed.constData()), 32);
        if (key)
            return DeskSigningKey(key);
        break;
    }
    return makeError(QStringLiteral("deskkey.format"),
                     tr("desk signing key %1: no valid \"%2\" line").arg(path, PrivateKeyField));
}

Result<DeskSigningKey> DeskSigningKey::loadOrCreate(const QString &path)
{
    if (QFile::exists(path))
        return load(path);
    DeskSigningKey key = generate();
    if (!key.isValid())
        return makeError(QStringLiteral("deskkey.generate"), tr("cannot make a desk signing key (OpenSSL)"));
    if (auto saved = key.save(path); !saved)
        return saved.error();
    return key;
}

Result<void> DeskSigningKey::save(const QString &path) const
{
    QByteArray seed(32, Qt::Uninitialized);
    size_t length = size_t(seed.size());
    if (!m_key || EVP_PKEY_get_raw_private_key(m_key, reinterpret_cast<unsigned char *>(seed.data()), &length) != 1)
        return makeError(QStringLiteral("deskkey.write"), tr("desk signing key %1: nothing to save").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("deskkey.write"),
                         tr("desk signing key %1: cannot write (%2)").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write("# Sigap 112 desk signing key: keep it private, never copy it to another desk\n");
    file.write(PrivateKeyField.toLatin1() + '=' + seed.toBase64() + '\n');
    seed.fill('\0');
    if (!file.commit())
        return makeError(QStringLiteral("deskkey.write"),
                         tr("desk signing key %1: cannot write (%2)").arg(path, file.errorString()));
    return {};
}

QByteArray DeskSigningKey::sign(const QByteArray &message) const
{
    const std::unique_ptr<EVP_MD_CTX, MdContextFree> context(EVP_MD_CTX_new());
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!m_key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
               != 1
        || length != size_t(SignatureBytes))
        return {};
    return signature;
}

bool DeskSigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    const std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()),
        size_t(PublicKeyBytes)));
    const std::unique_ptr<EVP_MD_CTX, MdContextFree> context(EVP_MD_CTX_new());
    return key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
           && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                               size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
                               size_t(message.size()))
                  == 1;
}

QString DeskSigningKey::fingerprint(const QByteArray &publicKey)
{
    const QByteArray digest = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals).left(16));
}

} // namespace Sigap
