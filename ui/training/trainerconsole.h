#pragma once

#include "training/scenario.h"
#include "training/scenarioplayer.h"
#include "training/trainingscore.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Sigap {

class VirtualClock;

// The trainer's console: picks a bundled scenario or a file, plays it into the training
// room's desk (Node::scenarioDesk) on the room's virtual clock (the clock the node was
// started with), shows the
// scenario clock and what is due next, and the trainees' results, which it saves as a PDF.
// Keys: Space plays or pauses; 1, 2, 4, 8 set the speed; Ctrl+O opens a file; Ctrl+S saves
// the results. Not part of the desk window: a training room opens it beside the desks.
class TrainerConsole : public QWidget
{
    Q_OBJECT

public:
    TrainerConsole(const ScenarioPlayer::Desk &desk, VirtualClock &clock, const Scenario &scenario,
                   QWidget *parent = nullptr);
    ~TrainerConsole() override;

    ScenarioPlayer &player() { return *m_player; }
    const TrainingScore &score() const { return m_results.score(); }
    Result<void> saveResultsAsPdf(const QString &path) const;
    // The desk window answers this player's calls (sigap --training): another scenario would
    // take its calls away, so the choice is closed; the desk starts again with another one.
    void fixScenario();

private:
    void useScenario(const Scenario &scenario);
    void openFile();
    void togglePlay();
    void setSpeed(int speed);
    void refresh();

    ScenarioPlayer::Desk m_desk;
    VirtualClock &m_clock;
    std::unique_ptr<ScenarioPlayer> m_player;
    TrainingResultsModel m_results;
    QComboBox *m_scenarios;
    QPushButton *m_open;
    bool m_fixed = false;
    QPushButton *m_play;
    QLabel *m_time;
    QLabel *m_speed;
    QListWidget *m_next;
    QTableView *m_table;
};

} // namespace Sigap
