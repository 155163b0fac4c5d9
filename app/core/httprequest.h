#pragma once

#include <QCoreApplication>
#include <QHash>

namespace Sigap {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// Reads one HTTP/1.x request from what a client has sent so far, for the node's small
// listeners (unit positions, agencies' status updates): they take one request per
// connection and answer it, so neither keep-alive nor a chunked body is needed. A chunked
// body is refused (411): every client these listeners serve can send a Content-Length.
class HttpRequestReader
{
    Q_DECLARE_TR_FUNCTIONS(Sigap::HttpRequestReader)

public:
    struct Read
    {
        enum class State { Incomplete, Complete, Refused } state = State::Incomplete;
        HttpRequest request; // Complete
        int status = 0;      // Refused: the HTTP status to answer, and why
        QString message;
    };

    static Read read(const QByteArray &received, qsizetype maxBytes);
    // The reason phrase of the statuses these listeners answer with.
    static QByteArray reasonPhrase(int status);
};

} // namespace Sigap
