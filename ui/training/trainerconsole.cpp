#include "trainerconsole.h"

#include "core/durationtext.h"
#include "store/eventlog.h"
#include "training/scenarioplayer.h"
#include "training/virtualclock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Sigap {

TrainerConsole::TrainerConsole(const ScenarioPlayer::Desk &desk, VirtualClock &clock, const Scenario &scenario,
                               QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_clock(clock)
    , m_scenarios(new QComboBox(this))
    , m_open(new QPushButton(tr("Open file…"), this))
    , m_play(new QPushButton(tr("Play"), this))
    , m_time(new QLabel(this))
    , m_speed(new QLabel(this))
    , m_next(new QListWidget(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("trainerConsole"));
    setWindowTitle(tr("Trainer's console"));
    for (const QString &path : Scenario::bundledPaths()) {
        auto loaded = Scenario::load(path);
        if (loaded)
            m_scenarios->addItem(loaded.value().name, path);
    }
    auto *save = new QPushButton(tr("Save results as PDF…"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:"), this));
    top->addWidget(m_scenarios, 1);
    top->addWidget(m_open);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    for (int speed : {1, 2, 4, 8}) {
        auto *button = new QPushButton(tr("%1×").arg(speed), this);
        button->setToolTip(tr("Speed %1× (key %1)").arg(speed));
        connect(button, &QPushButton::clicked, this, [this, speed] { setSpeed(speed); });
        auto *key = new QShortcut(QKeySequence(QString::number(speed)), this);
        connect(key, &QShortcut::activated, this, [this, speed] { setSpeed(speed); });
        controls->addWidget(button);
    }
    controls->addWidget(m_speed);
    controls->addStretch();
    controls->addWidget(m_time);
    m_table->setModel(&m_results);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(controls);
    layout->addWidget(new QLabel(tr("Next:"), this));
    layout->addWidget(m_next);
    layout->addWidget(new QLabel(tr("Results:"), this));
    layout->addWidget(m_table, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(save);
    layout->addLayout(bottom);

    connect(m_play, &QPushButton::clicked, this, &TrainerConsole::togglePlay);
    connect(new QShortcut(QKeySequence(Qt::Key_Space), this), &QShortcut::activated, this, &TrainerConsole::togglePlay);
    connect(m_open, &QPushButton::clicked, this, &TrainerConsole::openFile);
    connect(new QShortcut(QKeySequence::Open, this), &QShortcut::activated, this, &TrainerConsole::openFile);
    auto saveAs = [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save results as PDF"), QString(), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto saved = saveResultsAsPdf(path); !saved)
            QMessageBox::warning(this, tr("Results not saved"), saved.error().message);
    };
    connect(save, &QPushButton::clicked, this, saveAs);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, saveAs);
    connect(m_scenarios, &QComboBox::activated, this, [this](int index) {
        auto loaded = Scenario::load(m_scenarios->itemData(index).toString());
        if (loaded)
            useScenario(loaded.value());
        else
            QMessageBox::warning(this, tr("Scenario not loaded"), loaded.error().message);
    });
    connect(&desk.log, &EventLog::appended, this, &TrainerConsole::refresh);

    m_clock.pause(); // nothing runs until the trainer presses Play
    int shown = m_scenarios->findText(scenario.name);
    if (shown < 0) { // a file's scenario, not a bundled one
        m_scenarios->addItem(scenario.name);
        shown = m_scenarios->count() - 1;
    }
    m_scenarios->setCurrentIndex(shown);
    useScenario(scenario);
}

TrainerConsole::~TrainerConsole() = default;

void TrainerConsole::useScenario(const Scenario &scenario)
{
    m_clock.pause();
    m_player = std::make_unique<ScenarioPlayer>(scenario, m_desk, m_clock);
    connect(m_player.get(), &ScenarioPlayer::advanced, this, &TrainerConsole::refresh);
    m_play->setText(tr("Play"));
    refresh();
}

void TrainerConsole::fixScenario()
{
    m_fixed = true;
    m_scenarios->setEnabled(false);
    m_open->setEnabled(false);
}

void TrainerConsole::openFile()
{
    if (m_fixed)
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a scenario"), QString(), tr("Sigap scenarios (*.json)"));
    if (path.isEmpty())
        return;
    auto loaded = Scenario::load(path);
    if (!loaded) {
        QMessageBox::warning(this, tr("Scenario not loaded"), loaded.error().message);
        return;
    }
    m_scenarios->addItem(loaded.value().name.isEmpty() ? QFileInfo(path).fileName() : loaded.value().name, path);
    m_scenarios->setCurrentIndex(m_scenarios->count() - 1);
    useScenario(loaded.value());
}

void TrainerConsole::togglePlay()
{
    if (m_clock.isPaused()) {
        m_player->play();
        m_play->setText(tr("Pause"));
    } else {
        m_player->pause();
        m_play->setText(tr("Play"));
    }
    refresh();
}

void TrainerConsole::setSpeed(int speed)
{
    m_player->setSpeed(speed);
    refresh();
}

void TrainerConsole::refresh()
{
    m_time->setText(tr("Scenario time %1").arg(minutesAndSeconds(m_player->elapsedMs() / 1000)));
    m_speed->setText(m_clock.isPaused() ? tr("paused") : tr("running at %1×").arg(m_clock.speed()));
    m_next->clear();
    for (const ScenarioPlayer::Due &due : m_player->upcoming(8))
        m_next->addItem(tr("%1  %2").arg(minutesAndSeconds(due.atMs / 1000), due.what));
    QList<Event> events;
    (void)m_desk.log.store().forEach(0, [&events](const Event &e) { events.append(e); });
    m_results.setScore(TrainingScore::compute(m_player->scenario(), m_player->scenarioCallIds(), events));
}

Result<void> TrainerConsole::saveResultsAsPdf(const QString &path) const
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setTitle(tr("Training results"));
    QTextDocument document;
    document.setHtml(m_results.score().toHtml(m_player->scenario().name));
    document.setPageSize(QSizeF(pdf.width(), pdf.height()));
    document.print(&pdf);
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("training.pdf"), tr("%1: the PDF could not be written").arg(path));
    return {};
}

} // namespace Sigap
