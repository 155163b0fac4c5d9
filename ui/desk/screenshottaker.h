#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Sigap {

// Saves a picture of what the operator sees (the whole screen on a real display, the window
// elsewhere) once the window has been mapped and painted. Used by `sigap --screenshot` for
// the README and for the end-to-end test under Xvfb.
class ScreenshotTaker
{
public:
    static void takeWhenExposed(QWidget &window, const QString &file, std::function<void(bool saved)> done);
};

} // namespace Sigap
