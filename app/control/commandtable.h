#pragma once

#include "controlcommand.h"

#include <QCoreApplication>

namespace Sigap {

// Every command of the control socket, each registered by its module's control file
// (incidentcontrol.cpp, handoffcontrol.cpp, …). Adding a command is one entry there: sigapctl's
// usage text, its argument checking and printing, and the desk's dispatch all read this table.
class CommandTable
{
    Q_DECLARE_TR_FUNCTIONS(Sigapctl)

public:
    // The table of the program: every module's commands.
    static const CommandTable &all();

    void add(ControlCommand command);
    const QList<ControlCommand> &commands() const { return m_commands; }
    // The command that handles a request on the socket; null: none does.
    const ControlCommand *handlerOf(const QString &request) const;
    // The command spelt by the first words of `words` (the longest spelling that matches).
    const ControlCommand *spelledBy(const QStringList &words) const;

    // One line per command: its words, arguments and options, and its note.
    QString usage() const;
    static QString usageLine(const ControlCommand &command);

    // Options every command takes: the data folder, --json, --lang.
    static const QStringList &globalOptions();
    // Every option's value name and help, for sigapctl's parser (one list for all commands).
    static const QList<ControlOptionHelp> &optionHelp();
    // "--category CODE": how the usage text spells an option with its value.
    static QString spelling(const CommandOption &option);

private:
    QList<ControlCommand> m_commands;
};

// Each module's commands (app/control/*control.cpp).
void addRoomCommands(CommandTable &table);
void addIncidentCommands(CommandTable &table);
void addHandoffCommands(CommandTable &table);
void addUnitCommands(CommandTable &table);
void addTelephonyCommands(CommandTable &table);
void addOperatorCommands(CommandTable &table);
void addLeadCommands(CommandTable &table);
void addTrainingCommands(CommandTable &table);
void addConfigCommands(CommandTable &table);

} // namespace Sigap
