// The HTTP request reader of the node's small listeners (unit positions, agencies' status
// updates): a good request is read whole, one that is not all here yet waits, and anything a
// second reader could take another way (request smuggling, RFC 9112 11.2) is refused with 400,
// never guessed at. The malformed rows came from fuzzing (tests/fuzz/http-regressions).
#include "core/httprequest.h"

#include <QTest>

using namespace Sigap;

using State = HttpRequestReader::Read::State;

class tst_HttpRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodRequestsAreReadWhole()
    {
        const QByteArray post = "POST /eido/status HTTP/1.1\r\nHost: room\r\nContent-Length: 5\r\n\r\nhello";
        const auto read = HttpRequestReader::read(post, 8192);
        QCOMPARE(read.state, State::Complete);
        QCOMPARE(read.request.method, QByteArray("POST"));
        QCOMPARE(read.request.target, QByteArray("/eido/status"));
        QCOMPARE(read.request.headers.value("host"), QByteArray("room"));
        QCOMPARE(read.request.body, QByteArray("hello"));
        const auto get = HttpRequestReader::read("GET /?id=damkar-01&lat=-3.3 HTTP/1.0\r\n\r\n", 8192);
        QCOMPARE(get.state, State::Complete);
        QCOMPARE(get.request.target, QByteArray("/?id=damkar-01&lat=-3.3"));
    }

    void partsWait()
    {
        QCOMPARE(HttpRequestReader::read("GET / HTTP/1.1\r\nHost: x\r\n", 8192).state, State::Incomplete);
        QCOMPARE(HttpRequestReader::read("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel", 8192).state,
                 State::Incomplete);
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("empty target (fuzzed)") << QByteArray("PGST/  HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("method with a slash (fuzzed)") << QByteArray("POST/ /x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("version HTTP/1._ (fuzzed)") << QByteArray("GET / HTTP/1._\r\n\r\n") << 400;
        QTest::newRow("target with a control character") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header name with a quote (fuzzed)")
            << QByteArray("GET / HTTP/1.1\r\nTransfer-\"Encoding: chunked\r\n\r\n") << 400;
        QTest::newRow("space before the colon")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding : chunked\r\nContent-Length: 0\r\n\r\n") << 400;
        QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("line without a colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::newRow("two Content-Lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 0\r\n\r\nhello") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("two Authorizations")
            << QByteArray("GET / HTTP/1.1\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\n\r\n") << 400;
        QTest::newRow("signed Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello") << 400;
        QTest::newRow("chunked body") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                      << 411;
        QTest::newRow("body past the limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999\r\n\r\n") << 413;
    }

    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const auto read = HttpRequestReader::read(request, 8192);
        QCOMPARE(read.state, State::Refused);
        QCOMPARE(read.status, status);
        QVERIFY(!read.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequest)
#include "tst_httprequest.moc"
