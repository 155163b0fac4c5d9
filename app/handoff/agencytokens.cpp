#include "agencytokens.h"

#include "core/constanttime.h"
#include "core/privatefile.h"

#include <QFile>

namespace Sigap {

Result<AgencyTokens> AgencyTokens::load(const QString &path)
{
    auto lines = PrivateFile::read(path, tr("agency tokens"), QStringLiteral("tokens"));
    if (!lines)
        return lines.error();
    AgencyTokens tokens;
    for (const PrivateFileLine &line : std::as_const(lines.value())) {
        const int lineNumber = line.number;
        const QString &agency = line.key;
        const QByteArray token = line.value.toUtf8();
        if (!line.keyed || agency.isEmpty())
            return makeError(QStringLiteral("tokens.format"),
                             tr("agency tokens %1, line %2: expected agency-id=token").arg(path).arg(lineNumber));
        if (token.size() < MinTokenChars)
            return makeError(QStringLiteral("tokens.format"),
                             tr("agency tokens %1, line %2: the token of %3 is shorter than %4 characters")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(agency)
                                 .arg(MinTokenChars));
        if (tokens.m_tokens.contains(agency))
            return makeError(
                QStringLiteral("tokens.format"),
                tr("agency tokens %1, line %2: a second token for %3").arg(path).arg(lineNumber).arg(agency));
        // One token, one agency: otherwise a token could not say who is speaking.
        if (tokens.agencyOf(token))
            return makeError(QStringLiteral("tokens.format"), tr("agency tokens %1, line %2: %3 has the token of %4")
                                                                  .arg(path)
                                                                  .arg(lineNumber)
                                                                  .arg(agency, *tokens.agencyOf(token)));
        tokens.m_tokens.insert(agency, token);
    }
    return tokens;
}

std::optional<QString> AgencyTokens::agencyOf(const QByteArray &token) const
{
    // Every token is compared, whichever matches, for the same reason as the comparison itself.
    std::optional<QString> found;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        if (equalInConstantTime(it.value(), token) && !found)
            found = it.key();
    return found;
}

} // namespace Sigap
