#include "trainingband.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>

namespace Sigap {

namespace {

// Puts a band on each top-level window when it is shown, and keeps it at the top, full
// width, and its title prefixed.
class BandInstaller : public QObject
{
public:
    using QObject::QObject;

    static void ensure(QWidget *w)
    {
        if (!wantsBand(w))
            return;
        TrainingBand *band = TrainingBand::of(w);
        if (!band)
            band = TrainingBand::create(w);
        const QString title = w->windowTitle();
        if (!title.startsWith(TrainingBand::titlePrefix()))
            w->setWindowTitle(TrainingBand::titlePrefix() + title);
        band->fitToWindow();
        band->raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type == QEvent::Show || type == QEvent::WindowTitleChange || type == QEvent::Resize) {
            if (auto *w = qobject_cast<QWidget *>(watched); w && w->isWindow())
                ensure(w);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // Windows people read: main windows, dialogs and floating panels; not menus, tooltips
    // or the popups of combo boxes, which close by themselves.
    static bool wantsBand(const QWidget *w)
    {
        const Qt::WindowType type = w->windowType();
        return type == Qt::Window || type == Qt::Dialog || type == Qt::Tool || type == Qt::Sheet;
    }
};

BandInstaller *installer = nullptr;

} // namespace

TrainingBand::TrainingBand(QWidget *window)
    : QLabel(text(), window)
{
    setObjectName(QStringLiteral("trainingBand"));
    setAlignment(Qt::AlignCenter);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(text());
    // Amber and black stripes, as a closed road is marked: seen from across the room.
    setStyleSheet(QStringLiteral("QLabel { color: black; font-weight: bold; letter-spacing: 2px;"
                                 " background: qlineargradient(spread:repeat, x1:0, y1:0, x2:0.02, y2:0.08,"
                                 " stop:0 #ffb300, stop:0.5 #ffb300, stop:0.51 #ffd54f, stop:1 #ffd54f); }"));
    const QMargins m = window->contentsMargins();
    window->setContentsMargins(m.left(), m.top() + Height, m.right(), m.bottom());
    fitToWindow();
    show();
}

TrainingBand *TrainingBand::create(QWidget *window)
{
    return new TrainingBand(window);
}

void TrainingBand::showOnEveryWindow()
{
    if (installer)
        return;
    installer = new BandInstaller(qApp);
    qApp->installEventFilter(installer);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            BandInstaller::ensure(w);
}

bool TrainingBand::isOn()
{
    return installer != nullptr;
}

TrainingBand *TrainingBand::of(const QWidget *window)
{
    return window->findChild<TrainingBand *>(QStringLiteral("trainingBand"), Qt::FindDirectChildrenOnly);
}

QString TrainingBand::text()
{
    return QStringLiteral("LATIHAN / TRAINING");
}

QString TrainingBand::titlePrefix()
{
    return QStringLiteral("[LATIHAN / TRAINING] ");
}

void TrainingBand::fitToWindow()
{
    if (QWidget *window = parentWidget())
        setGeometry(0, 0, window->width(), Height);
}

bool TrainingBand::event(QEvent *event)
{
    // Hidden by anyone (a stylesheet, a layout, a test): shown again at once.
    if (event->type() == QEvent::Hide)
        QTimer::singleShot(0, this, [self = QPointer<TrainingBand>(this)] {
            if (self)
                self->show();
        });
    if (event->type() == QEvent::ParentChange || event->type() == QEvent::Show)
        fitToWindow();
    return QLabel::event(event);
}

} // namespace Sigap
