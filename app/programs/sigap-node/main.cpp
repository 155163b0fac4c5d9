// sigap-node: the Sigap 112 core without a window (room recorder, test peer, bridge).
#include "core/clock.h"
#include "core/privatedata.h"
#include "core/translator.h"
#include "core/unixsignals.h"
#include "handoff/eidocommandline.h"
#include "node/node.h"
#include "sync/synccommandline.h"
#include "units/traccarpoller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Sigap;

namespace {
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SigapNode)
};
} // namespace

int main(int argc, char *argv[])
{
    PrivateData::restrictNewFiles(); // personal data: nothing this program writes is for other users
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("sigap-node"));
    app.setApplicationVersion(QStringLiteral(SIGAP_VERSION));
    installLanguageFromArguments(app);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Sigap 112 node: the desk's core without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), Texts::tr("Data folder of this node."),
                                        Texts::tr("DIR"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        Texts::tr("The room configuration folder: city, categories, agencies, units, cameras (see the admin docs)."),
        Texts::tr("CONFIGDIR"));
    const QCommandLineOption roomOption(QStringLiteral("room"),
                                        Texts::tr("Room id; a store of another room is refused."), Texts::tr("ID"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Texts::tr("Fill a new store with a demo shift of Banjarmasin."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Texts::tr("Language: id (default) or en."),
                                        Texts::tr("LANG"));
    const QCommandLineOption avlOption(QStringLiteral("avl-listen"),
                                       Texts::tr("Accept unit positions in the OsmAnd protocol (Traccar Client) here."),
                                       Texts::tr("ADDR:PORT"));
    const QCommandLineOption clockOption(
        QStringLiteral("clock-at"),
        Texts::tr("Run on a clock that stands at MS (milliseconds since 1970, UTC) and moves only when "
                  "'sigapctl clock set' says so: for tests and rehearsals, never for a live room."),
        Texts::tr("MS"));
    parser.addOptions({dataOption, configOption, roomOption, demoOption, langOption, avlOption, clockOption});
    const EidoCommandLine eidoOptions; // EIDO status endpoint: --eido-listen, --eido-cert, --eido-key
    eidoOptions.addTo(parser);
    const SyncCommandLine syncOptions;
    syncOptions.addTo(parser);
    const TraccarCommandLine traccarOptions;
    traccarOptions.addTo(parser);
    parser.process(app);

    if (!parser.isSet(dataOption)) {
        err << Texts::tr("sigap-node: --data DIR is required") << Qt::endl;
        return 2;
    }
    auto eido = eidoOptions.read(parser);
    if (!eido) {
        err << Texts::tr("sigap-node: %1").arg(eido.error().message) << Qt::endl;
        return 2;
    }
    auto sync = syncOptions.read(parser);
    if (!sync) {
        err << Texts::tr("sigap-node: %1").arg(sync.error().message) << Qt::endl;
        return 2;
    }

    auto traccar = traccarOptions.read(parser);
    if (!traccar) {
        err << Texts::tr("sigap-node: %1").arg(traccar.error().message) << Qt::endl;
        return 2;
    }

    SystemClock systemClock;
    std::optional<ManualClock> standingClock;
    if (parser.isSet(clockOption)) {
        bool ok = false;
        const qint64 ms = parser.value(clockOption).toLongLong(&ok);
        if (!ok || ms <= 0) {
            err << Texts::tr("sigap-node: --clock-at takes milliseconds since 1970, not \"%1\"")
                       .arg(parser.value(clockOption))
                << Qt::endl;
            return 2;
        }
        standingClock.emplace(ms);
        err << Texts::tr("sigap-node: the clock stands at %1 and moves only by 'sigapctl clock set'").arg(ms)
            << Qt::endl;
    }
    const Clock &clock = standingClock ? static_cast<const Clock &>(*standingClock) : systemClock;
    Node::Options options;
    options.settableClock = standingClock ? &*standingClock : nullptr;
    options.dataDir = parser.value(dataOption);
    options.configDir = parser.value(configOption);
    options.eidoListen = eido.value();
    options.room = parser.value(roomOption);
    options.demo = parser.isSet(demoOption);
    options.sync = sync.value();
    options.avlListen = parser.value(avlOption);
    options.traccar = traccar.value();
    auto node = Node::start(options, clock);
    if (!node) {
        err << Texts::tr("sigap-node: %1").arg(node.error().message) << Qt::endl;
        return 1;
    }
    const EventStore &store = node.value()->log().store();
    err << Texts::tr("sigap-node: room %1, desk %2, %3 events, %4 incidents; data in %5")
               .arg(store.room(), store.deskId())
               .arg(store.lastRowId())
               .arg(node.value()->incidents().createdCount())
               .arg(node.value()->dataDir())
        << Qt::endl;
    if (const EidoStatusReceiver *eidoReceiver = node.value()->eidoReceiver())
        err << Texts::tr("sigap-node: EIDO status updates from agencies on https://%1%2")
                   .arg(eidoReceiver->listenAddress(), QString::fromLatin1(EidoStatusReceiver::path()))
            << Qt::endl;
    if (const RoomSync *roomSync = node.value()->sync())
        err << Texts::tr("sigap-node: LAN sync of %1 room %2, listening on %3")
                   .arg(roomSync->training() ? Texts::tr("training") : Texts::tr("live"), roomSync->room(),
                        roomSync->listenAddress().isEmpty() ? Texts::tr("(nothing; dialling peers only)")
                                                            : roomSync->listenAddress())
            << Qt::endl;

    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app, &QCoreApplication::quit);
    const int rc = app.exec();
    node.value().reset(); // flush and snapshot before the application object goes away
    return rc;
}
