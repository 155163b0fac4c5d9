// What a camera's video process sends the desk (VideoPipe): pictures and stop reasons survive
// the trip in any slicing of the bytes, and anything else — oversized pictures, lengths that
// do not match, unknown types, random bytes — is refused without reading past it.
#include "video/videopipe.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace Sigap;
using namespace Sigap::VideoPipe;

namespace {

QImage testPicture(int width, int height)
{
    QImage picture(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            picture.setPixel(x, y, qRgb(x * 7 % 256, y * 13 % 256, (x + y) % 256));
    return picture;
}

QByteArray header(quint32 length, char type)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes + type;
}

} // namespace

class tst_VideoPipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pictureAndReasonArriveWhateverTheSlicing()
    {
        const QImage picture = testPicture(37, 21); // odd width: rows are padded in a QImage
        const QByteArray bytes = pictureMessage(picture) + stopMessage(StopKind::PlayerError, QStringLiteral("gagal"));
        for (int slice : {1, 3, 4, 5, 1000, int(bytes.size())}) {
            Reader reader;
            std::vector<Message> got;
            for (qsizetype at = 0; at < bytes.size(); at += slice)
                for (Message &m : reader.feed(bytes.mid(at, slice)))
                    got.push_back(std::move(m));
            QVERIFY2(!reader.failed(), qPrintable(QStringLiteral("slice %1").arg(slice)));
            QCOMPARE(got.size(), size_t(2));
            QCOMPARE(got.at(0).type, Message::Type::Picture);
            QCOMPARE(got.at(0).picture, picture);
            QCOMPARE(got.at(1).type, Message::Type::Stopped);
            QCOMPARE(got.at(1).stopKind, StopKind::PlayerError);
            QCOMPARE(got.at(1).detail, QStringLiteral("gagal"));
        }
    }

    void largePicturesAreScaledToTheLimit()
    {
        Reader reader;
        const auto got = reader.feed(pictureMessage(testPicture(MaxWidth * 2, MaxHeight)));
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got.at(0).picture.size(), QSize(MaxWidth, MaxHeight / 2));
    }

    void malformedMessagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray tooWide(4, 0);
        qToBigEndian<quint16>(MaxWidth + 1, tooWide.data());
        qToBigEndian<quint16>(1, tooWide.data() + 2);
        tooWide += QByteArray((MaxWidth + 1) * 4, 'x');
        QByteArray shortRows(4, 0);
        qToBigEndian<quint16>(10, shortRows.data());
        qToBigEndian<quint16>(10, shortRows.data() + 2);
        shortRows += QByteArray(10 * 9 * 4, 'x');
        QTest::newRow("zero length") << header(0, 'F');
        QTest::newRow("length past the largest picture") << header(0x7fffffff, 'F');
        QTest::newRow("unknown type") << header(2, 'Z') + 'x';
        QTest::newRow("picture wider than the limit") << header(quint32(tooWide.size() + 1), 'F') + tooWide;
        QTest::newRow("picture shorter than it says") << header(quint32(shortRows.size() + 1), 'F') + shortRows;
        QTest::newRow("picture without a size") << header(3, 'F') + "ab";
        QTest::newRow("stop without a kind") << header(1, 'E');
        QTest::newRow("stop of an unknown kind") << header(3, 'E') + char(9) + 'x';
    }

    void malformedMessagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        Reader reader;
        const auto got = reader.feed(bytes + stopMessage(StopKind::Ended, {}));
        QVERIFY(reader.failed());
        QVERIFY2(got.empty(), "nothing after a broken message is read");
        QVERIFY(reader.feed(stopMessage(StopKind::Ended, {})).empty());
    }

    // Random bytes (seeded): never a crash, and either refused or still waiting for more.
    void randomBytesNeverCrash()
    {
        QRandomGenerator random(112);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(random.bounded(1, 64), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            Reader reader;
            for (const Message &m : reader.feed(bytes))
                QVERIFY(m.type == Message::Type::Stopped || !m.picture.isNull());
        }
    }
};

QTEST_GUILESS_MAIN(tst_VideoPipe)
#include "tst_videopipe.moc"
