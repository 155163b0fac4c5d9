#include "sipcallsource.h"
#include "core/logging.h"

#include "callrecording.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTimer>

#include <linphone++/linphone.hh>

#include <optional>
#include <vector>

namespace Sigap {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::SipCallSource)
};

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

// A Call-ID may hold '@', '/' and other characters a file name should not.
QString fileNameFor(const QString &callId)
{
    QString name;
    for (QChar c : callId)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('.')
                    ? c
                    : QLatin1Char('_');
    return name + QStringLiteral(".wav");
}

struct StateChange
{
    std::shared_ptr<linphone::Call> call;
    linphone::Call::State state;
};

struct TextMessage
{
    QString from; // the sender's number (its SIP user part)
    QString text;
};

struct RegistrationChange
{
    bool registered;
    QString message;
};

// Collects what liblinphone reports during iterate(); SipCallSource handles it afterwards.
class Listener : public linphone::CoreListener
{
public:
    std::vector<StateChange> changes;
    std::vector<StateChange> transfers; // the state of the call a transferred caller placed
    std::vector<RegistrationChange> registrations;
    std::vector<TextMessage> messages;

    void onMessageReceived(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::ChatRoom> &,
                           const std::shared_ptr<linphone::ChatMessage> &message) override
    {
        const auto from = message->getFromAddress();
        messages.push_back({from ? qstr(from->getUsername()) : QString(), qstr(message->getUtf8Text())});
    }

    void onTransferStateChanged(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::Call> &call,
                                linphone::Call::State state) override
    {
        transfers.push_back({call, state});
    }

    void onCallStateChanged(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::Call> &call,
                            linphone::Call::State state, const std::string &) override
    {
        changes.push_back({call, state});
    }

    void onAccountRegistrationStateChanged(const std::shared_ptr<linphone::Core> &,
                                           const std::shared_ptr<linphone::Account> &,
                                           linphone::RegistrationState state, const std::string &message) override
    {
        if (state == linphone::RegistrationState::Ok)
            registrations.push_back({true, qstr(message)});
        else if (state == linphone::RegistrationState::Failed || state == linphone::RegistrationState::Cleared)
            registrations.push_back({false, qstr(message)});
    }
};

struct CallEntry
{
    std::shared_ptr<linphone::Call> call;
    bool incoming = true;
    bool answered = false; // answered here (or, outgoing, answered by the far end)
    bool hungUpHere = false;
    bool recording = false;
    bool held = false;
    QString recordPath;
    bool over = false; // ended, not yet released by liblinphone
    // Set when a blind transfer was sent and no NOTIFY about it has been heard yet.
    std::optional<QDeadlineTimer> transferGrace;
};

// How long a desk waits, after sending a REFER, to hear how the transfer goes. A caller's
// phone reports it with NOTIFYs, but a proxy with several workers can deliver the first NOTIFY
// before the REFER's 202; belle-sip then answers it 491 and never reports a transfer state, so
// without this the desk's leg would stay up until liblinphone's 30 s no-RTP timeout. When the
// grace is over with no word, the desk lets the caller go only if the caller is no longer heard
// on its leg (the phone has put the desk on hold or sends no audio): a REFER still on its way or
// lost leaves a caller who is still talking on the line, and the operator hangs up by hand.
constexpr int TransferGraceMs = 5000;

// Whether the caller's phone has left the desk's leg: on hold, or no audio coming in.
bool callerGoneFrom(linphone::Call &call)
{
    if (call.getState() == linphone::Call::State::PausedByRemote)
        return true;
    const auto stats = call.getAudioStats();
    return stats && stats->getDownloadBandwidth() <= 0.0f;
}

CallEntry newEntry(std::shared_ptr<linphone::Call> call, bool incoming, QString recordPath = {})
{
    CallEntry entry;
    entry.call = std::move(call);
    entry.incoming = incoming;
    entry.recordPath = std::move(recordPath);
    return entry;
}

} // namespace

