#include "translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Sigap {

QString resolveLanguage(const QString &requested)
{
    const QString lang = requested.trimmed().toLower();
    if (lang == QLatin1String("id") || lang == QLatin1String("en"))
        return lang;
    if (QLocale::system().language() == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("id");
}

bool installTranslation(QCoreApplication &app, const QString &language)
{
    if (language != QLatin1String("id") && language != QLatin1String("en"))
        return false;
    auto *translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/sigap_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    return true;
}

QString installLanguageFromArguments(QCoreApplication &app)
{
    QString requested;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            requested = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            requested = args.at(i).mid(7);
    }
    const QString language = resolveLanguage(requested);
    installTranslation(app, language);
    return language;
}

} // namespace Sigap
