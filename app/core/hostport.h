#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Sigap {

// "host:port" as the command line takes it (--listen, --peer, --avl-listen): the host may be
// a name, an IPv4 address or a bracketed IPv6 address ("[::1]:7112"). Nothing when there is
// no host or the port is not a number up to 65535.
std::optional<std::pair<QString, quint16>> splitHostPort(const QString &text);

} // namespace Sigap
