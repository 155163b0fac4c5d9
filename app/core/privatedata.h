#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Sigap {

// Personal data at rest (UU 27/2022): the store holds callers' numbers and notes and the
// operators' PIN hashes, the recordings hold voices. Everything Sigap writes is for the
// user the desk runs as, never for the other users of the machine, whatever their umask.
class PrivateData
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::PrivateData)

public:
    // The process's umask becomes 077: every file and folder it creates from here on (the
    // store and its WAL, snapshots, recordings, reports and exports) is 0600 or 0700. Each
    // program calls it first thing; Node::start calls it too.
    static void restrictNewFiles();

    // Creates the data folder if it is missing and makes it and everything in it
    // owner-only: a folder made by an earlier version or under umask 022 is tightened at the
    // next start. Symbolic links are left alone (a room may link its recordings elsewhere),
    // and so are the files named in `secrets` (names in the folder): their readers refuse a
    // secret others could read, because such a secret must be replaced, not quietly hidden.
    static Result<void> makePrivateFolder(const QString &dir, const QStringList &secrets = {});
};

} // namespace Sigap
