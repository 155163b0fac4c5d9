#include "httprequest.h"

#include <QList>

#include <algorithm>

namespace Sigap {

namespace {

// RFC 9110 5.6.2: the characters of a method or a header name.
bool isToken(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    for (const char c : word) {
        const bool tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!tchar)
            return false;
    }
    return true;
}

// A request target of visible ASCII, as RFC 9112 3.2 has it.
bool isTarget(const QByteArray &target)
{
    if (target.isEmpty())
        return false;
    for (const char c : target) {
        if (c <= ' ' || c >= 0x7f)
            return false;
    }
    return true;
}

bool isDigits(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

// Strict where a lenient reader would let two parties read one request two ways (RFC 9112
// 11.2, request smuggling): a header name with a space before its colon, a folded line, two
// Content-Lengths, a Content-Length that is not plain digits are all refused, not guessed at.
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
    auto withoutCr = [](const QByteArray &line) { return line.endsWith('\r') ? line.chopped(1) : line; };
    const QList<QByteArray> requestLine = withoutCr(lines.value(0)).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !isTarget(requestLine.at(1))
        || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0"))
        return refuse(400, tr("not an HTTP request"));
    Read r;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCr(lines.at(i));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).toLower();
        if (colon <= 0 || !isToken(name))
            return refuse(400, tr("a malformed header line"));
        if (name == "content-length" && r.request.headers.contains(name))
            return refuse(400, tr("bad Content-Length"));
        if ((name == "host" || name == "authorization") && r.request.headers.contains(name))
            return refuse(400, tr("a header that may come once came twice")); // RFC 9112 3.2
        r.request.headers.insert(name, line.mid(colon + 1).trimmed());
    }
    if (r.request.headers.contains("transfer-encoding"))
        return refuse(411, tr("send the body with a Content-Length"));
    const QByteArray lengthHeader = r.request.headers.value("content-length");
    if (r.request.headers.contains("content-length") && (!isDigits(lengthHeader) || lengthHeader.size() > 12))
        return refuse(400, tr("bad Content-Length"));
    const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong();
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
