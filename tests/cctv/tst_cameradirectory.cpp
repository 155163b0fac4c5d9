// The room's camera directory: what a valid file gives, and how broken files and broken
// cameras are reported (file, line, field) without losing the valid cameras around them.
#include "cctv/cameracredentials.h"
#include "cctv/cameradirectory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sigap;

namespace {

// Line numbers matter here: the third camera, the one broken below, is on line 4. (Plain
// literals, not a raw string: moc 6.4 reads "//" inside a multi-line raw string as a
// comment and then misses the test class.)
const QByteArray threeCameras = "{\"format\": \"sigap-cameras\", \"version\": 1, \"cameras\": [\n"
                                "  {\"id\": \"a\", \"name\": \"Sudimampir\", \"lat\": -3.3200, \"lon\": 114.5900, "
                                "\"url\": \"rtsp://10.0.0.1/a\", \"owner\": \"Dishub\"},\n"
                                "  {\"id\": \"b\", \"name\": \"Veteran\", \"lat\": -3.3210, \"lon\": 114.5960, "
                                "\"url\": \"http://10.0.0.2/b.m3u8\"},\n"
                                "  {\"id\": \"c\", \"name\": \"Far away\", \"lat\": -3.2500, \"lon\": 114.6500, "
                                "\"url\": \"file:///srv/c.mp4\"}\n"
                                "]}";

} // namespace

class tst_CameraDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDirectoryAndNearest()
    {
        auto parsed = CameraDirectory::parse(threeCameras, QStringLiteral("cameras.json"));
        QVERIFY(parsed.ok());
        const CameraDirectory &directory = parsed.value();
        QCOMPARE(directory.cameras().size(), 3);
        QVERIFY(directory.problems().isEmpty());
        QCOMPARE(directory.byId(QStringLiteral("a"))->owner, QStringLiteral("Dishub"));
        QCOMPARE(directory.byId(QStringLiteral("b"))->stream, QUrl(QStringLiteral("http://10.0.0.2/b.m3u8")));
        // From a point next to "b": b first, then a (about 700 m); c is 9 km away.
        const QList<const Camera *> near = directory.nearest(-3.3212, 114.5962, 4, 1000);
        QCOMPARE(near.size(), 2);
        QCOMPARE(near.at(0)->id, QStringLiteral("b"));
        QCOMPARE(near.at(1)->id, QStringLiteral("a"));
        QCOMPARE(directory.nearest(-3.3212, 114.5962, 1, 1000).size(), 1);
        QCOMPARE(directory.nearest(-3.3212, 114.5962, 4, 20000).size(), 3);
    }

    void brokenFilesAreRefusedWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad JSON on line 3")
            << QByteArray("{\"format\": \"sigap-cameras\",\n\"version\": 1,\n\"cameras\": [,]}")
            << QStringLiteral("cameras.json:3: not valid JSON");
        QTest::newRow("another format") << QByteArray(R"({"format": "sigap-city", "version": 1, "cameras": []})")
                                        << QStringLiteral("cameras.json: not a Sigap camera directory");
        QTest::newRow("no list") << QByteArray(R"({"format": "sigap-cameras", "version": 1})")
                                 << QStringLiteral("not a Sigap camera directory");
    }

    void brokenFilesAreRefusedWithFileAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto parsed = CameraDirectory::parse(json, QStringLiteral("cameras.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    }

    void aBrokenCameraIsLeftOutAndTheOthersKept_data()
    {
        QTest::addColumn<QByteArray>("replace");
        QTest::addColumn<QByteArray>("with");
        QTest::addColumn<QString>("field");
        QTest::newRow("no latitude") << QByteArray(R"("lat": -3.2500, )") << QByteArray() << QStringLiteral("lat");
        QTest::newRow("latitude out of range")
            << QByteArray(R"("lat": -3.2500)") << QByteArray(R"("lat": -93.25)") << QStringLiteral("lat");
        QTest::newRow("longitude as text")
            << QByteArray(R"("lon": 114.6500)") << QByteArray(R"("lon": "114.65")") << QStringLiteral("lon");
        QTest::newRow("no name") << QByteArray(R"("name": "Far away", )") << QByteArray() << QStringLiteral("name");
        QTest::newRow("unknown scheme") << QByteArray("file:///srv/c.mp4") << QByteArray("ftp://srv/c.mp4")
                                        << QStringLiteral("url");
        QTest::newRow("same id twice") << QByteArray(R"("id": "c")") << QByteArray(R"("id": "a")")
                                       << QStringLiteral("id");
    }

    void aBrokenCameraIsLeftOutAndTheOthersKept()
    {
        QFETCH(QByteArray, replace);
        QFETCH(QByteArray, with);
        QFETCH(QString, field);
        const QByteArray json = QByteArray(threeCameras).replace(replace, with);
        QVERIFY(json != threeCameras);
        auto parsed = CameraDirectory::parse(json, QStringLiteral("cameras.json"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().cameras().size(), 2);
        QVERIFY(parsed.value().byId(QStringLiteral("a")) && parsed.value().byId(QStringLiteral("b")));
        QCOMPARE(parsed.value().problems().size(), 1);
        const QString problem = parsed.value().problems().first();
        QVERIFY2(problem.contains(QStringLiteral("cameras.json:4: camera 2: %1: ").arg(field)), qPrintable(problem));
    }

    // The desk's credentials store: an entry joins its camera's address; a camera naming an
    // entry the store lacks is said; a bad line is refused by its number, never its content;
    // a store others may read is refused; no store is an empty one.
    void credentialsJoinTheStreamOnlyFromTheDesksStore()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(CameraCredentials::fileName());
        const auto write = [&path](const QByteArray &text, QFile::Permissions permissions) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size()
                   && f.setPermissions(permissions);
        };
        auto none = CameraCredentials::load(path);
        QVERIFY(none && none.value().isEmpty());

        QVERIFY(write("# NVRs\ndishub-nvr=petugas:Ra:has-ia\n", QFile::ReadOwner | QFile::WriteOwner));
        auto store = CameraCredentials::load(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        Camera camera{QStringLiteral("a"),
                      QStringLiteral("A"),
                      -3.3,
                      114.6,
                      QUrl(QStringLiteral("rtsp://10.1.1.20/s1")),
                      QStringLiteral("Dishub"),
                      QStringLiteral("dishub-nvr")};
        const auto stream = store.value().playableStream(camera);
        QVERIFY(stream);
        QCOMPARE(stream->userName(), QStringLiteral("petugas"));
        QCOMPARE(stream->password(), QStringLiteral("Ra:has-ia"));
        QCOMPARE(stream->host(), QStringLiteral("10.1.1.20"));
        camera.credentials = QStringLiteral("diskominfo-nvr");
        QVERIFY(!store.value().playableStream(camera));
        camera.credentials.clear();
        QCOMPARE(*store.value().playableStream(camera), camera.stream);

        QVERIFY(write("dishub-nvr=petugas:ok\nrahasia-tanpa-nama\n", QFile::ReadOwner | QFile::WriteOwner));
        auto badLine = CameraCredentials::load(path);
        QVERIFY(!badLine);
        QVERIFY2(badLine.error().message.contains(QLatin1String(":2: ")), qPrintable(badLine.error().message));
        QVERIFY(!badLine.error().message.contains(QLatin1String("rahasia")));

        QVERIFY(write("dishub-nvr=petugas:ok\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(!CameraCredentials::load(path));
    }
};

QTEST_GUILESS_MAIN(tst_CameraDirectory)
#include "tst_cameradirectory.moc"
