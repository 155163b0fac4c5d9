#pragma once

#include "desk/operatormenu.h"
#include "lead/leadboard.h"
#include "node/node.h"

namespace Sigap {

// The UI's side of the composition root: what the desk window's parts are handed from the
// desk's Node. Each widget takes only the parts it needs; these functions are the one place
// that knows where in the Node they are (the window and the tests build the same way).

inline LeadBoard::Parts leadBoardParts(Node &node)
{
    return LeadBoard::Parts{node.reportSources(), node.gazetteer(), node.clock(),     node.shifts(), node.session(),
                            node.lead(),          node.journal(),   node.operators(), node.log(),    node.sync()};
}

inline OperatorMenu::Parts operatorMenuParts(Node &node)
{
    return OperatorMenu::Parts{node.session(),   node.alerts(),     node.operators(),
                               node.incidents(), node.categories(), leadBoardParts(node)};
}

} // namespace Sigap
