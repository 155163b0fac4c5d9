#pragma once

#include "telephony/scenariocallsource.h"

namespace Sigap {

class Gazetteer;

// A live stream of calls for the demo desk, as a Banjarmasin room gets them: about 30 %
// pranks and silent calls (pranks often from the same few numbers), network location (AML)
// for most mobile callers, and now and then a second caller about the same fire or crash
// within two minutes. The same seed gives the same stream.
class DemoCallStream
{
public:
    static QList<ScenarioCall> generate(const Gazetteer &gazetteer, quint32 seed, int calls, qint64 meanGapMs);
};

} // namespace Sigap
