#pragma once

#include "desk/operatormenu.h"
#include "incidents/historysearchdialog.h"
#include "incidents/incidentdetailshtml.h"
#include "lead/leadboard.h"
#include "node/node.h"

namespace Sigap {

// The UI's side of the composition root: what a widget is handed from the desk's Node when
// both the desk window and the tests build it (the window builds the parts of the panels only
// it makes right where it makes them). Each widget takes only the parts it needs.

inline LeadBoard::Parts leadBoardParts(Node &node)
{
    return LeadBoard::Parts{node.reportSources(), node.gazetteer(), node.clock(),     node.shifts(), node.session(),
                            node.lead(),          node.journal(),   node.operators(), node.log(),    node.sync()};
}

inline IncidentDetailsHtml::Parts incidentDetailsParts(Node &node)
{
    return IncidentDetailsHtml::Parts{node.calls(),     node.handoffs(),    node.agencies(), node.categories(),
                                      node.gazetteer(), node.log().store(), node.clock(),    node.timeZone()};
}

inline HistorySearchDialog::Parts historySearchParts(Node &node)
{
    return HistorySearchDialog::Parts{node.incidents(), node.categories(), node.gazetteer(),
                                      node.clock(),     node.timeZone(),   incidentDetailsParts(node)};
}

inline OperatorMenu::Parts operatorMenuParts(Node &node)
{
    return OperatorMenu::Parts{node.session(),   node.alerts(),     node.operators(),
                               node.incidents(), node.categories(), leadBoardParts(node)};
}

} // namespace Sigap
