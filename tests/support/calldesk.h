#pragma once

// A desk of its own for the window tests, on a manual clock, taking calls from a scenario:
// node, call source, call taker and window, in the order they must be built and torn down.
// Building a second CallDesk on the same data folder is a restart of that desk.

#include "core/clock.h"
#include "desk/mainwindow.h"
#include "node/node.h"
#include "telephony/calltaker.h"
#include "telephony/scenariocallsource.h"

#include <memory>

namespace SigapTest {

using namespace Sigap;

struct CallDesk
{
    // configDir: a room configuration folder; empty: the bundled city.
    CallDesk(const QString &dataDir, const QList<ScenarioCall> &calls, const QString &configDir = {})
        : node(startNode(dataDir, configDir, clock))
        , source(calls, clock)
        , taker(source, node->log(), node->calls(), node->categories(), node->session().actor())
        , window(*node, QStringLiteral("en"), &taker)
    {
        window.show();
        source.begin(clock.nowMs());
    }

    static std::unique_ptr<Node> startNode(const QString &dataDir, const QString &configDir, const Clock &clock)
    {
        Node::Options options;
        options.dataDir = dataDir;
        options.configDir = configDir;
        options.control = false;
        auto started = Node::start(options, clock);
        if (!started)
            qFatal("the desk's node did not start: %s", qPrintable(started.error().message));
        return std::move(started).value();
    }

    ManualClock clock{1'790'000'000'000};
    std::unique_ptr<Node> node;
    ScenarioCallSource source;
    CallTaker taker;
    MainWindow window;
};

} // namespace SigapTest
