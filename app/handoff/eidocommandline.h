#pragma once

#include "eidostatusreceiver.h"

#include "core/result.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace Sigap {

// The EIDO status endpoint's options shared by sigap and sigap-node:
//   --eido-listen ADDR:PORT --eido-cert FILE --eido-key FILE
class EidoCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::EidoCommandLine)

public:
    EidoCommandLine();
    void addTo(QCommandLineParser &parser) const;
    // Nothing when --eido-listen is not given; an error naming the option or the file when the
    // options do not fit or the certificate or key cannot be read, before anything starts.
    Result<std::optional<EidoListenOptions>> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_listen;
    QCommandLineOption m_cert;
    QCommandLineOption m_key;
};

} // namespace Sigap
