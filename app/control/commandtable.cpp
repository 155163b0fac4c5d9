#include "commandtable.h"

namespace Sigap {

const CommandTable &CommandTable::all()
{
    static const CommandTable table = [] {
        CommandTable t;
        addRoomCommands(t);
        addIncidentCommands(t);
        addHandoffCommands(t);
        addUnitCommands(t);
        addTelephonyCommands(t);
        addOperatorCommands(t);
        addLeadCommands(t);
        addTrainingCommands(t);
        addConfigCommands(t);
        return t;
    }();
    return table;
}

void CommandTable::add(ControlCommand command)
{
    // Two commands with one spelling, or two handlers of one request, are a programming error.
    Q_ASSERT(!spelledBy(command.words) || spelledBy(command.words)->words != command.words);
    Q_ASSERT(!command.handle || !handlerOf(command.request));
    m_commands.append(std::move(command));
}

const ControlCommand *CommandTable::handlerOf(const QString &request) const
{
    for (const ControlCommand &c : m_commands)
        if (c.request == request && c.handle)
            return &c;
    return nullptr;
}

const ControlCommand *CommandTable::spelledBy(const QStringList &words) const
{
    const ControlCommand *best = nullptr;
    for (const ControlCommand &c : m_commands) {
        if (words.mid(0, c.words.size()) == c.words && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

QString CommandTable::usageLine(const ControlCommand &c)
{
    QStringList parts = c.words;
    for (const CommandArgument &a : c.arguments)
        parts << a.name;
    for (const CommandOption &o : c.options)
        parts << (o.required ? spelling(o) : QLatin1Char('[') + spelling(o) + QLatin1Char(']'));
    if (c.printsJson)
        parts << QStringLiteral("[--json]");
    return parts.join(QLatin1Char(' '));
}

QString CommandTable::spelling(const CommandOption &o)
{
    QString valueName;
    for (const ControlOptionHelp &h : optionHelp())
        if (h.name == o.option)
            valueName = h.valueName;
    if (valueName.isEmpty() || o.kind == ValueKind::Flag || o.kind == ValueKind::PinFromStdin)
        return QStringLiteral("--%1").arg(o.option);
    return QStringLiteral("--%1 %2").arg(o.option, valueName);
}

QString CommandTable::usage() const
{
    QString text;
    for (const ControlCommand &c : m_commands) {
        text += QStringLiteral("  ") + usageLine(c) + QLatin1Char('\n');
        if (!c.note.isEmpty())
            text += QStringLiteral("      ") + c.note + QLatin1Char('\n');
    }
    return text;
}

const QStringList &CommandTable::globalOptions()
{
    static const QStringList names{QStringLiteral("data"), QStringLiteral("json"), QStringLiteral("lang")};
    return names;
}

const QList<ControlOptionHelp> &CommandTable::optionHelp()
{
    // Built once the program's language is installed (the first call comes after it).
    static const QList<ControlOptionHelp> help{
        {QStringLiteral("data"), tr("DIR"), tr("Data folder of the desk or node.")},
        {QStringLiteral("json"), {}, tr("Print JSON.")},
        {QStringLiteral("lang"), tr("LANG"), tr("Language: id (default) or en.")},
        {QStringLiteral("category"), tr("CODE"), tr("Incident category code.")},
        {QStringLiteral("kelurahan"), tr("KODE"), tr("Kelurahan code (Kemendagri).")},
        {QStringLiteral("lat"), tr("L"), tr("Latitude.")},
        {QStringLiteral("lon"), tr("L"), tr("Longitude.")},
        {QStringLiteral("caller"), tr("NUMBER"), tr("Caller's phone number.")},
        {QStringLiteral("note"), tr("TEXT"), tr("First note.")},
        {QStringLiteral("address"), tr("TEXT"), tr("Address text.")},
        {QStringLiteral("priority"), tr("P"), tr("Priority, 1 (highest) to 4.")},
        {QStringLiteral("room"), tr("ID"), tr("Room id (room init).")},
        {QStringLiteral("out"), tr("FILE"), tr("File or folder to write (room init, city import).")},
        {QStringLiteral("code"), tr("KODE"), tr("Kemendagri code of the kota or kabupaten, 63.03 (city import).")},
        {QStringLiteral("training"), {}, tr("The new room is a training room (room init).")},
        {QStringLiteral("channel"), tr("CHANNEL"), tr("Handoff channel: desk, eido or phone.")},
        {QStringLiteral("received-by"), tr("NAME"), tr("Who took a phone handoff at the agency.")},
        {QStringLiteral("as"), tr("OPERATOR"), tr("The agency operator acting (handoff).")},
        {QStringLiteral("reason"), tr("TEXT"), tr("Why (a rejected handoff).")},
        {QStringLiteral("from"), tr("ISO"), tr("Start of the period (kpi, scenario export).")},
        {QStringLiteral("to"), tr("ISO"), tr("End of the period (kpi, scenario export).")},
        {QStringLiteral("incident"), tr("ID"), tr("The incident a unit is dispatched to (unit status).")},
        {QStringLiteral("agency"), tr("ID"), tr("The agency whose handoff a unit serves (unit status).")},
        {QStringLiteral("count"), tr("N"), tr("How many units to recommend (default 3).")},
        {QStringLiteral("recordings-days"), tr("N"),
         tr("Days every desk keeps its call recordings, 0 for ever (retention).")},
        {QStringLiteral("sweep"), {}, tr("Delete this desk's expired recordings now (retention).")},
        {QStringLiteral("name"), tr("NAME"), tr("The operator's name (operator add).")},
        {QStringLiteral("role"), tr("ROLE"), tr("A role of the operator (operator add).")},
        {QStringLiteral("pin-stdin"), {}, tr("Read the operator's PIN from standard input (operator add).")},
        {QStringLiteral("starts"), tr("HH:MM,..."), tr("The times of day the room's shifts begin (shifts).")},
    };
    return help;
}

} // namespace Sigap
