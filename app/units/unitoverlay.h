#pragma once

#include <QObject>

namespace Sigap {

class UnitBoard;
class UnitProjection;
class UnitRoster;

// Keeps the unit board saying what the room knows about its roster units: every report of a
// roster unit gets the roster's call sign (and agency id, when the feed sent none) and the
// status folded from the event log, whatever the tracker or a peer's frame said; a status
// event re-annotates the unit's held report at once. Units outside the roster keep what
// their feed says.
class UnitOverlay : public QObject
{
    Q_OBJECT

public:
    UnitOverlay(UnitBoard &board, const UnitRoster &roster, const UnitProjection &status, QObject *parent = nullptr);
    ~UnitOverlay() override;

private:
    UnitBoard &m_board;
};

} // namespace Sigap
