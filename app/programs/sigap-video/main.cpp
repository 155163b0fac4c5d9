// sigap-video: decodes one camera stream for a camera tile of the desk, in a process of its
// own so that a crashing decoder cannot take the operator's window with it. The desk starts
// it and writes commands on its standard input, one per line:
//   open URL     the stream to play (once; not on the command line, where any local user
//                could read a camera's password)
//   size W H     the tile's size in pixels: pictures are scaled to fit
// Pictures and the reason the stream stopped come back on standard output (VideoPipe). The
// process ends when the stream stops or its standard input closes (the desk went away).
#include "video/streamdecoder.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QSocketNotifier>

#include <unistd.h>

using namespace Sigap;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(SigapVideo)
};

constexpr qsizetype MaxCommandBytes = 64 * 1024; // a longer line is not a command of ours

void runCommand(StreamDecoder &decoder, const QByteArray &line)
{
    if (line.startsWith("open ")) {
        decoder.open(QUrl::fromEncoded(line.mid(5).trimmed()));
    } else if (line.startsWith("size ")) {
        const QList<QByteArray> words = line.mid(5).simplified().split(' ');
        if (words.size() == 2)
            decoder.setMaxSize(QSize(words.at(0).toInt(), words.at(1).toInt()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // it never shows a window
    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("sigap-video"));
    app.setApplicationVersion(QStringLiteral(SIGAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("Sigap 112 video process: plays one camera stream for a tile of the desk. "
                  "Started by the desk, which sends it the stream on standard input."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QFile out; // by descriptor: a FILE* would hold a picture's last bytes in stdio's buffer
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    StreamDecoder decoder(out);
    QObject::connect(&decoder, &StreamDecoder::stopped, &app, &QCoreApplication::quit);

    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) { // the desk closed the pipe or went away
            input.setEnabled(false);
            app.quit();
            return;
        }
        pending.append(chunk, got);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            runCommand(decoder, pending.left(end));
            pending.remove(0, end + 1);
        }
        if (pending.size() > MaxCommandBytes)
            pending.clear();
    });
    return app.exec();
}
