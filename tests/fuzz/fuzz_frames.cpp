// libFuzzer target for the LAN sync frame decoder: arbitrary bytes are cut into frames and
// every frame is decoded as each typed frame. Nothing may crash, hang or read out of
// bounds (built with AddressSanitizer and UndefinedBehaviorSanitizer by run-fuzzer.sh).
#include "sync/frame.h"
#include "sync/syncmessages.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Sigap;
    FrameDecoder decoder;
    // Fed in two pieces, as a socket delivers them, so reassembly is exercised too.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    decoder.feed(bytes.left(bytes.size() / 2));
    for (int pass = 0; pass < 2; ++pass) {
        while (auto next = decoder.next()) {
            if (!*next)
                break;
            const Frame &frame = next->value();
            (void)SyncMessages::decodeHello(frame);
            (void)SyncMessages::decodeEvents(frame);
            (void)SyncMessages::decodeAck(frame);
            (void)SyncMessages::decodePresence(frame);
            (void)SyncMessages::decodePingId(frame);
            (void)SyncMessages::decodeByeReason(frame);
        }
        decoder.feed(bytes.mid(bytes.size() / 2));
    }
    return 0;
}
