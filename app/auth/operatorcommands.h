#pragma once

#include "operatordirectory.h"

#include "domain/event.h"

#include <QCoreApplication>

namespace Sigap {

class AgencyDirectory;
class Clock;

// Turns what is asked at a desk or by sigapctl about operators into operator.* drafts,
// refusing bad input with a message that says what is wrong. A PIN is hashed here and goes
// no further: no draft, log line or error carries it.
class OperatorCommands
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::OperatorCommands)

public:
    // A new PIN has at least 6 characters: 10^6 guesses where 4 digits were 10^4. PINs set
    // before that rule (4 or 5 characters) still sign in; such a sign-in is marked in its event
    // (short_pin), so the administrator's operator list says whose PIN to change.
    static constexpr int MinPinLength = 6;
    static constexpr int MinOldPinLength = 4;
    static constexpr int MaxPinLength = 128;

    OperatorCommands(const OperatorDirectory &directory, const AgencyDirectory &agencies, const Clock &clock)
        : m_directory(directory)
        , m_agencies(agencies)
        , m_clock(clock)
    {
    }

    struct Registration
    {
        QString id; // letters, digits, '.', '_' and '-', as it appears in every event it writes
        QString name;
        QList<Role> roles;
        QString agency; // required for a liaison, refused for anyone else
        QString pin;    // empty: keep the PIN (an edit) or none yet (cannot sign in)
        bool active = true;
    };
    // operator.registered, and operator.pin_set when a PIN is given.
    Result<QList<EventDraft>> registerOperator(const Registration &registration, const Actor &by) const;
    Result<EventDraft> setPin(const QString &id, const QString &pin, const Actor &by) const;
    Result<EventDraft> unlock(const QString &id, const Actor &by) const;

    // A sign-in with a PIN that could be checked: `draft` is operator.signed_in when the PIN
    // is right and operator.sign_in_refused when it is not (with `refusal` saying so and how
    // many tries are left). An unknown, inactive or locked-out operator, or a PIN too short
    // or too long to be one, is an error and nothing is recorded (a locked-out operator's
    // PIN is not even checked).
    struct SignInAttempt
    {
        EventDraft draft;
        bool accepted = false;
        QString refusal;
    };
    Result<SignInAttempt> signIn(const QString &id, const QString &pin) const;
    Result<EventDraft> signOut(const QString &id) const;

    static Actor actorOf(const OperatorAccount &account);
    // PINs set from now on are peppered with it (RoomSecret::pinPepper); empty: not peppered.
    void setPinPepper(const QByteArray &pepper) { m_pinPepper = pepper; }

private:
    Result<const OperatorAccount *> checkAccount(const QString &id) const;
    Result<void> checkAuthority(const QString &kind, const QString &id, const Actor &by) const;
    static std::optional<QString> checkPin(const QString &pin, int minLength = MinPinLength);
    Result<EventDraft> pinDraft(const QString &id, const QString &pin, const Actor &by) const;

    const OperatorDirectory &m_directory;
    const AgencyDirectory &m_agencies;
    const Clock &m_clock;
    QByteArray m_pinPepper;
};

} // namespace Sigap
