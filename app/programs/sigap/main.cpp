// sigap: the Sigap 112 desk, the operator's window over the node core.
#include "core/clock.h"
#include "core/logging.h"
#include "core/privatedata.h"
#include "core/translator.h"
#include "core/unixsignals.h"
#include "desk/mainwindow.h"
#include "desk/screenshottaker.h"
#include "desk/trainingband.h"
#include "handoff/eidocommandline.h"
#include "node/node.h"
#include "sync/synccommandline.h"
#include "telephony/calltaker.h"
#include "telephony/scenariocallsource.h"
#ifdef SIGAP_WITH_SIP
#include "telephony/sipcallsource.h"
#endif
#include "training/democallstream.h"
#include "training/scenario.h"
#include "training/scenarioplayer.h"
#include "training/trainerconsole.h"
#include "training/virtualclock.h"
#include "units/demounitfeed.h"
#include "units/traccarpoller.h"
#include "units/unitboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QTextStream>

#include <optional>

using namespace Sigap;

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SigapDesk)
};
} // namespace

int main(int argc, char *argv[])
{
    PrivateData::restrictNewFiles(); // personal data: nothing this program writes is for other users
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("sigap"));
    app.setApplicationDisplayName(QStringLiteral("Sigap 112"));
    app.setApplicationVersion(QStringLiteral(SIGAP_VERSION));
    app.setDesktopFileName(QStringLiteral("sigap"));
    const QString language = installLanguageFromArguments(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Sigap 112 desk: the operator workstation of a Call Center 112 room."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), Texts::tr("Data folder of this desk."),
                                        Texts::tr("DIR"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        Texts::tr("The room configuration folder: city, categories, agencies, units, cameras (see the admin docs)."),
        Texts::tr("CONFIGDIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Texts::tr("Start on the demo city (a new data folder gets a demo shift)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Texts::tr("Language: id (default) or en."),
                                        Texts::tr("LANG"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), Texts::tr("Save a picture of the screen once the window is up, then quit."),
        Texts::tr("FILE"));
    const QCommandLineOption callRateOption(
        QStringLiteral("call-rate"),
        Texts::tr("Demo: calls per hour in the live call stream, 1 to 3600 (default 90, one every 40 s)."),
        Texts::tr("N"), QStringLiteral("90"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), Texts::tr("Take the calls from this scenario file instead (training, demo)."),
        Texts::tr("FILE"));
    const QCommandLineOption avlOption(QStringLiteral("avl-listen"),
                                       Texts::tr("Accept unit positions in the OsmAnd protocol (Traccar Client) here."),
                                       Texts::tr("ADDR:PORT"));
    const QCommandLineOption agencyOption(
        QStringLiteral("agency"),
        Texts::tr("This desk is the room's liaison desk of this agency (its id in the agency directory)."),
        Texts::tr("AGENCY"));
    parser.addOptions({dataOption, configOption, demoOption, langOption, screenshotOption, callRateOption,
                       scenarioOption, avlOption, agencyOption});
    const QCommandLineOption sipOption(
        QStringLiteral("sip"),
        Texts::tr("Take the room's calls over SIP with this desk's account (sip.json, see docs/admin/sip.md)."),
        Texts::tr("FILE"));
    parser.addOption(sipOption);
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        Texts::tr("A training desk: in a training room only (a training room key, or none), its calls from the "
                  "scenario (--scenario FILE, else the first bundled one) on the trainer's clock, the trainer's "
                  "console beside it, and LATIHAN / TRAINING on every window."));
    parser.addOption(trainingOption);
    const EidoCommandLine eidoOptions; // EIDO status endpoint: --eido-listen, --eido-cert, --eido-key
    eidoOptions.addTo(parser);
    const SyncCommandLine syncOptions;
    syncOptions.addTo(parser);
    const TraccarCommandLine traccarOptions;
    traccarOptions.addTo(parser);
    parser.process(app);

    // Checked before anything starts, so a wrong option leaves no half-started desk behind.
    bool rateOk = false;
    const int callsPerHour = parser.value(callRateOption).toInt(&rateOk);
    if (!rateOk || callsPerHour < 1 || callsPerHour > 3600) {
        QTextStream(stderr) << Texts::tr("sigap: --call-rate: \"%1\" is not a number of calls per hour from 1 to 3600")
                                   .arg(parser.value(callRateOption))
                            << Qt::endl;
        return 2;
    }
    auto eido = eidoOptions.read(parser);
    if (!eido) {
        QTextStream(stderr) << Texts::tr("sigap: %1").arg(eido.error().message) << Qt::endl;
        return 2;
    }
    auto sync = syncOptions.read(parser);
    if (!sync) {
        QTextStream(stderr) << Texts::tr("sigap: %1").arg(sync.error().message) << Qt::endl;
        return 2;
    }
    auto traccar = traccarOptions.read(parser);
    if (!traccar) {
        QTextStream(stderr) << Texts::tr("sigap: %1").arg(traccar.error().message) << Qt::endl;
        return 2;
    }
    const bool training = parser.isSet(trainingOption);
    std::optional<Scenario> trainingScenario;
    if (training) {
        const QString path
            = parser.isSet(scenarioOption) ? parser.value(scenarioOption) : Scenario::bundledPaths().value(0);
        auto loaded = Scenario::load(path);
        if (!loaded) {
            QTextStream(stderr) << Texts::tr("sigap: %1").arg(loaded.error().message) << Qt::endl;
            return 2;
        }
        trainingScenario = loaded.value();
    }
    std::optional<QList<ScenarioCall>> scenarioCalls;
    if (parser.isSet(scenarioOption) && !training) {
        auto loaded = ScenarioCallSource::load(parser.value(scenarioOption));
        if (!loaded) {
            QTextStream(stderr) << Texts::tr("sigap: %1").arg(loaded.error().message) << Qt::endl;
            return 2;
        }
        scenarioCalls = loaded.value();
    }

    const bool demo = parser.isSet(demoOption);
    QString dataDir = parser.value(dataOption);
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                  + (training ? QStringLiteral("/training")
                     : demo   ? QStringLiteral("/demo")
                              : QStringLiteral("/desk"));
    }

    // SIP: the desk's account is checked before anything starts; it registers once the node is up.
