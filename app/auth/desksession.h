#pragma once

#include "operatorcommands.h"
#include "operatordirectory.h"

#include "core/result.h"
#include "domain/event.h"

#include <QObject>

namespace Sigap {

class AgencyDirectory;
class EventLog;

// Who is signed in at this desk, and so who acts for what the desk writes. Sign-in and
// sign-out are events in the room's log (operator.signed_in, operator.signed_out), so every
// desk knows where each operator sits; the desk's own session is this object.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    DeskSession(EventLog &log, const OperatorDirectory &operators, const OperatorCommands &commands,
                const AgencyDirectory &agencies, QObject *parent = nullptr);

    // The signed-in operator, or the desk itself ("desk-ID") while no one is signed in (a
    // room without operators works that way).
    Actor actor() const;
    // The operator signed in at this desk; null when no one is.
    const OperatorAccount *signedIn() const;
    QString signedInId() const { return m_signedIn; }
    // The newest sign-in of the signed-in operator anywhere before this one: what a shift
    // lead gave them since is news to them.
    Stamp previousSignIn() const { return m_previousSignIn; }

    // Checks the PIN and records the attempt: signed_in, or sign_in_refused (an error saying
    // how many tries are left). Whoever was signed in here is signed out first.
    Result<void> signIn(const QString &operatorId, const QString &pin);
    Result<void> signOut();

    // This desk is the room's liaison desk of the agency (sigap --agency): only that agency's
    // liaisons sign in here. Empty: any operator may.
    void setLiaisonAgency(const QString &agency) { m_liaisonAgency = agency; }
    QString liaisonAgency() const { return m_liaisonAgency; }

    // A desk starts with no one signed in: whoever the log still has signed in here (the desk
    // stopped or crashed without signing them out) is signed out, so the other desks do not
    // show a sign-in that is over. From then on, an operator made inactive at any desk while
    // signed in here is signed out at once.
    Result<void> start();

Q_SIGNALS:
    void signedInChanged();

private:
    void signOutIfNoLongerAllowed(const QString &operatorId);

    EventLog &m_log;
    const OperatorDirectory &m_operators;
    const OperatorCommands &m_commands;
    const AgencyDirectory &m_agencies;
    QString m_signedIn; // operator id; empty: no one
    Stamp m_previousSignIn;
    QString m_liaisonAgency;
};

} // namespace Sigap
