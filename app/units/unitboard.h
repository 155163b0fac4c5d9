#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Sigap {

// Where an agency unit is, as its AVL feed last said: position, heading and status.
struct UnitReport
{
    QString id;       // e.g. "damkar-03"
    QString agency;   // agency code: damkar, psc119, polres, bpbd, basarnas, pmi, pln, relawan
    QString callsign; // what the radio calls it, e.g. "Damkar 3"
    QString status;   // as the feed says; a roster unit's is its status from the log (UnitOverlay)
    double lat = 0;
    double lon = 0;
    std::optional<double> headingDeg; // 0 = north, clockwise; absent when standing
    qint64 reportedMs = 0;            // when the unit was there (the feed's time)
};

// The latest report of every unit, for the map. Positions are telemetry: they arrive every
// few seconds from the AVL feed and only the newest matters, so they are kept here, not in
// the event log; what a unit is assigned to goes into the log with the agency handoff.
// A report older than the one held is ignored, so a late packet never moves a unit back.
// The board takes only the units the room knows (its roster, see setAdmission): an AVL
// listener anyone on the LAN can reach, or a peer, cannot grow it without bound.
class UnitBoard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Takes a report of an admitted unit and drops any other (the AVL listener, which answers
    // the phone, asks admits() first and counts its refusals).
    void report(const UnitReport &report);
    // Which unit ids the board takes (the node sets the roster's); without one, every id.
    using Admission = std::function<bool(const QString &id)>;
    void setAdmission(Admission admission) { m_admission = std::move(admission); }
    bool admits(const QString &id) const { return !m_admission || m_admission(id); }
    // A report stamped ahead of this desk's clock (a phone or a desk with a clock gone wrong)
    // is taken as of now: a position from the future would hold every true one off until then.
    static UnitReport notAfter(UnitReport report, qint64 nowMs);
    // What the room knows about a unit beyond its position (the roster's call sign, the
    // status from the event log) is written over every report as it is taken; see
    // UnitOverlay. annotate() writes it again over a held report, when that knowledge changed.
    using Annotator = std::function<void(UnitReport &)>;
    void setAnnotator(Annotator annotator) { m_annotator = std::move(annotator); }
    void annotate(const QString &id);
    const QHash<QString, UnitReport> &units() const { return m_units; }
    // A unit not heard from for StaleMs is drawn grey: its place is a guess now.
    static bool isStale(const UnitReport &unit, qint64 nowMs) { return nowMs - unit.reportedMs > StaleMs; }
    static constexpr qint64 StaleMs = 5 * 60 * 1000;

Q_SIGNALS:
    void changed();

private:
    QHash<QString, UnitReport> m_units;
    Annotator m_annotator;
    Admission m_admission;
};

} // namespace Sigap
