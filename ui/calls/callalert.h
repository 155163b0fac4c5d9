#pragma once

#include <QObject>
#include <QSoundEffect>
#include <QTimer>

namespace Sigap {

// Makes a new ringing call impossible to miss: a short rising two-tone sound (bundled WAV,
// played through Qt Multimedia) and a few seconds of flashing, which the call panel shows
// on its ringing banner. The window's taskbar entry is flagged too when the operator is in
// another program.
class CallAlert : public QObject
{
    Q_OBJECT

public:
    explicit CallAlert(QObject *parent = nullptr);

    // A new call rings: sound once, flash for FlashTicks × FlashIntervalMs.
    void ring(QWidget *window);
    // During a flash the banner alternates between its alarm colours and the bright ones.
    bool isBright() const { return m_ticksLeft > 0 && m_ticksLeft % 2 == 0; }
    bool isFlashing() const { return m_ticksLeft > 0; }
    const QSoundEffect &sound() const { return m_sound; }

    static constexpr int FlashTicks = 12;
    static constexpr int FlashIntervalMs = 250;

Q_SIGNALS:
    void flashChanged();

private:
    void tick();

    QSoundEffect m_sound;
    QTimer m_flash;
    int m_ticksLeft = 0;
};

} // namespace Sigap
