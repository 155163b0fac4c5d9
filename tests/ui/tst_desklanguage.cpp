// The window shown in Indonesian has no English left in it: every text a person can read
// (labels, buttons, menus, actions, dock titles, table headers) is checked against the
// English source strings whose Indonesian translation differs.
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

// English sources whose Indonesian differs, with accelerators removed.
QSet<QString> englishOnlyStrings()
{
    QSet<QString> english;
    QFile file(SigapTest::sourceDir() + QStringLiteral("/translations/sigap_id.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString bareSource = QString(source).remove(QLatin1Char('&'));
            if (QString(translation).remove(QLatin1Char('&')) != bareSource && !source.contains(QLatin1Char('%')))
                english.insert(bareSource);
        }
    }
    return english;
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
    void indonesianWindowHasNoEnglishLeft()
    {
        QVERIFY(installTranslation(*qApp, QStringLiteral("id")));
        const QSet<QString> english = englishOnlyStrings();
        QVERIFY(english.size() > 100);

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
                        node.value()->actor());
        MainWindow window(*node.value(), QStringLiteral("id"), &taker);
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
            if (english.contains(text.trimmed()))
                leftovers << text;
        }
        QVERIFY2(leftovers.isEmpty(), qPrintable(QStringLiteral("English in the Indonesian window: ")
                                                 + leftovers.join(QStringLiteral(" | "))));
        QVERIFY2(texts.contains(QStringLiteral("Panggilan")), "the check really looked at the translated window");
    }
};

QTEST_MAIN(tst_DeskLanguage)
#include "tst_desklanguage.moc"
