#pragma once

#include "unitboard.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace Sigap {

class Clock;
class Gazetteer;

// The demo's stand-in for an AVL feed: the agencies' units of a city, parked at kelurahan
// across it, some driving about, each reporting every few seconds of the clock's time. A few
// fall silent now and then, as real radios do. Only --demo starts it, never --scenario: a
// scenario can be played on a desk of a live room, whose map must show real units only.
class DemoUnitFeed : public QObject
{
    Q_OBJECT

public:
    DemoUnitFeed(UnitBoard &board, const Gazetteer &gazetteer, const Clock &clock, quint32 seed,
                 QObject *parent = nullptr);

    void start(int intervalMs = 3000); // report on a timer
    void reportAll();                  // one round of reports now
    int unitCount() const { return int(m_units.size()); }

private:
    UnitBoard &m_board;
    const Clock &m_clock;
    QRandomGenerator m_rng;
    QList<UnitReport> m_units;
    QTimer m_timer;
};

} // namespace Sigap