struct SipCallSource::Private
{
    SipConfig config;
    std::shared_ptr<linphone::Core> core;
    std::shared_ptr<Listener> listener;
    std::shared_ptr<linphone::Account> account;
    QTimer *timer = nullptr;
    bool registered = false;
    int callBacks = 0;
    QHash<QString, CallEntry> calls;

    CallEntry *find(const QString &id)
    {
        auto it = calls.find(id);
        return it == calls.end() ? nullptr : &it.value();
    }

    std::shared_ptr<linphone::Address> addressFor(const QString &target) const
    {
        QString uri = target;
        if (!uri.startsWith(QLatin1String("sip:")) && !uri.startsWith(QLatin1String("sips:"))) {
            const QString domain = config.identity.section(QLatin1Char('@'), 1);
            uri = QStringLiteral("sip:%1@%2").arg(target, domain);
        }
        return linphone::Factory::get()->createAddress(str(uri));
    }
};

SipCallSource::SipCallSource(SipConfig config, QObject *parent)
    : CallSource(parent)
    , d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->timer = new QTimer(this);
    // liblinphone asks for iterate() about every 20 ms; each call is short and never waits.
    d->timer->setInterval(20);
    connect(d->timer, &QTimer::timeout, this, [this] {
        if (!d->core)
            return;
        d->core->iterate();
        // Handled after iterate() so that slots can call back into the core.
        std::vector<RegistrationChange> registrations;
        registrations.swap(d->listener->registrations);
        for (const RegistrationChange &r : registrations) {
            d->registered = r.registered;
            qCInfo(lcTelephony) << (r.registered ? "registered:" : "not registered:") << r.message;
            Q_EMIT registrationChanged(r.registered, r.message);
        }
        std::vector<TextMessage> messages;
        messages.swap(d->listener->messages);
        for (const TextMessage &m : messages) {
            qCInfo(lcTelephony) << "text message received";
            Q_EMIT textReceived(m.from, m.text);
        }
        // A blind transfer leaves this desk once the agency answered the transferred caller: the
        // desk's leg is hung up and the conversation is over here. When it failed the caller is
        // still on this desk's line, and the desk hears so.
        std::vector<StateChange> transfers;
        transfers.swap(d->listener->transfers);
        for (const StateChange &t : transfers) {
            // liblinphone reports OutgoingInit itself as the REFER leaves; any later state
            // came from the caller's phone.
            CallEntry *entry = d->find(qstr(t.call->getCallLog()->getCallId()));
            if (entry && t.state != linphone::Call::State::OutgoingInit)
                entry->transferGrace.reset();
            if (t.state == linphone::Call::State::Connected || t.state == linphone::Call::State::Error) {
                qCInfo(lcTelephony) << "transfer of" << qstr(t.call->getCallLog()->getCallId())
                                    << (t.state == linphone::Call::State::Connected ? "answered" : "failed");
                if (t.state == linphone::Call::State::Connected)
                    t.call->terminate();
                else // the caller is still on this desk's line
                    Q_EMIT transferFailed(qstr(t.call->getCallLog()->getCallId()));
            }
        }
        for (auto it = d->calls.begin(); it != d->calls.end(); ++it) {
            if (!it->transferGrace || !it->transferGrace->hasExpired() || it->over)
                continue;
            it->transferGrace.reset();
            if (callerGoneFrom(*it->call)) {
                qCInfo(lcTelephony) << "transfer of" << it.key() << "unreported, the caller has left: handed over";
                it->call->terminate();
            } else {
                qCInfo(lcTelephony) << "transfer of" << it.key() << "unreported and the caller is still heard: kept";
                Q_EMIT transferFailed(it.key());
            }
        }
        std::vector<StateChange> changes;
        changes.swap(d->listener->changes);
        for (const StateChange &change : changes) {
            const QString id = qstr(change.call->getCallLog()->getCallId());
            CallEntry *entry = d->find(id);
            switch (change.state) {
            case linphone::Call::State::IncomingReceived: {
                if (entry)
                    break;
                d->calls.insert(id, newEntry(change.call, true));
                const auto remote = change.call->getRemoteAddress();
                const auto to = change.call->getToAddress();
                QString number = remote ? qstr(remote->getUsername()) : QString();
                if (number.isEmpty() && remote)
                    number = qstr(remote->asStringUriOnly());
                qCInfo(lcTelephony) << "call" << id << "rings";
                Q_EMIT offered(IncomingCall{id, number, to ? qstr(to->getUsername()) : QString(), std::nullopt, 0});
                break;
            }
            case linphone::Call::State::Connected:
                if (entry && !entry->incoming)
                    entry->answered = true;
                break;
            case linphone::Call::State::Paused:
                if (entry && !entry->held) {
                    entry->held = true;
                    Q_EMIT holdChanged(id, true);
                }
                break;
            case linphone::Call::State::StreamsRunning:
                if (entry && entry->held) {
                    entry->held = false;
                    Q_EMIT holdChanged(id, false);
                }
                if (entry && entry->answered && !entry->recording) {
                    entry->recording = true;
                    entry->call->startRecording();
                    Q_EMIT connected(id);
                }
                break;
            case linphone::Call::State::End:
            case linphone::Call::State::Error: {
                if (!entry)
                    break;
                entry->over = true;
                if (entry->recording)
                    entry->call->stopRecording();
                if (entry->answered) {
                    if (!entry->hungUpHere)
                        Q_EMIT ended(id);
                } else if (entry->incoming && !entry->hungUpHere) {
                    const auto status = change.call->getCallLog()->getStatus();
                    if (status == linphone::Call::Status::AcceptedElsewhere
                        || status == linphone::Call::Status::DeclinedElsewhere)
                        Q_EMIT answeredElsewhere(id);
                    else
                        Q_EMIT abandoned(id);
                } else if (!entry->incoming && !entry->hungUpHere) {
                    Q_EMIT ended(id); // a call-back nobody answered: busy, declined or failed
                }
                break;
            }
            case linphone::Call::State::Released: {
                if (!entry)
                    break;
                CallEntry done = *entry;
                d->calls.remove(id);
                const QString finalPath = QDir(d->config.recordDir).filePath(fileNameFor(id));
                if (done.recording && done.recordPath != finalPath) {
                    QFile::remove(finalPath);
                    if (QFile::rename(done.recordPath, finalPath))
                        done.recordPath = finalPath;
                }
                // The recorder has closed the file by now: its header holds the length.
                if (done.recording) {
                    auto summary = CallRecording::summarize(done.recordPath);
                    if (summary)
                        Q_EMIT recorded(id, done.recordPath, summary.value().sha256Hex, summary.value().durationMs);
                    else
                        qCWarning(lcTelephony) << "recording of" << id << "unusable:" << summary.error().message;
                }
                break;
            }
            default: break;
            }
        }
    });
}

