#pragma once

#include "core/result.h"
#include "domain/event.h"

#include <QCoreApplication>

namespace Sigap {

class EventStore;

// The portable form of a log: a CBOR sequence (RFC 8742). Record 0 is a header
// {format: "sigap-log", version: 1, room, count}; records 1..count are events in the form of
// Event::toCbor(), hashes and chain links included, so the receiver can verify everything.
class LogFile
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::LogFile)

public:
    struct Contents
    {
        QString room;
        QList<Event> events;
    };

    // Written to a temporary file and renamed into place, so FILE is never half-written.
    static Result<qint64> write(const QString &path, const EventStore &store);
    // Reads and checks every record; the first bad one is named by its number.
    static Result<Contents> read(const QString &path);

    static constexpr int Version = 1;
};

} // namespace Sigap
