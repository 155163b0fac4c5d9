#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QObject;

namespace Sigap {

struct ControlContext;

// How a value given on sigapctl's command line becomes an argument of the request.
enum class ValueKind {
    Text,
    Number,  // a JSON number; refused as wrong usage when it is not one
    Integer, // the same, whole
    Path,    // made absolute against sigapctl's working folder (the desk has its own)
    TextList,
    Flag,         // true when the option is given
    PinFromStdin, // the option asks for a PIN, read from standard input into the key
};

// A positional argument after the command's words, e.g. the ID of "incident show ID".
struct CommandArgument
{
    QString key;  // in the request's args
    QString name; // as the usage text shows it: ID, FILE, TEXT
    ValueKind kind = ValueKind::Text;
};

// An option a command takes, e.g. --category CODE. Every option's name, value name and help
// are in ControlOptions (one list for the whole program); a command names those it takes,
// and sigapctl refuses the others with it.
struct CommandOption
{
    QString option; // the option's name without "--"
    QString key;    // in the request's args
    ValueKind kind = ValueKind::Text;
    bool required = false;
};

struct ControlOptionHelp
{
    QString name;
    QString valueName; // empty: a flag
    QString help;
};

// What a command's handler gets: the request's arguments, and where its answer goes. It may
// answer later (a write is answered once its event is durable); `context` goes away with the
// client, and then nothing is answered.
struct ControlRequest
{
    QJsonObject args;
    QObject *context = nullptr;
    std::function<void(const QJsonValue &result)> ok;
    std::function<void(const Error &error)> fail;
};

// One command of the control socket: how sigapctl spells it, what it sends, what the desk
// does with it and how sigapctl prints the answer. The table of every command (CommandTable)
// is the one place a command is added: sigapctl's usage text and argument checking and the
// desk's dispatch all come from it.
struct ControlCommand
{
    QStringList words;                // {"incident", "create"}
    QString request;                  // the request's name on the socket: "incident.create"
    QList<CommandArgument> arguments; // positionals after the words
    QList<CommandOption> options;
    bool readsPin = false;   // the PIN comes on standard input, into "pin" (never in argv)
    bool needsDesk = true;   // false: sigapctl answers it alone (room init, aml parse)
    bool printsJson = true;  // --json prints the answer whole; false: always the text
    QString note;            // a translated word on what it does, for the usage text
    QJsonObject fixedArgs{}; // sent with every such request ("handoff ack": to acknowledged)

    std::function<void(ControlContext &desk, const ControlRequest &request)> handle;
    // The answer for people. args: what was sent (a file's absolute path, for example).
    std::function<void(QTextStream &out, const QJsonValue &result, const QJsonObject &args)> print;
    // A command that needs no desk: it runs in sigapctl and returns the exit code.
    std::function<int(const QJsonObject &args, bool json)> runAlone;

    QString spelling() const { return words.join(QLatin1Char(' ')); }
};

} // namespace Sigap