SipCallSource::~SipCallSource()
{
    d->timer->stop();
    if (d->core) {
        d->core->terminateAllCalls();
        d->core->removeListener(d->listener);
        d->core->stop();
    }
}

Result<void> SipCallSource::start()
{
    const SipConfig &c = d->config;
    if (!QDir().mkpath(c.recordDir))
        return makeError(QStringLiteral("sip.record_dir"),
                         Texts::tr("record_dir: cannot create the folder %1").arg(c.recordDir));
    if (!QDir().mkpath(c.stateDir))
        return makeError(QStringLiteral("sip.state_dir"), Texts::tr("cannot create the folder %1").arg(c.stateDir));
    // liblinphone aborts the whole program when a SIP MESSAGE arrives and its grammars are
    // missing (Debian ships them in linphone-common): refuse to start instead.
    const QString grammar = QStringLiteral("/usr/share/belr/grammars/identity_grammar");
    if (!QFile::exists(grammar))
        return makeError(QStringLiteral("sip.grammars"),
                         Texts::tr("liblinphone's grammars are missing (%1): install linphone-common").arg(grammar));
    auto factory = linphone::Factory::get();
    // No liblinphone configuration file: everything this desk needs is in sip.json. Its
    // database stays in the desk's data folder (not the user's home), so several desks of one
    // machine (tests, a server) keep apart.
    const QString db = QDir(c.stateDir).filePath(QStringLiteral("linphone.db"));
    auto lpConfig = factory->createConfigFromString("");
    lpConfig->setString("storage", "backend", "sqlite3");
    lpConfig->setString("storage", "uri", str(db));
    lpConfig->setString("storage", "call_logs_db_uri", str(db));
    lpConfig->setString("misc", "friends_db_uri", str(db));
    // liblinphone's log is process-wide; its warnings about the missing sound card are what a
    // desk without one expects, so only its errors are shown (SIGAP_SIP_DEBUG=1: everything,
    // SIP messages included, for finding out why a PBX and a desk do not get along).
    linphone::LoggingService::get()->setLogLevel(
        qEnvironmentVariableIsSet("SIGAP_SIP_DEBUG") ? linphone::LogLevel::Message : linphone::LogLevel::Error);
    d->core = factory->createCoreWithConfig(lpConfig, nullptr);
    d->core->setZrtpSecretsFile(str(QDir(c.stateDir).filePath(QStringLiteral("zrtp-secrets.db"))));
    // Emergency calls are voice: no video is offered or accepted.
    auto video = factory->createVideoActivationPolicy();
    video->setAutomaticallyAccept(false);
    video->setAutomaticallyInitiate(false);
    d->core->setVideoActivationPolicy(video);
    d->core->setUseFiles(true); // no sound card: a server or CI has none
    d->core->setPlayFile(str(c.playFile));
    d->core->setRecordFile("");
    d->core->enableVideoCapture(false);
    d->core->enableVideoDisplay(false);
    d->core->enableEchoCancellation(false);
    d->core->enableIpv6(false);
    d->core->setIncTimeout(c.ringTimeoutS);
    // Several callers queue at every desk; one is in conversation, the others ring or are held.
    d->core->setMaxCalls(64);
    d->core->setAudioPort(-1); // any free RTP port: desks of one host must not collide
    d->core->setUserAgent("Sigap112", "1");

    auto transports = factory->createTransports();
    const int port = c.localPort == 0 ? -1 : c.localPort; // -1: liblinphone picks a free port
    if (c.transport == QLatin1String("udp"))
        transports->setUdpPort(port);
    else if (c.transport == QLatin1String("tcp"))
        transports->setTcpPort(port);
    else
        transports->setTlsPort(port);
    transports->setDtlsPort(0);
    if (c.transport != QLatin1String("udp"))
        transports->setUdpPort(0);
    if (d->core->setTransports(transports) != 0)
        return makeError(QStringLiteral("sip.local_port"),
                         Texts::tr("local_port: cannot listen on %1 port %2").arg(c.transport).arg(c.localPort));

    d->listener = std::make_shared<Listener>();
    d->core->addListener(d->listener);
    if (d->core->start() != 0)
        return makeError(QStringLiteral("sip.start"), Texts::tr("the SIP stack did not start"));

    const auto identity = factory->createAddress(str(c.identity));
    if (!identity)
        return makeError(QStringLiteral("sip.identity"),
                         Texts::tr("identity: \"%1\" is not a SIP address").arg(c.identity));
    auto server = factory->createAddress(str(c.registrar));
    if (!server)
        return makeError(QStringLiteral("sip.registrar"),
                         Texts::tr("registrar: \"%1\" is not a SIP address").arg(c.registrar));
    if (!c.password.isEmpty())
        d->core->addAuthInfo(
            factory->createAuthInfo(str(c.user), str(c.user), str(c.password), "", "", identity->getDomain()));
    auto params = d->core->createAccountParams();
    params->setIdentityAddress(identity);
    params->setServerAddress(server);
    params->setTransport(c.transport == QLatin1String("tcp")   ? linphone::TransportType::Tcp
                         : c.transport == QLatin1String("tls") ? linphone::TransportType::Tls
                                                               : linphone::TransportType::Udp);
    params->setExpires(c.expiresS);
    // Every request goes through the room's PBX, call-backs and transfers included.
    params->enableOutboundProxy(true);
    params->enableRegister(true);
    d->account = d->core->createAccount(params);
    if (!d->account || d->core->addAccount(d->account) != 0)
        return makeError(
            QStringLiteral("sip.account"),
            Texts::tr("identity, registrar: liblinphone refused the account %1 at %2").arg(c.identity, c.registrar));
    d->core->setDefaultAccount(d->account);
    d->timer->start();
    return {};
}

