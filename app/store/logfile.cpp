#include "logfile.h"

#include "domain/cborinteger.h"
#include "eventstore.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QFile>
#include <QSaveFile>

namespace Sigap {

namespace {
const QString FormatName = QStringLiteral("sigap-log");
}

Result<qint64> LogFile::write(const QString &path, const EventStore &store)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("export.open"), tr("%1: cannot write: %2").arg(path, file.errorString()));
    QCborMap header;
    header.insert(QStringLiteral("format"), FormatName);
    header.insert(QStringLiteral("version"), Version);
    header.insert(QStringLiteral("room"), store.room());
    header.insert(QStringLiteral("count"), store.eventCount());
    file.write(QCborValue(header).toCbor());
    qint64 written = 0;
    auto r = store.forEach(0, [&](const Event &e) {
        file.write(QCborValue(e.toCbor()).toCbor());
        ++written;
    });
    if (!r) {
        file.cancelWriting();
        return r.error();
    }
    if (!file.commit())
        return makeError(QStringLiteral("export.write"), tr("%1: cannot write: %2").arg(path, file.errorString()));
    return written;
}

Result<LogFile::Contents> LogFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("import.open"), tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();

    auto bad = [&](qint64 record, const QString &why) {
        return makeError(QStringLiteral("import.record"), tr("%1: record %2: %3").arg(path).arg(record).arg(why));
    };
    // QCborStreamReader stops after one top-level item, so each record of the sequence gets
    // a reader of its own starting where the previous record ended.
    qint64 offset = 0;
    auto nextRecord = [&](QCborError &error) {
        QCborStreamReader reader(bytes.constData() + offset, bytes.size() - offset);
        const QCborValue value = QCborValue::fromCbor(reader);
        error = reader.lastError();
        offset += reader.currentOffset();
        return value;
    };

    QCborError error;
    const QCborMap header = nextRecord(error).toMap();
    if (error != QCborError::NoError)
        return bad(0, tr("not a Sigap log file (%1)").arg(error.toString()));
    if (header.value(QStringLiteral("format")).toString() != FormatName)
        return bad(0, tr("not a Sigap log file (no sigap-log header)"));
    if (cborInteger(header.value(QStringLiteral("version"))) != Version)
        return bad(
            0, tr("log file version %1 is not supported").arg(cborInteger(header.value(QStringLiteral("version")))));
    const qint64 count = cborInteger(header.value(QStringLiteral("count")), -1);
    if (count < 0)
        return bad(0, tr("the header has no event count"));

    Contents contents;
    contents.room = header.value(QStringLiteral("room")).toString();
    contents.events.reserve(count);
    for (qint64 record = 1; offset < bytes.size(); ++record) {
        const qint64 start = offset;
        const QCborValue value = nextRecord(error);
        if (error != QCborError::NoError || offset == start)
            return bad(record, tr("unreadable or truncated (%1)").arg(error.toString()));
        auto event = Event::fromCbor(value);
        if (!event)
            return bad(record, event.error().message);
        if (event.value().room != contents.room)
            return bad(record, tr("event %1 is of room \"%2\", the file is of room \"%3\"")
                                   .arg(event.value().id(), event.value().room, contents.room));
        contents.events.append(std::move(event).value());
    }
    if (contents.events.size() > count)
        return bad(count + 1, tr("the file holds more events than its header's %1").arg(count));
    if (contents.events.size() != count)
        return bad(contents.events.size() + 1,
                   tr("the file ends after %1 of %2 events (truncated)").arg(contents.events.size()).arg(count));
    return contents;
}

} // namespace Sigap
