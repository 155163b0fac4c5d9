#pragma once

#include <QList>
#include <QStringList>

namespace Sigap::Migrations {

// Ordered schema migrations. Entry i moves a store from schema version i to i + 1; the
// version lives in SQLite's user_version. Entries are append-only: never edit a shipped one.
const QList<QStringList> &all();
inline int latestVersion()
{
    return int(all().size());
}

} // namespace Sigap::Migrations