bool SipCallSource::isRegistered() const
{
    return d->registered;
}

void SipCallSource::answer(const QString &callId)
{
    CallEntry *entry = d->find(callId);
    if (!entry || entry->answered || !entry->incoming)
        return;
    entry->answered = true;
    entry->recordPath = QDir(d->config.recordDir).filePath(fileNameFor(callId));
    auto params = d->core->createCallParams(entry->call);
    params->setRecordFile(str(entry->recordPath));
    // Accepting a second call puts the one in conversation on hold (liblinphone does it).
    entry->call->acceptWithParams(params);
}

void SipCallSource::hangUp(const QString &callId)
{
    CallEntry *entry = d->find(callId);
    if (!entry)
        return;
    entry->hungUpHere = true;
    if (entry->answered || !entry->incoming)
        entry->call->terminate();
    else
        entry->call->decline(linphone::Reason::Declined);
}

Result<void> SipCallSource::hold(const QString &callId)
{
    CallEntry *entry = d->find(callId);
    if (!entry || !entry->answered || entry->call->pause() != 0)
        return makeError(QStringLiteral("sip.hold"), Texts::tr("call %1 is not in conversation").arg(callId));
    return {};
}

Result<void> SipCallSource::resume(const QString &callId)
{
    CallEntry *entry = d->find(callId);
    if (!entry || !entry->answered || entry->call->resume() != 0)
        return makeError(QStringLiteral("sip.resume"), Texts::tr("call %1 is not on hold").arg(callId));
    return {};
}

