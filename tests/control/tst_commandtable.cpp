// The table of control commands: one entry per command, and everything that reads it
// (sigapctl's parser and usage text, the desk's dispatch, the admin docs) finds it whole.
#include "control/commandtable.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Sigap;

class tst_CommandTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachSpellingIsOneCommand()
    {
        QSet<QString> spellings;
        for (const ControlCommand &c : CommandTable::all().commands()) {
            QVERIFY2(!spellings.contains(c.spelling()), qPrintable(c.spelling()));
            spellings.insert(c.spelling());
            QCOMPARE(CommandTable::all().spelledBy(c.words), &c);
        }
        QVERIFY2(spellings.size() >= 40, "every command of sigapctl is in the table");
    }

    // What sigapctl sends, the desk handles; what runs without a desk, sigapctl runs.
    void everyRequestHasAHandlerAndEveryAnswerAPrinter()
    {
        for (const ControlCommand &c : CommandTable::all().commands()) {
            if (!c.needsDesk) {
                QVERIFY2(c.runAlone, qPrintable(c.spelling()));
                continue;
            }
            const ControlCommand *handler = CommandTable::all().handlerOf(c.request);
            QVERIFY2(handler && handler->handle, qPrintable(c.spelling() + QStringLiteral(": no handler")));
            QVERIFY2(c.print, qPrintable(c.spelling() + QStringLiteral(": no printer")));
        }
        QVERIFY2(!CommandTable::all().handlerOf(QStringLiteral("launch")), "an unknown request has no handler");
    }

    void everyOptionACommandTakesIsKnownToTheParser()
    {
        QSet<QString> known;
        for (const ControlOptionHelp &h : CommandTable::optionHelp())
            known.insert(h.name);
        for (const QString &global : CommandTable::globalOptions())
            QVERIFY2(known.contains(global), qPrintable(global));
        for (const ControlCommand &c : CommandTable::all().commands())
            for (const CommandOption &o : c.options)
                QVERIFY2(known.contains(o.option), qPrintable(c.spelling() + QStringLiteral(" --") + o.option));
    }

    // Of "incident create ID", the longest spelling wins; words that spell nothing, nothing.
    void theLongestSpellingWins()
    {
        const CommandTable &t = CommandTable::all();
        QCOMPARE(t.spelledBy({QStringLiteral("handoff"), QStringLiteral("ack"), QStringLiteral("x")})->request,
                 QStringLiteral("handoff.state"));
        QCOMPARE(t.spelledBy({QStringLiteral("status")})->request, QStringLiteral("status"));
        QVERIFY(!t.spelledBy({QStringLiteral("incident")}));
        QVERIFY(!t.spelledBy({}));
    }

    // The admin docs list every command as the usage text spells it.
    void theCommandLineDocsListEveryCommand()
    {
        QFile doc(SigapTest::sourceDir() + QStringLiteral("/docs/admin/command-line.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        const QString usage = CommandTable::all().usage();
        for (const ControlCommand &c : CommandTable::all().commands()) {
            const QString line = CommandTable::usageLine(c);
            QVERIFY2(usage.contains(line), qPrintable(line));
            QVERIFY2(text.contains(line),
                     qPrintable(QStringLiteral("docs/admin/command-line.md lacks \"%1\" (copy it from sigapctl --help)")
                                    .arg(line)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CommandTable)
#include "tst_commandtable.moc"
