#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace Sigap {

// A desk's Ed25519 key pair: the desk signs the hash of the last event of every append with
// it, and every other desk checks that signature with the public key the desk registered.
// The private key lives in a file of its own next to the store, owner-only, and never in the
// log: a copy of the store alone cannot write as the desk it came from.
class DeskSigningKey
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::DeskSigningKey)

public:
    static constexpr qsizetype PublicKeyBytes = 32;
    static constexpr qsizetype SignatureBytes = 64;

    // Reads the key from path, or makes one and writes it there (0600) when no file exists.
    static Result<DeskSigningKey> loadOrCreate(const QString &path);
    static Result<DeskSigningKey> load(const QString &path);
    static DeskSigningKey generate();

    DeskSigningKey(DeskSigningKey &&) noexcept;
    DeskSigningKey &operator=(DeskSigningKey &&) noexcept;
    ~DeskSigningKey();

    bool isValid() const { return m_key != nullptr; }
    QByteArray publicKey() const { return m_public; }
    QByteArray sign(const QByteArray &message) const;
    Result<void> save(const QString &path) const;

    // Whether signature is publicKey's signature of message.
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    // "SHA256:" and the first 16 base64 characters of the key's SHA-256, as ssh shows host keys:
    // what a lead compares between desks, by eye or over the phone.
    static QString fingerprint(const QByteArray &publicKey);

private:
    explicit DeskSigningKey(EVP_PKEY *key);

    EVP_PKEY *m_key = nullptr;
    QByteArray m_public;
};

} // namespace Sigap
