// Both languages are complete: every string a person reads is translated, and the .ts
// files hold every string the code has.
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
};

static QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

class tst_Translations : public QObject
{
    Q_OBJECT

    QString tsPath(const QString &language) const
    {
        return SigapTest::sourceDir() + QStringLiteral("/translations/sigap_%1.ts").arg(language);
    }

private Q_SLOTS:
    void everyStringIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Indonesian") << QStringLiteral("id");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void everyStringIsFinished()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 100, qPrintable(tsPath(language)));
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: \"%2\" is %3")
                                .arg(m.context, m.source, m.type.isEmpty() ? QStringLiteral("empty") : m.type);
                continue;
            }
            auto it = placeholder.globalMatch(m.source);
            while (it.hasNext()) {
                const QString p = it.next().captured();
                if (!m.translation.contains(p))
                    problems << QStringLiteral("%1: \"%2\" lost %3").arg(m.context, m.source, p);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void bothLanguagesHaveTheSameStrings()
    {
        auto keys = [](const QList<Message> &messages) {
            QStringList k;
            for (const Message &m : messages)
                k << m.context + QLatin1Char('|') + m.source;
            k.sort();
            return k;
        };
        QCOMPARE(keys(readTs(tsPath(QStringLiteral("id")))), keys(readTs(tsPath(QStringLiteral("en")))));
    }

    void tsFilesHoldEveryStringOfTheCode()
    {
        const QString lupdate = QStringLiteral(SIGAP_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed (qt6-l10n-tools); ./run tests installs it");
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("id")), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.start(lupdate,
                {SigapTest::sourceDir() + QStringLiteral("/app"), SigapTest::sourceDir() + QStringLiteral("/ui"),
                 QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-no-obsolete"),
                 QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QStringList missing;
        for (const Message &m : readTs(copy)) {
            if (!m.type.isEmpty())
                missing << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("strings in the code but not in the .ts files (run "
                                                              "`cmake --build build --target update_translations`):\n")
                                               + missing.join(QLatin1Char('\n'))));
    }

    void compiledTranslationsAreBundled()
    {
        QTranslator id;
        QVERIFY(id.load(QStringLiteral(":/i18n/sigap_id.qm")));
        QCOMPARE(id.translate("Sigap::IncidentStatuses", "Closed"), QStringLiteral("Selesai"));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/sigap_en.qm")));
        QCOMPARE(en.translate("Sigap::IncidentStatuses", "Closed"), QStringLiteral("Closed"));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
