// sigapctl: command-line client of a running Sigap desk or node, over DIR/control.sock.
// Every command, its arguments, its options and how its answer is printed come from the
// CommandTable (app/control): this file only turns the command line into a request.
#include "control/commandtable.h"
#include "control/controlclient.h"
#include "core/privatedata.h"
#include "core/translator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <termios.h>
#include <unistd.h>

using namespace Sigap;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sigapctl)
};

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, NoNode = 3 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

// The PIN comes on standard input, never on the command line (where every user of the
// machine can read it); typed at a terminal, it is not echoed.
QString readPin()
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << Texts::tr("PIN: ") << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString pin = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return pin;
}

// A value of the command line as the request carries it; nullopt: not of its kind.
std::optional<QJsonValue> convert(const QString &text, ValueKind kind)
{
    bool ok = true;
    switch (kind) {
    case ValueKind::Number: {
        const double number = text.toDouble(&ok);
        return ok ? std::optional<QJsonValue>(number) : std::nullopt;
    }
    case ValueKind::Integer: {
        const qint64 number = text.toLongLong(&ok);
        return ok ? std::optional<QJsonValue>(number) : std::nullopt;
    }
    case ValueKind::Path: return QJsonValue(QDir::current().absoluteFilePath(text));
    default: return QJsonValue(text);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    PrivateData::restrictNewFiles(); // personal data: nothing this program writes is for other users
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("sigapctl"));
    app.setApplicationVersion(QStringLiteral(SIGAP_VERSION));
    installLanguageFromArguments(app);
    const CommandTable &table = CommandTable::all();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("Command-line client of a running Sigap 112 desk or node.") + QStringLiteral("\n\n")
        + Texts::tr("Commands:") + QLatin1Char('\n') + table.usage() + QLatin1Char('\n')
        + Texts::tr("Exit codes: 0 done, 1 refused or failed, 2 wrong usage, 3 no desk or node running."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const ControlOptionHelp &h : CommandTable::optionHelp())
        parser.addOption(h.valueName.isEmpty() ? QCommandLineOption(h.name, h.help)
                                               : QCommandLineOption(h.name, h.help, h.valueName));
    parser.addPositionalArgument(QStringLiteral("command"), Texts::tr("The command and its arguments."));
    parser.process(app);

    const QStringList words = parser.positionalArguments();
    auto usage = [&](const QString &message) {
        err() << Texts::tr("sigapctl: %1 (see sigapctl --help)").arg(message) << Qt::endl;
        return Usage;
    };
    const ControlCommand *command = table.spelledBy(words);
    if ((!command || command->needsDesk) && !parser.isSet(QStringLiteral("data")))
        return usage(Texts::tr("--data DIR is required"));
    if (words.isEmpty())
        return usage(Texts::tr("no command given"));
    const qsizetype given = words.size() - (command ? command->words.size() : 0);
    if (!command || (command->arguments.isEmpty() && given > 0))
        return usage(Texts::tr("unknown command or wrong arguments: %1").arg(words.join(QLatin1Char(' '))));
    if (given != command->arguments.size()) {
        QStringList names;
        for (const CommandArgument &a : command->arguments)
            names << a.name;
        return usage(Texts::tr("%1 needs %2 (quote an argument that has spaces)")
                         .arg(command->spelling(), names.join(QLatin1Char(' '))));
    }

    // The request: the command's fixed arguments, its positionals and its options.
    QJsonObject args = command->fixedArgs;
    for (qsizetype i = 0; i < command->arguments.size(); ++i) {
        const CommandArgument &a = command->arguments.at(i);
        const QString text = words.at(command->words.size() + i);
        const auto value = convert(text, a.kind);
        if (!value)
            return usage(Texts::tr("%1 %2: \"%3\" is not a number").arg(command->spelling(), a.name, text));
        args.insert(a.key, *value);
    }
    for (const CommandOption &o : command->options) {
        const bool set = parser.isSet(o.option);
        if (o.kind == ValueKind::Flag) {
            args.insert(o.key, set);
            continue;
        }
        if (!set) {
            if (o.required)
                return usage(Texts::tr("%1 needs %2").arg(command->spelling(), CommandTable::spelling(o)));
            continue;
        }
        if (o.kind == ValueKind::PinFromStdin) {
            args.insert(o.key, readPin());
        } else if (o.kind == ValueKind::TextList) {
            args.insert(o.key, QJsonArray::fromStringList(parser.values(o.option)));
        } else {
            const QString text = parser.value(o.option);
            const auto value = convert(text, o.kind);
            if (!value)
                return usage(Texts::tr("--%1: \"%2\" is not a number").arg(o.option, text));
            args.insert(o.key, *value);
        }
    }
    // An option the command does not take is refused: passed on, --to would override the
    // state a command names ("handoff ack I A --to finished").
    for (const QString &name : parser.optionNames()) {
        const bool taken = std::any_of(command->options.cbegin(), command->options.cend(),
                                       [&](const CommandOption &o) { return o.option == name; });
        if (!taken && !CommandTable::globalOptions().contains(name))
            return usage(Texts::tr("--%1 does not go with \"%2\"").arg(name, command->spelling()));
    }
    if (command->readsPin)
        args.insert(QStringLiteral("pin"), readPin());

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!command->needsDesk)
        return command->runAlone(args, json);

    ControlClient client(parser.value(QStringLiteral("data")));
    if (auto connected = client.connectToNode(); !connected) {
        err() << Texts::tr("sigapctl: %1").arg(connected.error().message) << Qt::endl;
        return NoNode;
    }
    auto reply = client.call(command->request, args);
    if (!reply) {
        err() << Texts::tr("sigapctl: %1").arg(reply.error().message) << Qt::endl;
        return reply.error().code == QLatin1String("control.lost") ? NoNode : Failed;
    }
    if (json && command->printsJson)
        printJson(reply.value());
    else
        command->print(out(), reply.value(), args);
    out().flush();
    return Ok;
}
