#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

#include <vector>

namespace Sigap {

// What a camera's video process (sigap-video) tells the desk on its standard output, one
// message after another: a 32-bit big-endian length of the rest, a type byte, the payload.
//   'F' a picture: width and height (16 bits each), then width × height × 4 bytes of RGB32
//   'E' why the stream stopped: a StopKind byte and the player's words (UTF-8); the process
//       ends after it. The desk words the kinds it knows in the operator's language.
// The desk reads it with Reader, which refuses anything it does not expect (a picture larger
// than MaxWidth × MaxHeight, an unknown type, a length that does not match) instead of
// trusting a process that may be going down in the middle of a write.
namespace VideoPipe {

constexpr int MaxWidth = 1920;
constexpr int MaxHeight = 1080;
constexpr int MaxTextBytes = 4096;

QByteArray pictureMessage(const QImage &picture); // converted to RGB32; at most MaxWidth × MaxHeight
enum class StopKind : quint8 { PlayerError = 1, CannotOpen = 2, Ended = 3 };

QByteArray stopMessage(StopKind kind, const QString &detail);

struct Message
{
    enum class Type { Picture, Stopped };
    Type type = Type::Picture;
    QImage picture;
    StopKind stopKind = StopKind::PlayerError;
    QString detail;
};

// Collects bytes as they come and hands out complete messages.
class Reader
{
public:
    // The complete messages among the bytes read so far. After a message that breaks the
    // format, failed() is true and nothing more is read.
    std::vector<Message> feed(const QByteArray &bytes);
    bool failed() const { return m_failed; }

private:
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace VideoPipe
} // namespace Sigap
