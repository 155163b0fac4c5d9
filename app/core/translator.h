#pragma once

#include <QString>

class QCoreApplication;

namespace Sigap {

// Indonesian is the room's language and the default; English is the alternative.
// "auto" follows the system locale: English locales get English, everything else Indonesian.
QString resolveLanguage(const QString &requested);

// Installs the compiled translation for the language ("id" or "en") into the application.
// Returns false when the language is unknown.
bool installTranslation(QCoreApplication &app, const QString &language);

// Reads "--lang X" / "--lang=X" from the command line (before the parser exists, so that
// --help is already translated), installs that language and returns it.
QString installLanguageFromArguments(QCoreApplication &app);

} // namespace Sigap
