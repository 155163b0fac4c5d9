#pragma once

#include "callsource.h"
#include "core/result.h"
#include "sipconfig.h"

#include <QCoreApplication>

#include <memory>

namespace Sigap {

// A desk's calls over SIP, on liblinphone. The desk registers its account (sip.json) with the
// room's PBX or registrar; calls the registrar forks to it ring here. The liblinphone core is
// iterated from a timer in the thread that owns this object, every 20 ms, and its callbacks
// are turned into the CallSource signals after each iteration (never from inside one), so a
// slot may answer or hang up at once. No sound card is needed: what the desk sends comes from
// a file (or is silence) and what it hears goes nowhere but into the call's recording.
//
// The call id is the SIP Call-ID, the same at every desk a forked call rang on. Every answered
// call is recorded to record_dir/<call-id>.wav; once it is over, recorded() says where.
// liblinphone types stay in the .cpp.
class SipCallSource : public CallSource
{
    Q_OBJECT

public:
    explicit SipCallSource(SipConfig config, QObject *parent = nullptr);
    ~SipCallSource() override;

    // Creates the liblinphone core, listens and registers. Errors name the field of sip.json.
    Result<void> start();
    bool isRegistered() const;

    void answer(const QString &callId) override;
    void hangUp(const QString &callId) override;
    Result<void> hold(const QString &callId) override;
    Result<void> resume(const QString &callId) override;
    // Blind transfer (REFER) to an agency's number or SIP address.
    Result<void> transfer(const QString &callId, const QString &target) override;
    Result<QString> callBack(const QString &number) override;

    QStringList activeCalls() const; // answered and not yet over, held ones too
    QString recordingPath(const QString &callId) const;

Q_SIGNALS:
    void registrationChanged(bool registered, const QString &message);
    // Another desk of the room answered the call (the registrar cancelled this branch).
    void answeredElsewhere(const QString &callId);
    // A SIP MESSAGE reached the desk: a handset's AML location, usually (telephony/aml.h).
    void textReceived(const QString &fromNumber, const QString &text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sigap
