#pragma once

#include <QColor>
#include <QString>

namespace Sigap {

// How the desk looks, per desk: light or dark theme (rooms are dim at night) and the text
// size, applied to the whole application.
class Appearance
{
public:
    static constexpr double MinScale = 0.8;
    static constexpr double MaxScale = 2.0;

    static void apply(bool dark, double textScale);
    // Priority 1 red, 2 orange, 3 amber, 4 grey: the colours of a room's wall charts, the
    // same in the list and on the map.
    static QColor priorityColour(int priority);
};

} // namespace Sigap
