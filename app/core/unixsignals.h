#pragma once

#include <QObject>

namespace Sigap {

// Turns SIGINT and SIGTERM into a Qt signal delivered in the event loop (self-pipe), so a
// node or desk that is asked to stop flushes its log and writes its snapshot first.
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);

Q_SIGNALS:
    void terminationRequested();
};

} // namespace Sigap
