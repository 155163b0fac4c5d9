#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QFile;

namespace Sigap {

// One "key=value" line of a secret's file; keyed is false for a line without '='.
struct PrivateFileLine
{
    int number = 0;
    QString key;
    QString value;
    bool keyed = false;
};

// A file that holds a secret (the room key, the agencies' tokens): "key=value" lines, blank
// lines and '#' comments skipped. It is refused, as ssh refuses a private key, when its group
// or others may read or write it: a secret others can read is no longer the room's.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::PrivateFile)

public:
    // what: how a person calls the file ("room key", "agency tokens"), for the messages;
    // codePrefix: of the error codes ("secret" gives secret.read, secret.permissions).
    static Result<QList<PrivateFileLine>> read(const QString &path, const QString &what, const QString &codePrefix);
    // The same refusal for a secret's file of another form (a password's first line).
    static Result<void> checkOwnerOnly(const QFile &file, const QString &what, const QString &codePrefix);
};

} // namespace Sigap
