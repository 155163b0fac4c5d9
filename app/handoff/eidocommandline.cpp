#include "eidocommandline.h"

#include <QCommandLineParser>

namespace Sigap {

EidoCommandLine::EidoCommandLine()
    : m_listen(QStringLiteral("eido-listen"),
               tr("Accept EIDO status updates from agencies over HTTPS here (needs --eido-cert, --eido-key and "
                  "the agencies' tokens in DIR/eido-tokens)."),
               tr("ADDR:PORT"))
    , m_cert(QStringLiteral("eido-cert"), tr("The EIDO endpoint's certificate (chain), PEM."), tr("FILE"))
    , m_key(QStringLiteral("eido-key"), tr("The EIDO endpoint's private key, PEM."), tr("FILE"))
{
}

void EidoCommandLine::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_listen, m_cert, m_key});
}

Result<std::optional<EidoListenOptions>> EidoCommandLine::read(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_listen)) {
        if (parser.isSet(m_cert) || parser.isSet(m_key))
            return makeError(QStringLiteral("usage"), tr("--eido-cert and --eido-key need --eido-listen ADDR:PORT"));
        return std::optional<EidoListenOptions>();
    }
    if (!parser.isSet(m_cert) || !parser.isSet(m_key))
        return makeError(QStringLiteral("usage"), tr("--eido-listen needs --eido-cert FILE and --eido-key FILE"));
    EidoListenOptions options{parser.value(m_listen), parser.value(m_cert), parser.value(m_key)};
    if (auto identity = EidoStatusReceiver::loadIdentity(options.certFile, options.keyFile); !identity)
        return identity.error();
    return std::optional<EidoListenOptions>(options);
}

} // namespace Sigap