#ifdef SIGAP_WITH_SIP
    std::optional<SipConfig> sipConfig;
    if (parser.isSet(sipOption)) {
        if (scenarioCalls || training) {
            QTextStream(stderr) << (training ? Texts::tr("sigap: --sip and --training: a training desk takes only "
                                                         "the scenario's calls")
                                             : Texts::tr("sigap: --sip and --scenario: calls come from one of them"))
                                << Qt::endl;
            return 2;
        }
        auto loaded = SipConfig::load(parser.value(sipOption), dataDir);
        if (!loaded) {
            QTextStream(stderr) << Texts::tr("sigap: --sip: %1").arg(loaded.error().message) << Qt::endl;
            return 2;
        }
        sipConfig = loaded.value();
    }
#else
    if (parser.isSet(sipOption)) {
        QTextStream(stderr) << Texts::tr("sigap: --sip: this build has no SIP (built without liblinphone)") << Qt::endl;
        return 2;
    }
#endif

    // A training desk runs on the trainer's clock (paused, 1x to 8x), the live desk on the real one.
    SystemClock systemClock;
    VirtualClock trainingClock(systemClock);
    const Clock &clock = training ? static_cast<const Clock &>(trainingClock) : systemClock;
    // The bundled demo room's camera directory, once: the desk's own copy can then be edited.
    // A room configuration folder brings its own cameras.
    const QString cameras = QDir(dataDir).filePath(QStringLiteral("cameras.json"));
    if (demo && !parser.isSet(configOption) && QDir().mkpath(dataDir) && !QFile::exists(cameras)
        && QFile::copy(QStringLiteral(":/city/banjarmasin/cameras.json"), cameras))
        QFile::setPermissions(cameras, QFile::ReadOwner | QFile::WriteOwner);

    Node::Options options;
    options.training = training;
    options.dataDir = dataDir;
    options.configDir = parser.value(configOption);
    options.eidoListen = eido.value();
    options.demo = demo;
    options.sync = sync.value();
    options.avlListen = parser.value(avlOption);
    options.traccar = traccar.value();
    auto node = Node::start(options, clock);
    if (!node) {
        QTextStream(stderr) << Texts::tr("sigap: %1").arg(node.error().message) << Qt::endl;
        QMessageBox::critical(nullptr, Texts::tr("Sigap 112 cannot start"), node.error().message);
        return 1;
    }

    const QString liaisonAgency = parser.value(agencyOption);
    if (!liaisonAgency.isEmpty() && !node.value()->agencies().byId(liaisonAgency)) {
        QStringList known;
        for (const Agency &a : node.value()->agencies().agencies())
            known << a.id;
        QTextStream(stderr) << Texts::tr("sigap: --agency: \"%1\" is not in the room's agency directory (%2)")
                                   .arg(liaisonAgency, known.join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    // A scenario file, or on the demo a generated stream (--call-rate per hour, 30 % prank
    // or silent); a desk without a call source shows no call panel until SIP arrives.
    std::unique_ptr<ScenarioCallSource> callSource;
    std::unique_ptr<CallTaker> callTaker;
#ifdef SIGAP_WITH_SIP
    // Real calls over SIP replace the demo's generated stream.
    std::unique_ptr<SipCallSource> sipSource;
    if (sipConfig) {
        sipSource = std::make_unique<SipCallSource>(*sipConfig);
        if (auto started = sipSource->start(); !started) {
            QTextStream(stderr) << Texts::tr("sigap: --sip: %1").arg(started.error().message) << Qt::endl;
            return 1;
        }
        Node &n = *node.value();
        callTaker = std::make_unique<CallTaker>(*sipSource, n.log(), n.calls(), n.categories(),
                                                [&n] { return n.session().actor(); });
        n.recordings().setRecordingsDir(sipConfig->recordDir); // the room's retention sweeps them
        // A handset's AML position may come as a SIP MESSAGE instead of an SMS.
        QObject::connect(sipSource.get(), &SipCallSource::textReceived, &n,
                         [&n](const QString &from, const QString &text) {
                             if (auto r = n.aml().receive(from, text, n.clock().nowMs()); !r)
                                 qCWarning(lcTelephony) << "a SIP MESSAGE was refused:" << r.error().code;
                         });
    }
#endif
    if (!callTaker && !training && (scenarioCalls || demo)) {
        Node &n = *node.value();
        const qint64 meanGapMs = 3'600'000 / callsPerHour;
        callSource = std::make_unique<ScenarioCallSource>(
            scenarioCalls ? *scenarioCalls
                          : DemoCallStream::generate(n.gazetteer(), quint32(clock.nowMs()), 600, meanGapMs),
            clock);
        callTaker = std::make_unique<CallTaker>(*callSource, n.log(), n.calls(), n.categories(),
                                                [&n] { return n.session().actor(); });
    }

    // The demo's agency units drive about the city; a real room's come with its AVL feed
    // (--avl-listen) or from the other desks.
    UnitBoard &units = node.value()->units();
    std::unique_ptr<DemoUnitFeed> unitFeed;
    if (demo && !training) // a scenario moves its own units
        unitFeed = std::make_unique<DemoUnitFeed>(units, node.value()->gazetteer(), clock, quint32(clock.nowMs()));

    if (node.value()->isTraining())
        TrainingBand::showOnEveryWindow();
    int rc = 0;
    {
        // The trainer's console plays the scenario: its calls ring at this desk.
        std::unique_ptr<TrainerConsole> console;
        if (training) {
            console = std::make_unique<TrainerConsole>(node.value()->scenarioDesk(), trainingClock, *trainingScenario);
            console->fixScenario();
            console->setAttribute(Qt::WA_QuitOnClose, false); // the desk window ends the program
        }
        MainWindow window(*node.value(), language, console ? &console->player().callTaker() : callTaker.get());
        window.showUnits(&units);
        if (!liaisonAgency.isEmpty())
            window.actAsLiaisonOf(liaisonAgency);
        if (unitFeed)
            unitFeed->start();
        if (callSource)
            callSource->play(clock.nowMs());
        window.show();
        if (console) { // beside the desk, bottom right, until someone moves it to its own monitor
            const QRect screen = window.screen()->availableGeometry();
            console->resize(console->sizeHint().expandedTo(QSize(600, 560)).boundedTo(screen.size()));
            console->move(screen.right() - console->width(), screen.bottom() - console->height());
            console->show();
        }
        if (parser.isSet(screenshotOption)) {
            const QString file = parser.value(screenshotOption);
            ScreenshotTaker::takeWhenExposed(window, file, [file](bool saved) {
                if (!saved)
                    QTextStream(stderr) << Texts::tr("sigap: cannot save the screenshot to %1").arg(file) << Qt::endl;
                QApplication::exit(saved ? 0 : 1);
            });
        }
        UnixSignals unixSignals;
        QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app, &QApplication::closeAllWindows);
        rc = app.exec();
    }
    unitFeed.reset();
    callTaker.reset();
    callSource.reset();
#ifdef SIGAP_WITH_SIP
    sipSource.reset();
#endif
    node.value().reset();
    return rc;
}
