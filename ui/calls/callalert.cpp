#include "callalert.h"

#include <QApplication>

namespace Sigap {

CallAlert::CallAlert(QObject *parent)
    : QObject(parent)
{
    m_sound.setSource(QUrl(QStringLiteral("qrc:/sounds/new-call.wav")));
    m_sound.setVolume(1.0);
    m_flash.setInterval(FlashIntervalMs);
    connect(&m_flash, &QTimer::timeout, this, &CallAlert::tick);
}

void CallAlert::ring(QWidget *window)
{
    // A desk without a sound device (or with the sound server down) still flashes; the
    // sound is a help, never a condition for taking the call.
    m_sound.play();
    if (window)
        QApplication::alert(window);
    m_ticksLeft = FlashTicks;
    m_flash.start();
    Q_EMIT flashChanged();
}

void CallAlert::tick()
{
    if (--m_ticksLeft <= 0) {
        m_ticksLeft = 0;
        m_flash.stop();
    }
    Q_EMIT flashChanged();
}

} // namespace Sigap
