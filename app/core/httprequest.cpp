#include "httprequest.h"

#include <QList>

namespace Sigap {

HttpRequestReader::Read HttpRequestReader::read(const QByteArray &received, qsizetype maxBytes)
{
    auto refuse = [](int status, const QString &message) {
        Read r;
        r.state = Read::State::Refused;
        r.status = status;
        r.message = message;
        return r;
    };
    if (received.size() > maxBytes)
        return refuse(413, tr("request too large"));
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {}; // the headers are not all here yet
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refuse(400, tr("not an HTTP request"));
    Read r;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    if (r.request.headers.contains("transfer-encoding"))
        return refuse(411, tr("send the body with a Content-Length"));
    bool lengthOk = true;
    const QByteArray lengthHeader = r.request.headers.value("content-length");
    const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || length < 0)
        return refuse(400, tr("bad Content-Length"));
    if (headerEnd + 4 + length > maxBytes)
        return refuse(413, tr("request too large"));
    if (received.size() - (headerEnd + 4) < length)
        return {}; // the body is not all here yet
    r.state = Read::State::Complete;
    r.request.method = requestLine.at(0);
    r.request.target = requestLine.at(1);
    r.request.body = received.mid(headerEnd + 4, length);
    return r;
}

QByteArray HttpRequestReader::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    default: break;
    }
    return "Internal Server Error";
}

} // namespace Sigap
