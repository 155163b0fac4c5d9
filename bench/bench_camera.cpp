// A camera's first picture: from "show this camera" to the first video frame, in a Sigap
// camera tile (CameraView) against a bare QMediaPlayer with a QVideoSink on the same RTSP
// stream (a local GStreamer test picture), in the same run, alternating.
//
// A tile decodes in a video process of its own (so a crashing decoder cannot take the desk
// down), and a new process starts Qt and GStreamer before it opens the stream: that is a
// floor no tile can go below. The run measures it too — sigap-video started and its first
// picture read, with nothing of the tile around it — and holds the tile to 1.2× of that
// floor. The ratio to the in-process player is printed as the price of the isolation.
// Runs on its own Xvfb, where the tile draws.
#include "benchsupport.h"
#include "streamserver.h"
#include "video/cameraview.h"
#include "video/streamdecoder.h"
#include "video/videopipe.h"
#include "video/videoprocess.h"
#include "xvfbserver.h"

#include <QApplication>
#include <QEventLoop>
#include <QMediaPlayer>
#include <QProcess>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <chrono>
#include <cstdio>

using namespace Sigap;
using namespace SigapBench;

namespace {

constexpr int Rounds = 12;
using SteadyClock = std::chrono::steady_clock;

// Waits (in the event loop, bounded) until done() says so; false on time-out.
template<typename Done>
bool waitFor(Done done, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// Both sides keep their player from round to round, as the wall keeps its nine tiles: a
// round measures opening a camera, not creating a window.
bool bareFirstFrame(QMediaPlayer &player, QVideoSink &sink, const QUrl &url)
{
    player.stop();
    player.setSource(QUrl());
    bool got = false;
    const QMetaObject::Connection frames
        = QObject::connect(&sink, &QVideoSink::videoFrameChanged, &sink,
                           [&got](const QVideoFrame &frame) { got = got || frame.isValid(); });
    const auto start = SteadyClock::now();
    player.setSource(url);
    player.play();
    const bool ok = waitFor([&got] { return got; });
    QObject::disconnect(frames);
    if (ok)
        latencies("bare QMediaPlayer first frame")
            .push_back(std::chrono::duration<double>(SteadyClock::now() - start).count());
    return ok;
}

// The floor: a bare sigap-video process, started, told the stream, its first picture read.
bool processFirstFrame(const QUrl &stream)
{
    const auto start = SteadyClock::now();
    QProcess process;
    process.start(VideoProcess::program(), {});
    process.write("size 640 480\nopen " + stream.toEncoded() + '\n');
    VideoPipe::Reader reader;
    bool got = false;
    const bool ok = waitFor([&] {
        for (const VideoPipe::Message &m : reader.feed(process.readAllStandardOutput()))
            got = got || m.type == VideoPipe::Message::Type::Picture;
        return got || reader.failed();
    });
    if (ok && got)
        latencies("video process first frame")
            .push_back(std::chrono::duration<double>(SteadyClock::now() - start).count());
    process.kill();
    process.waitForFinished();
    return ok && got;
}

bool tileFirstFrame(CameraView &view, const Camera &camera)
{
    view.clear();
    bool got = false;
    const QMetaObject::Connection first
        = QObject::connect(&view, &CameraView::firstFrame, &view, [&got] { got = true; });
    const auto start = SteadyClock::now();
    view.showCamera(camera);
    const bool ok = waitFor([&got] { return got; });
    QObject::disconnect(first);
    if (ok)
        latencies("camera tile first frame")
            .push_back(std::chrono::duration<double>(SteadyClock::now() - start).count());
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    SigapTest::XvfbServer xvfb;
    if (const QString problem = xvfb.start(QSize(1280, 800)); !problem.isEmpty()) {
        std::fprintf(stderr, "bench_camera: %s\n", qPrintable(problem));
        return 1;
    }
    qputenv("DISPLAY", xvfb.display().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    SigapTest::StreamServer streams;
    if (const QString problem = streams.start(QStringLiteral(SIGAP_SOURCE_DIR)); !problem.isEmpty()) {
        std::fprintf(stderr, "bench_camera: %s\n", qPrintable(problem));
        return 1;
    }
    const Camera camera{QStringLiteral("bench"), QStringLiteral("Bench"), -3.32, 114.59, QUrl(streams.rtsp), {}, {}};
    // The bare player gets the URL the tile plays (RTSP over TCP), so both do the same work.
    const QUrl playable = StreamDecoder::playableUrl(camera.stream);
    std::printf("first frame of %s, %d rounds each, alternating\n", qPrintable(streams.rtsp), Rounds);
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    CameraView view;
    view.resize(640, 480);
    view.show();
    // One round each first, not counted: GStreamer loads its plugins on the first pipeline.
    if (!tileFirstFrame(view, camera) || !bareFirstFrame(player, sink, playable) || !processFirstFrame(camera.stream)) {
        std::fprintf(stderr, "bench_camera: no picture within 30 s while warming up\n");
        return 1;
    }
    latencies("camera tile first frame").clear();
    latencies("bare QMediaPlayer first frame").clear();
    latencies("video process first frame").clear();
    for (int round = 0; round < Rounds; ++round) {
        const bool ok = round % 2 ? bareFirstFrame(player, sink, playable) && processFirstFrame(camera.stream)
                                        && tileFirstFrame(view, camera)
                                  : tileFirstFrame(view, camera) && processFirstFrame(camera.stream)
                                        && bareFirstFrame(player, sink, playable);
        if (!ok) {
            std::fprintf(stderr, "bench_camera: no picture within 30 s in round %d\n", round);
            return 1;
        }
    }
    return printComparisons({{"camera tile first frame", "video process first frame", "camera first frame", 1.2},
                             {"camera tile first frame", "bare QMediaPlayer first frame",
                              "price of the video process (no goal)", 0}})
               ? 0
               : 1;
}
