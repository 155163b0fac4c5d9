// The window shown in one language has nothing of the other left in it: every text a person
// can read (labels, buttons, menus, actions, dock titles, table headers) is checked against
// the strings of the other language, for every message whose two languages differ.
#include "core/clock.h"
#include "core/translator.h"
#include "desk/mainwindow.h"
#include "node/node.h"
#include "telephony/calltaker.h"
#include "telephony/scenariocallsource.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace Sigap;

namespace {

// Both sides of every message whose English and Indonesian differ (accelerators removed),
// so each language's window can be checked for the other's words.
struct Vocabulary
{
    QSet<QString> english;
    QSet<QString> indonesian;
};

Vocabulary differingStrings()
{
    Vocabulary words;
    QFile file(SigapTest::sourceDir() + QStringLiteral("/translations/sigap_id.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return words;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString translation
                = xml.readElementText(QXmlStreamReader::IncludeChildElements).remove(QLatin1Char('&'));
            const QString bareSource = QString(source).remove(QLatin1Char('&'));
            if (translation != bareSource && !source.contains(QLatin1Char('%'))) {
                words.english.insert(bareSource);
                words.indonesian.insert(translation);
            }
        }
    }
    return words;
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return QString(text).remove(QLatin1Char('&'));
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

} // namespace

class tst_DeskLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowHasNothingOfTheOtherLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("aWordOfIt"); // proves the check looked at a translated window
        QTest::newRow("Indonesian") << QStringLiteral("id") << QStringLiteral("Panggilan");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Calls");
    }

    void windowHasNothingOfTheOtherLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, aWordOfIt);
        QVERIFY(installTranslation(*qApp, language));
        const Vocabulary words = differingStrings();
        QVERIFY(words.english.size() > 100);
        const QSet<QString> &foreign = language == QLatin1String("id") ? words.english : words.indonesian;

        QTemporaryDir tmp;
        SystemClock clock;
        Node::Options options;
        options.dataDir = tmp.filePath(QStringLiteral("desk"));
        options.demo = true;
        options.control = false;
        auto node = Node::start(options, clock);
        QVERIFY(node.ok());
        ScenarioCallSource source({ScenarioCall{0, QStringLiteral("081211112222"), QStringLiteral("112"), std::nullopt,
                                                0, QStringLiteral("Tolong, ada kebakaran!"), 0}},
                                  clock);
        CallTaker taker(source, node.value()->log(), node.value()->calls(), node.value()->categories(),
                        node.value()->session().actor());
        MainWindow window(*node.value(), language, &taker);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        source.begin(clock.nowMs());
        source.advanceTo(clock.nowMs()); // a call rings: the banner and the queue have text
        window.incidentView()->selectRow(0);

        QStringList texts;
        for (const QLabel *label : window.findChildren<QLabel *>())
            texts << plain(label->text());
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
            texts << plain(button->text());
        for (const QAction *action : window.findChildren<QAction *>())
            texts << plain(action->text());
        for (const QMenu *menu : window.findChildren<QMenu *>())
            texts << plain(menu->title());
        for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
            texts << dock->windowTitle();
        for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
            texts << edit->placeholderText();
        for (const QTableView *table : window.findChildren<QTableView *>()) {
            for (int c = 0; c < table->model()->columnCount(); ++c)
                texts << table->model()->headerData(c, Qt::Horizontal).toString();
            for (int c = 0; c < table->model()->columnCount() && table->model()->rowCount() > 0; ++c)
                texts << table->model()->index(0, c).data().toString();
        }
        QStringList leftovers;
        for (const QString &text : std::as_const(texts)) {
            if (foreign.contains(text.trimmed()))
                leftovers << text;
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(QStringLiteral("the other language in the %1 window: %2")
                                                     .arg(language, leftovers.join(QStringLiteral(" | ")))));
        QVERIFY2(texts.contains(aWordOfIt), "the check really looked at the translated window");
    }
};

QTEST_MAIN(tst_DeskLanguage)
#include "tst_desklanguage.moc"
