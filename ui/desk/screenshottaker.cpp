#include "screenshottaker.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace Sigap {

void ScreenshotTaker::takeWhenExposed(QWidget &window, const QString &file, std::function<void(bool)> done)
{
    // Poll the window's exposure from the event loop (bounded): the X server maps the window
    // asynchronously and Qt offers no signal for "exposed and painted".
    auto *timer = new QTimer(&window);
    timer->setInterval(50);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, file, done, attempts] {
        // Every window that is up, not only this one (a training desk has the trainer's
        // console beside it).
        const QWidgetList windows = QApplication::topLevelWidgets();
        const bool exposed = window.windowHandle() && window.windowHandle()->isExposed()
                             && std::all_of(windows.cbegin(), windows.cend(), [](const QWidget *w) {
                                    return !w->isVisible() || (w->windowHandle() && w->windowHandle()->isExposed());
                                });
        if (!exposed && ++*attempts < 200)
            return;
        timer->stop();
        timer->deleteLater();
        for (QWidget *w : windows)
            if (w->isVisible())
                w->repaint();
        QPixmap picture;
        if (QGuiApplication::platformName() == QLatin1String("xcb") && window.screen())
            picture = window.screen()->grabWindow(0);
        if (picture.isNull())
            picture = window.grab();
        done(!picture.isNull() && picture.save(file));
    });
    timer->start();
}

} // namespace Sigap
