#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <optional>
#include <utility>

namespace Sigap {

struct IncomingCall
{
    QString id;
    QString number;
    QString trunk;
    std::optional<std::pair<double, double>> position; // lat, lon when the network sent it (AML)
    double radiusM = 0;
};

// Where calls come from. The SIP backend and the scenario backend (demo and training)
// implement it; the desk only sees these signals and actions. Several calls may ring at once;
// each desk answers one of them and may hold it, transfer it or call a caller back.
class CallSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void answer(const QString &callId) = 0;
    virtual void hangUp(const QString &callId) = 0;
    virtual Result<void> hold(const QString &callId) = 0;
    virtual Result<void> resume(const QString &callId) = 0;
    // Blind transfer to an agency's number: the call leaves this desk (ended() follows), or
    // transferFailed() says the agency did not take the caller, who is still on the line.
    virtual Result<void> transfer(const QString &callId, const QString &target) = 0;
    // Calls a number back (a dropped or silent call); returns the new call's id, which
    // connected(), ended() and recorded() then name.
    virtual Result<QString> callBack(const QString &number) = 0;

Q_SIGNALS:
    void offered(const Sigap::IncomingCall &call);
    void abandoned(const QString &callId); // the caller gave up while it rang
    void ended(const QString &callId);     // the caller hung up during the conversation
    // What the caller says, for the scenario backend (the real one carries audio instead).
    void callerSaid(const QString &callId, const QString &text);
    // The call's recording is complete (the SIP backend records every answered call).
    void recorded(const QString &callId, const QString &path, const QByteArray &sha256Hex, qint64 durationMs);
    void connected(const QString &callId);              // media flows (answered here, or a call-back answered)
    void holdChanged(const QString &callId, bool held); // the caller was put on hold or back
    void transferFailed(const QString &callId);
};

} // namespace Sigap
