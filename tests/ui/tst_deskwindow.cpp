// The desk window in-process, offscreen, driven by the keyboard. The call flows run on a
// real X server in tst_desk_screens.
#include "calldesk.h"
#include "core/clock.h"
#include "core/translator.h"
#include "desk/incidentfilter.h"
#include "desk/mainwindow.h"
#include "domain/incidentmodel.h"
#include "handoff/handoffdialog.h"
#include "handoff/handoffmodel.h"
#include "handoff/handoffpanel.h"
#include "handoff/unitchoicedialog.h"
#include "incidents/historysearchdialog.h"
#include "node/node.h"
#include "reports/kpimodel.h"
#include "reports/kpipanel.h"
#include "sync/roomsecret.h"
#include "testsupport.h"
#include "units/unitprojection.h"
#include "units/unitrecommender.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Sigap;

class tst_DeskWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SystemClock m_clock;
    std::unique_ptr<Node> m_node;
    std::unique_ptr<MainWindow> m_window;

    int openIncidents() const { return m_node->incidents().openCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installTranslation(*qApp, QStringLiteral("en")));
        Node::Options options;
        options.dataDir = m_tmp.filePath(QStringLiteral("desk"));
        options.demo = true;
        options.control = false;
        auto node = Node::start(options, m_clock);
        QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().message));
        m_node = std::move(node).value();
        m_window = std::make_unique<MainWindow>(*m_node, QStringLiteral("en"));
        new QAbstractItemModelTester(m_window->incidentView()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Ctrl+Shift+F: history by period and words, archived or not, with the selected one's
    // details; a period that ends before it starts is refused, with a message.
    void historySearchFindsIncidentsOfAnyPeriod()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("historySearchAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
        action->trigger();
        auto *dialog = m_window->findChild<HistorySearchDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->search(); // the last 30 days, no words: every incident of the demo night
        const QAbstractItemModel *results = dialog->results()->model();
        QCOMPARE(results->rowCount(), int(m_node->incidents().createdCount()));
        QVERIFY2(dialog->summary().contains(QLatin1String("found")), qPrintable(dialog->summary()));
        const QString first = results->index(0, 0).data().toString();
        QVERIFY(dialog->detailsText().contains(first));

        dialog->setText(first);
        dialog->search();
        QCOMPARE(results->rowCount(), 1);

        const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_node->timeZone()).date();
        dialog->setPeriod(today, today.addDays(-1));
        dialog->search();
        QCOMPARE(results->rowCount(), 0);
        QVERIFY2(dialog->summary().contains(QLatin1String("starts after it ends")), qPrintable(dialog->summary()));
        dialog->close();
    }

    void showsTheOpenIncidentsFirst()
    {
        QTableView *view = m_window->incidentView();
        QVERIFY(openIncidents() > 0);
        QCOMPARE(view->model()->rowCount(), openIncidents());
    }

    void altThreeShowsEveryIncident()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(m_window->incidentView()->model()->rowCount(), int(m_node->incidents().createdIds().size()));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(m_window->incidentView()->model()->rowCount(),
                 int(m_node->incidents().createdIds().size()) - openIncidents());
    }

    void ctrlHHandsTheSelectedIncidentToItsAgencies()
    {
        // A fire in the list, not handed to anyone yet (the demo shift hands over its own).
        NewIncident newFire;
        newFire.category = QStringLiteral("kebakaran");
        newFire.kelurahan = QStringLiteral("63.71.01.1001");
        QVERIFY(m_node->log().append({m_node->commands().create(newFire, m_node->session().actor()).value()}));
        QTableView *view = m_window->incidentView();
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        QString fire;
        for (int row = 0; row < view->model()->rowCount() && fire.isEmpty(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const QString id = index.data(IncidentModel::IncidentIdRole).toString();
            if (m_node->incidents().incident(id)->category() == QLatin1String("kebakaran")
                && m_node->handoffs().ofIncident(id).isEmpty()) {
                view->setCurrentIndex(index);
                fire = id;
            }
        }
        QVERIFY2(!fire.isEmpty(), qPrintable(QStringLiteral("%1 rows").arg(view->model()->rowCount())));
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        HandoffDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<HandoffDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->chosenAgencies(),
                 (QStringList{QStringLiteral("damkar-bjm"), QStringLiteral("relawan-bjm")})); // the category's own
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("handoffAgencies"));
        QTest::keyClick(list, Qt::Key_Space); // untick the first ticked one: the volunteers stay
        QCOMPARE(dialog->chosenAgencies(), QStringList{QStringLiteral("relawan-bjm")});
        QTest::keyClick(list, Qt::Key_Space);
        // The volunteers are reached by phone: Enter is refused until the operator types who
        // took the call there, and the name field has the keys.
        auto *receivedBy = dialog->findChild<QLineEdit *>(QStringLiteral("handoffReceivedBy-relawan-bjm"));
        QVERIFY(receivedBy);
        QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("handoffReceivedBy-damkar-bjm"))); // a desk agency
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("handoffProblem"));
        QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("Relawan")),
                 qPrintable(problem->text()));
        QCOMPARE(dialog->focusWidget(), receivedBy);
        QVERIFY(m_node->handoffs().ofIncident(fire).isEmpty());
        QTest::keyClicks(receivedBy, QStringLiteral("Pak Jumadi"));
        const qint64 commitsBefore = m_node->log().commits();
        QTest::keyClick(receivedBy, Qt::Key_Return);
        QTRY_VERIFY(m_node->handoffs().handoff(fire, QStringLiteral("damkar-bjm")) != nullptr);
        QTRY_VERIFY(m_node->handoffs().handoff(fire, QStringLiteral("relawan-bjm")) != nullptr);
        QVERIFY2(m_node->log().commits() == commitsBefore + 1, "both agencies' handoffs in one transaction");
        QCOMPARE(m_node->handoffs().handoff(fire, QStringLiteral("relawan-bjm"))->receivedBy,
                 QStringLiteral("Pak Jumadi"));
        QVERIFY(m_node->handoffs().handoff(fire, QStringLiteral("damkar-bjm"))->receivedBy.isEmpty());
        // The events of the handoffs are counted in the status bar as they are saved.
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("storeState"))
                        ->text()
                        .contains(QStringLiteral("%1 events saved").arg(m_node->log().store().lastRowId())));
        QCOMPARE(m_node->handoffs().handoff(fire, QStringLiteral("damkar-bjm"))->state, HandoffState::Sent);
        QCOMPARE(m_node->handoffs().handoff(fire, QStringLiteral("damkar-bjm"))->channel, QStringLiteral("desk"));
        auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("incidentDetails"));
        QTRY_VERIFY2(details->toPlainText().contains(QLatin1String("Damkar Kota Banjarmasin")),
                     qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(QLatin1String("handed off to Damkar Kota Banjarmasin")));

        // The dialog is gone and the keys are the window's again.
        QTRY_VERIFY(m_window->findChild<HandoffDialog *>() == nullptr);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // C in the room's handoff list withdraws the volunteers' handoff.
        HandoffPanel *panel = m_window->handoffPanel();
        QTableView *handoffs = panel->view();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier); // back to the open incidents
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier); // the list in front
        QTRY_VERIFY(handoffs->isVisible());
        for (int row = 0; row < handoffs->model()->rowCount(); ++row) {
            const QModelIndex index = handoffs->model()->index(row, 0);
            if (index.data(HandoffModel::IncidentIdRole).toString() == fire
                && index.data(HandoffModel::AgencyIdRole).toString() == QLatin1String("relawan-bjm"))
                handoffs->setCurrentIndex(index);
        }
        QCOMPARE(handoffs->currentIndex().data(HandoffModel::AgencyIdRole).toString(), QStringLiteral("relawan-bjm"));
        handoffs->setFocus();
        QTest::keyClick(handoffs, Qt::Key_C);
        QTRY_COMPARE(m_node->handoffs().handoff(fire, QStringLiteral("relawan-bjm"))->state, HandoffState::Cancelled);

        // Without a selected incident there is nothing to hand off, and the desk says so.
        view->setCurrentIndex(QModelIndex());
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Select an incident")));
    }

    void ctrlFSearchesEveryColumn()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::AltModifier);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("incidentSearch"));
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("mantuil"));
        const QAbstractItemModel *model = m_window->incidentView()->model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < int(m_node->incidents().createdIds().size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, IncidentModel::KelurahanColumn).data().toString(), QStringLiteral("Mantuil"));
        search->clear();
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QTRY_VERIFY(m_window->incidentView()->hasFocus());
    }

    void keyMapListsEveryKeyOfTheWindow()
    {
        const QString keyMap = m_window->keyMapHtml();
        // This window has no call source; the call keys are checked with the call panel.
        for (const QString &key : {QStringLiteral("F1"), QStringLiteral("F3"), QStringLiteral("F6"),
                                   QStringLiteral("Ctrl+F"), QStringLiteral("Alt+1"), QStringLiteral("Ctrl+Return")})
            QVERIFY2(keyMap.contains(QStringLiteral("<b>%1").arg(key)), qPrintable(key + QLatin1Char('\n') + keyMap));
        QVERIFY(keyMap.contains(QLatin1String("Save the incident")));
    }

    // The key table of docs/user/keys.md and the program's key map (F1) come from different
    // places; every key the window's actions answer to must be in both.
    void docsListEveryKeyOfTheWindow()
    {
        QFile keys(SigapTest::sourceDir() + QStringLiteral("/docs/user/keys.md"));
        QVERIFY2(keys.open(QIODevice::ReadOnly), qPrintable(keys.fileName()));
        const QString text = QString::fromUtf8(keys.readAll());
        const qsizetype start = text.indexOf(QLatin1String("## Keys of the desk window"));
        QVERIFY(start >= 0);
        QSet<QString> documented;
        const QStringList lines = text.mid(start, text.indexOf(QLatin1String("\n## "), start + 1) - start).split(u'\n');
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("| ")))
                continue;
            for (const QString &key : line.section(QLatin1Char('|'), 1, 1).split(QLatin1String(" / ")))
                documented.insert(key.trimmed().remove(QLatin1Char('`')));
        }
        QVERIFY(documented.size() > 20);

        QTemporaryDir tmp;
        SigapTest::CallDesk desk(tmp.filePath(QStringLiteral("keys")), {});
        const QString keyMap = desk.window.keyMapHtml();
        int checked = 0;
        for (const QAction *action : desk.window.findChildren<QAction *>()) {
            for (const QKeySequence &shortcut : action->shortcuts()) {
                const QString key = shortcut.toString(QKeySequence::PortableText);
                QVERIFY2(documented.contains(QString(key).replace(QLatin1String("Return"), QLatin1String("Enter"))),
                         qPrintable(QStringLiteral("docs/user/keys.md lacks %1 (%2)").arg(key, action->text())));
                QVERIFY2(keyMap.contains(shortcut.toString(QKeySequence::NativeText).toHtmlEscaped()), qPrintable(key));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }

    // The room's camera directory with one broken camera: the desk starts, shows the good
    // cameras, and tells the operator in the status bar which camera is missing and why.
    void brokenCameraIsToldAndTheOthersKept()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("cams"));
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QStringLiteral("/cameras.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"sigap-cameras\", \"version\": 1, \"cameras\": [\n"
                   "  {\"id\": \"a\", \"name\": \"Good\", \"lat\": -3.32, \"lon\": 114.59, \"url\": \"rtsp:x\"},\n"
                   "  {\"id\": \"b\", \"name\": \"Bad\", \"lat\": -3.32, \"url\": \"rtsp:y\"}\n]}");
        file.close();
        SigapTest::CallDesk desk(dir, {});
        QTRY_VERIFY2(desk.window.statusBar()->currentMessage().contains(QLatin1String("1 entry left out")),
                     qPrintable(desk.window.statusBar()->currentMessage()));
        QVERIFY(desk.window.statusBar()->currentMessage().contains(QLatin1String("cameras.json:3: camera 1: lon: ")));
    }

    void newIncidentAppearsAtOnce()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
        const int mineBefore = m_window->incidentView()->model()->rowCount();
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        const int before = m_window->incidentView()->model()->rowCount();
        NewIncident in;
        in.category = QStringLiteral("sar");
        in.kelurahan = QStringLiteral("63.71.01.1001");
        auto draft = m_node->commands().create(in, m_node->session().actor());
        QVERIFY(draft.ok());
        QVERIFY(m_node->log().append({draft.value()}).ok());
        QTRY_COMPARE(m_window->incidentView()->model()->rowCount(), before + 1);
        // Alt+4: my open incidents, the ones this desk created (the demo's are by others).
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
        QCOMPARE(m_window->incidentView()->model()->rowCount(), mineBefore + 1);
        m_window->incidentView()->selectRow(0);
        auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("incidentDetails"));
        QVERIFY(details);
        QTRY_VERIFY(details->toPlainText().contains(QLatin1String("Timeline")));
        QVERIFY2(details->toPlainText().contains(QLatin1String("reported: Search and rescue")),
                 qPrintable(details->toPlainText()));
    }

    void lookAndLayoutAreSavedPerDesk()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *dark = m_window->findChild<QAction *>(QStringLiteral("darkThemeAction"));
        QVERIFY(dark);
        const qreal before = QApplication::font().pointSizeF();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(dark->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QTest::keyClick(m_window.get(), '=', Qt::ControlModifier); // larger text
        QVERIFY(QApplication::font().pointSizeF() > before);
        auto *formDock = m_window->findChild<QDockWidget *>(QStringLiteral("incidentFormDock"));
        QVERIFY(formDock);
        m_window->addDockWidget(Qt::RightDockWidgetArea, formDock);
        QVERIFY(m_window->close()); // saves the desk's settings

        MainWindow again(*m_node, QStringLiteral("en"));
        QVERIFY(again.isDark());
        QVERIFY(qAbs(again.textScale() - 1.1) < 1e-9);
        auto *restoredDock = again.findChild<QDockWidget *>(QStringLiteral("incidentFormDock"));
        QCOMPARE(again.dockWidgetArea(restoredDock), Qt::RightDockWidgetArea);
        again.findChild<QAction *>(QStringLiteral("darkThemeAction"))->trigger(); // back to light
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    }

    void panelsLeftOffEveryScreenComeBack()
    {
        // What a monitor going away leaves behind: a floating panel outside every screen.
        auto *form = m_window->findChild<QDockWidget *>(QStringLiteral("incidentFormDock"));
        QVERIFY(form);
        form->setFloating(true);
        form->setGeometry(QRect(QPoint(20000, 20000), QSize(400, 500)));
        m_window->keepPanelsOnScreens();
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(screen.contains(form->frameGeometry().center()), "the panel is back on a screen");
        QVERIFY(form->isVisible());
        form->setFloating(false);
    }

    void anUnacknowledgedHandoffEscalatesOnTime()
    {
        ManualClock clock(1795000000000);
        Node::Options options;
        options.dataDir = m_tmp.filePath(QStringLiteral("escalation"));
        options.control = false;
        auto node = Node::start(options, clock);
        QVERIFY(node);
        NewIncident fire;
        fire.category = QStringLiteral("kebakaran");
        auto created = node.value()->log().append(
            {node.value()->commands().create(fire, node.value()->session().actor()).value()});
        QVERIFY(created);
        const QString incident = created.value().constFirst().id();
        QVERIFY(node.value()->log().append(
            {node.value()
                 ->handoffCommands()
                 .send(incident, QStringLiteral("damkar-bjm"), {}, {}, node.value()->session().actor())
                 .value()}));
        MainWindow window(*node.value(), QStringLiteral("en"));
        auto *escalations = window.findChild<QLabel *>(QStringLiteral("escalations"));
        QVERIFY(escalations);
        window.checkEscalations();
        QVERIFY(escalations->isHidden());

        // Damkar has 120 s to acknowledge.
        clock.advanceMs(121000);
        window.checkEscalations();
        QVERIFY(!escalations->isHidden());
        QVERIFY2(escalations->text().contains(QLatin1String("1 handoff not acknowledged")),
                 qPrintable(escalations->text()));
        // PSC 119's liaison desk has nothing of its own overdue; Damkar's has.
        window.actAsLiaisonOf(QStringLiteral("psc119-bjm"));
        QVERIFY(escalations->isHidden());
        window.actAsLiaisonOf(QStringLiteral("damkar-bjm"));
        QVERIFY(!escalations->isHidden());

        // Acknowledged: the warning goes.
        QVERIFY(node.value()->log().append(
            {node.value()
                 ->handoffCommands()
                 .changeState(incident, QStringLiteral("damkar-bjm"), QStringLiteral("acknowledged"), {},
                              node.value()->session().actor())
                 .value()}));
        QTRY_VERIFY(escalations->isHidden());
    }

    // A liaison desk (sigap --agency) sees its own agency's handoffs and moves them on with
    // one key each; an impossible move is refused at the desk; the response times follow.
    void theLiaisonDeskMovesItsHandoffsWithSingleKeys()
    {
        const qint64 t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Makassar")).toMSecsSinceEpoch();
        ManualClock clock(t0);
        Node::Options options;
        options.dataDir = m_tmp.filePath(QStringLiteral("liaison"));
        options.control = false;
        auto started = Node::start(options, clock);
        QVERIFY(started);
        Node &node = *started.value();
        auto append = [&node](const Result<EventDraft> &draft) {
            QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
            QVERIFY(node.log().append({draft.value()}));
        };
        QStringList fires;
        for (int i = 0; i < 2; ++i) {
            NewIncident fire;
            fire.category = QStringLiteral("kebakaran");
            fire.kelurahan = QStringLiteral("63.71.01.1001");
            auto created = node.log().append({node.commands().create(fire, node.session().actor()).value()});
            QVERIFY(created);
            fires << created.value().constFirst().id();
        }
        append(node.handoffCommands().send(fires[0], QStringLiteral("damkar-bjm"), {}, {}, node.session().actor()));
        append(node.handoffCommands().send(fires[0], QStringLiteral("psc119-bjm"), {}, {}, node.session().actor()));

        MainWindow window(node, QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.actAsLiaisonOf(QStringLiteral("damkar-bjm"));
        QVERIFY(window.windowTitle().contains(QLatin1String("liaison desk of Damkar Kota Banjarmasin")));
        HandoffPanel *panel = window.handoffPanel();
        QTableView *list = panel->view();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->model()->rowCount(), 1); // PSC 119's handoff is not this desk's
        QCOMPARE(list->currentIndex().data(HandoffModel::IncidentIdRole).toString(), fires[0]);

        // The liaison signs in after the window is up: the moves are theirs from then on.
        OperatorCommands::Registration hasan{QStringLiteral("hasan"),      QStringLiteral("Hasan"),  {Role::Liaison},
                                             QStringLiteral("damkar-bjm"), QStringLiteral("582100"), true};
        QVERIFY(node.log().append(node.operatorCommands().registerOperator(hasan, node.session().actor()).value()));
        // Only Damkar's liaisons sign in at Damkar's liaison desk: not an operator, not PSC
        // 119's liaison (and no wrong try is counted against them).
        OperatorCommands::Registration rina{
            QStringLiteral("rina"), QStringLiteral("Rina"), {Role::Operator}, {}, QStringLiteral("739100"), true};
        OperatorCommands::Registration yeni{QStringLiteral("yeni"),       QStringLiteral("Yeni"),   {Role::Liaison},
                                            QStringLiteral("psc119-bjm"), QStringLiteral("220400"), true};
        for (const auto &r : {rina, yeni}) {
            QVERIFY(node.log().append(node.operatorCommands().registerOperator(r, node.session().actor()).value()));
            const auto refused = node.session().signIn(r.id, r.pin);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1String("only its liaisons")),
                     qPrintable(refused.error().message));
            QVERIFY(!node.session().signedIn());
            QVERIFY(node.operators().account(r.id)->refusals.empty());
        }
        QVERIFY(node.session().signIn(QStringLiteral("hasan"), QStringLiteral("582100")));

        clock.advanceMs(40000);
        QTest::keyClick(list, Qt::Key_A);
        const Handoff *h = nullptr;
        QTRY_VERIFY((h = node.handoffs().handoff(fires[0], QStringLiteral("damkar-bjm")))
                    && h->state == HandoffState::Acknowledged);
        auto last = node.log().store().incidentTimeline(fires[0]);
        QVERIFY(last);
        QCOMPARE(last.value().constLast().role, QStringLiteral("liaison"));
        QCOMPARE(last.value().constLast().actor, QStringLiteral("hasan"));

        // A again: already acknowledged; the desk says so and records nothing.
        const qint64 events = node.log().store().lastRowId();
        QTest::keyClick(list, Qt::Key_A);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("cannot become")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(node.log().store().lastRowId(), events);
        // C (the room withdraws a handoff) is not a liaison's move.
        QTest::keyClick(list, Qt::Key_C);
        QCOMPARE(node.log().store().lastRowId(), events);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("handoffCancelAction"))->isEnabled());
        bool keysShown = false; // and the list's key line does not offer it
        for (const QLabel *label : panel->findChildren<QLabel *>())
            if (label->text().contains(QLatin1String("R refused"))) {
                keysShown = true;
                QVERIFY2(!label->text().contains(QLatin1String("C cancelled")), qPrintable(label->text()));
            }
        QVERIFY(keysShown);

        // Typed in the incident form, "s" is a letter, not "on scene".
        auto *address = window.findChild<QLineEdit *>(QStringLiteral("addressField"));
        QVERIFY(address);
        address->setFocus();
        QTest::keyClick(address, Qt::Key_S);
        QCOMPARE(address->text(), QStringLiteral("s"));
        QCOMPARE(node.handoffs().handoff(fires[0], QStringLiteral("damkar-bjm"))->state, HandoffState::Acknowledged);
        address->clear();

        // U: the nearest available Damkar unit with a fresh position, chosen with Enter, is
        // dispatched to the handoff, and the handoff is "dispatched" with it. damkar-02 is
        // nearer than damkar-01; damkar-03 is near but its tracker fell silent.
        const Incident *incident = node.incidents().incident(fires[0]);
        const auto place = UnitRecommender::placeOf(*incident, node.gazetteer());
        QVERIFY(place);
        auto report = [&](const char *id, double dLat, qint64 ageMs) {
            UnitReport r;
            r.id = QString::fromLatin1(id);
            r.agency = QStringLiteral("damkar");
            r.status = QStringLiteral("available");
            r.lat = place->lat + dLat;
            r.lon = place->lon;
            r.reportedMs = clock.nowMs() - ageMs;
            node.units().report(r);
        };
        report("damkar-01", 0.03, 0);
        report("damkar-02", 0.01, 0);
        report("damkar-03", 0.001, UnitBoard::StaleMs + 1000);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_U);
        UnitChoiceDialog *choose = nullptr;
        QTRY_VERIFY2((choose = window.findChild<UnitChoiceDialog *>()) && choose->isVisible(),
                     qPrintable(window.statusBar()->currentMessage()));
        auto *units = choose->findChild<QListWidget *>(QStringLiteral("unitChoices"));
        QCOMPARE(units->count(), 2); // the silent one is not offered
        QCOMPARE(choose->chosenUnit(), QStringLiteral("damkar-02"));
        QVERIFY(units->item(0)->text().contains(QLatin1String("km, about")));
        const qint64 commitsBefore = node.log().commits();
        QTest::keyClick(units, Qt::Key_Return);
        QTRY_COMPARE(node.unitStatus().statusOf(QStringLiteral("damkar-02")), UnitStatus::Dispatched);
        QTRY_COMPARE(node.handoffs().handoff(fires[0], QStringLiteral("damkar-bjm"))->state, HandoffState::Dispatched);
        QVERIFY2(node.log().commits() == commitsBefore + 1, "the unit and the handoff in one transaction");
        QCOMPARE(node.unitStatus().statusOf(QStringLiteral("damkar-01")), UnitStatus::Available);
        QTRY_VERIFY(window.findChild<UnitChoiceDialog *>() == nullptr); // closed; the keys are the window's again
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        list->setFocus();
        clock.advanceMs(9 * 60000);
        QTest::keyClick(list, Qt::Key_S); // on scene
        QTRY_COMPARE(node.handoffs().handoff(fires[0], QStringLiteral("damkar-bjm"))->state, HandoffState::OnScene);

        // The response times: one fire, acknowledged after 40 s, on scene 9:40 after it was
        // reported (no call: the incident's creation starts the clock).
        KpiPanel *kpi = window.kpiPanel();
        kpi->refresh();
        const KpiModel *figures = kpi->model();
        int damkarRow = -1;
        for (int row = 0; row < figures->rowCount(); ++row)
            if (figures->figures().at(row).agency == QLatin1String("damkar-bjm"))
                damkarRow = row;
        QVERIFY(damkarRow >= 0);
        QCOMPARE(figures->index(damkarRow, KpiModel::SentToAcknowledgedColumn).data().toString(),
                 QStringLiteral("0:40 · 0:40"));
        QCOMPARE(figures->index(damkarRow, KpiModel::AnsweredToOnSceneColumn).data().toString(),
                 QStringLiteral("9:40 · 9:40"));
        QCOMPARE(figures->index(damkarRow, KpiModel::WithinTargetColumn).data().toString(),
                 QStringLiteral("100 % (1 of 1)"));
        const auto series = kpi->chart()->series();
        QCOMPARE(series.size(), 1);
        const auto *bars = qobject_cast<QBarSeries *>(series.first());
        QVERIFY(bars);
        const QBarSet *p50 = bars->barSets().at(0);
        QCOMPARE(p50->count(), 1); // only Damkar reached a scene
        QVERIFY(qAbs(p50->at(0) - (9 * 60 + 40) / 60.0) < 0.01);

        // F finishes it: it leaves the open list. A second fire handed over is refused with
        // the reason asked for.
        QTest::keyClick(list, Qt::Key_F);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        append(node.handoffCommands().send(fires[1], QStringLiteral("damkar-bjm"), {}, {}, node.session().actor()));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QTimer::singleShot(0, this, [] {
            auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            ask->setTextValue(QStringLiteral("every engine is out"));
            ask->accept();
        });
        QTest::keyClick(list, Qt::Key_R);
        QTRY_VERIFY((h = node.handoffs().handoff(fires[1], QStringLiteral("damkar-bjm")))
                    && h->state == HandoffState::Rejected);
        QCOMPARE(h->reason, QStringLiteral("every engine is out"));
    }

    // The response-time panel opens with the room's call taking: over the last 7 days every
    // call of the demo night counts, and the share answered within 15 s is there.
    void responseTimesShowTheRoomsCallTaking()
    {
        KpiPanel *kpi = m_window->kpiPanel();
        kpi->setPeriod(KpiPanel::Period::Week);
        auto *calls = kpi->findChild<QLabel *>(QStringLiteral("kpiCalls"));
        QVERIFY(calls);
        const QRegularExpression offered(QStringLiteral("^Calls: (\\d+) offered · (\\d+) % answered within 15 s"));
        const QRegularExpressionMatch match = offered.match(calls->text());
        QVERIFY2(match.hasMatch(), qPrintable(calls->text()));
        int everyCall = 0;
        m_node->calls().forEachCall([&everyCall](const Call &) { ++everyCall; });
        QCOMPARE(match.captured(1).toInt(), everyCall);
        QVERIFY(match.captured(2).toInt() > 0);
        QVERIFY(kpi->model()->rowCount() > 3); // the night's handoffs, per agency and category
    }

    void aDeskCutOffFromTheRoomSaysSoAcrossTheList()
    {
        // Without sync there is nothing to be cut off from: no banner.
        auto *banner = m_window->findChild<QLabel *>(QStringLiteral("lanBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isHidden());

        const QString key = m_tmp.filePath(QStringLiteral("room.key"));
        QVERIFY(RoomSecret::generate(QStringLiteral("lan"), false).save(key));
        auto syncedNode = [&](const QString &dir, const QStringList &peers) {
            Node::Options options;
            options.dataDir = m_tmp.filePath(dir);
            options.control = false;
            SyncOptions sync;
            sync.roomKeyFile = key;
            sync.listen = QStringLiteral("127.0.0.1:0");
            sync.peers = peers;
            sync.multicast = false;
            options.sync = sync;
            return Node::start(options, m_clock);
        };
        auto alone = syncedNode(QStringLiteral("alone"), {});
        QVERIFY(alone);
        MainWindow window(*alone.value(), QStringLiteral("en"));
        window.show();
        banner = window.findChild<QLabel *>(QStringLiteral("lanBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("NOT CONNECTED")), qPrintable(banner->text()));

        auto other = syncedNode(QStringLiteral("other"), {alone.value()->sync()->listenAddress()});
        QVERIFY(other);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 20000);
    }
};

QTEST_MAIN(tst_DeskWindow)
#include "tst_deskwindow.moc"
