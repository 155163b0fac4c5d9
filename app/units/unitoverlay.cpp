#include "unitoverlay.h"

#include "unitboard.h"
#include "unitprojection.h"
#include "unitroster.h"

namespace Sigap {

UnitOverlay::UnitOverlay(UnitBoard &board, const UnitRoster &roster, const UnitProjection &status, QObject *parent)
    : QObject(parent)
    , m_board(board)
{
    board.setAnnotator([&roster, &status](UnitReport &report) {
        const RosterUnit *unit = roster.byId(report.id);
        if (!unit)
            return;
        report.callsign = unit->callsign;
        if (report.agency.isEmpty())
            report.agency = unit->agency;
        report.status = UnitStatuses::name(status.statusOf(report.id));
    });
    connect(&status, &UnitProjection::changed, this, [this](const QString &unit) { m_board.annotate(unit); });
}

UnitOverlay::~UnitOverlay()
{
    m_board.setAnnotator({});
}

} // namespace Sigap
