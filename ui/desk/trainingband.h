#pragma once

#include <QLabel>

namespace Sigap {

// LATIHAN / TRAINING across the top of every window of a training desk, so that nobody
// mistakes a scenario for a real emergency or the other way round. Once turned on for the
// application it is put on every top-level window as it is shown (desk, boards, consoles,
// dialogs, floating panels), above the window's content, whose margins make room for it, and
// the window's title starts with it too. It cannot be hidden: it comes back at once.
class TrainingBand : public QLabel
{
    Q_OBJECT

public:
    static constexpr int Height = 28;

    // Every window shown from now on, and every one already up, carries the band.
    static void showOnEveryWindow();
    static bool isOn();
    // The band of a window; null when it has none.
    static TrainingBand *of(const QWidget *window);
    static QString text();                        // "LATIHAN / TRAINING", in both languages whatever the desk's
    static QString titlePrefix();                 // of window titles
    static TrainingBand *create(QWidget *window); // a band of its own on the window
    void fitToWindow();                           // across the top, full width

protected:
    bool event(QEvent *event) override;

private:
    explicit TrainingBand(QWidget *window);
};

} // namespace Sigap