Result<void> SipCallSource::transfer(const QString &callId, const QString &target)
{
    CallEntry *entry = d->find(callId);
    if (!entry || !entry->answered)
        return makeError(QStringLiteral("sip.transfer"), Texts::tr("call %1 is not in conversation").arg(callId));
    const auto to = d->addressFor(target);
    if (!to)
        return makeError(QStringLiteral("sip.transfer"),
                         Texts::tr("\"%1\" is not a number or SIP address").arg(target));
    if (entry->call->transferTo(to) != 0)
        return makeError(QStringLiteral("sip.transfer"), Texts::tr("the transfer of call %1 was refused").arg(callId));
    entry->transferGrace = QDeadlineTimer(TransferGraceMs);
    return {};
}

Result<QString> SipCallSource::callBack(const QString &number)
{
    const auto to = d->addressFor(number);
    if (!d->core || !to)
        return makeError(QStringLiteral("sip.callback"),
                         Texts::tr("\"%1\" is not a number or SIP address").arg(number));
    auto params = d->core->createCallParams(nullptr);
    // The Call-ID is only known once the call exists, so it is recorded under a name of its
    // own and renamed to <call-id>.wav when it is over.
    const QString path = QDir(d->config.recordDir)
                             .filePath(QStringLiteral("callback-%1-%2").arg(++d->callBacks).arg(fileNameFor(number)));
    params->setRecordFile(str(path));
    auto call = d->core->inviteAddressWithParams(to, params);
    if (!call)
        return makeError(QStringLiteral("sip.callback"), Texts::tr("cannot call %1 back").arg(number));
    const QString id = qstr(call->getCallLog()->getCallId());
    d->calls.insert(id, newEntry(call, false, path));
    return id;
}

QStringList SipCallSource::activeCalls() const
{
    QStringList ids;
    for (auto it = d->calls.cbegin(); it != d->calls.cend(); ++it)
        if (it->answered && !it->over)
            ids << it.key();
    ids.sort();
    return ids;
}

QString SipCallSource::recordingPath(const QString &callId) const
{
    const CallEntry *entry = d->find(callId);
    return entry ? entry->recordPath : QString();
}

} // namespace Sigap
