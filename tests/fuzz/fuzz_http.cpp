// libFuzzer target for the HTTP request reader of the node's small listeners (unit positions,
// agencies' status updates): arbitrary bytes, read whole and in two pieces as a socket delivers
// them. Nothing may crash, hang or read out of bounds; a request is either incomplete, refused
// with a 4xx status and a reason, or complete within the size limit (built with AddressSanitizer
// and UndefinedBehaviorSanitizer by run-fuzzer.sh).
#include "core/httprequest.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

constexpr qsizetype MaxBytes = 8192; // small, so the limit itself is fuzzed

void check(const QByteArray &received)
{
    using Sigap::HttpRequestReader;
    const HttpRequestReader::Read read = HttpRequestReader::read(received, MaxBytes);
    switch (read.state) {
    case HttpRequestReader::Read::State::Incomplete:
        if (received.size() > MaxBytes)
            abort(); // more than the limit must be refused, not waited on
        break;
    case HttpRequestReader::Read::State::Refused:
        if (read.status < 400 || read.status > 599 || read.message.isEmpty()
            || HttpRequestReader::reasonPhrase(read.status).isEmpty())
            abort();
        break;
    case HttpRequestReader::Read::State::Complete:
        if (read.request.method.isEmpty() || read.request.target.isEmpty()
            || read.request.body.size() > received.size())
            abort();
        for (const char c : read.request.method + read.request.target) {
            if (c <= ' ' || c >= 0x7f)
                abort(); // a method or target with a space or a control character in it
        }
        for (auto it = read.request.headers.cbegin(); it != read.request.headers.cend(); ++it) {
            if (it.key() != it.key().toLower() || it.key().isEmpty())
                abort(); // names are kept in lower case
            for (const char c : it.key()) {
                if (c <= ' ' || c >= 0x7f || c == ':' || c == '"' || c == '(' || c == ')')
                    abort(); // only a token is a header name
            }
        }
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(bytes.left(bytes.size() / 2));
    check(bytes);
    return 0;
}
