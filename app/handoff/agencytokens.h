#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Sigap {

// The secrets agencies present when they post status updates to the node's EIDO endpoint
// (eidostatusreceiver.h): one bearer token per agency, in DIR/eido-tokens, a text file
// readable by its owner only (0600), like the room key:
//
//   # agency-id=token (at least 32 characters, e.g. openssl rand -hex 32)
//   bpbd-bjm=4f0c…
//
// Why bearer tokens and not an HMAC of the body: the endpoint is HTTPS only, so the token
// never crosses the network in clear and the body cannot be altered in flight; a bearer
// header is what every agency's CAD or script can send (curl -H "Authorization: Bearer …")
// without implementing a signature scheme; and revoking an agency is deleting its line.
class AgencyTokens
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::AgencyTokens)

public:
    static constexpr int MinTokenChars = 32;

    static QString fileName() { return QStringLiteral("eido-tokens"); }
    // Refuses a file that others may read, a malformed line (named by number) or a short token.
    static Result<AgencyTokens> load(const QString &path);

    // The agency a token belongs to; compared in constant time, so the answer's timing does
    // not tell how much of a guess was right.
    std::optional<QString> agencyOf(const QByteArray &token) const;
    int size() const { return int(m_tokens.size()); }

private:
    QHash<QString, QByteArray> m_tokens; // agency id -> token
};

} // namespace Sigap
