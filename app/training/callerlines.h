#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace Sigap {

// What callers say, per incident category, in the caller's own words (Indonesian). Used by
// the demo shift's first notes and by the demo call stream; caller speech is data, not UI.
const std::map<QString, QStringList> &callerLines();

} // namespace Sigap
