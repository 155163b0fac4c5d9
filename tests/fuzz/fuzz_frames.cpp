// libFuzzer target for the LAN sync frame decoder: arbitrary bytes are cut into frames and
// every frame is decoded as each typed frame, and every decoded event's signature checked. Nothing may crash, hang or
// read out of bounds (built with AddressSanitizer and UndefinedBehaviorSanitizer by run-fuzzer.sh).
#include "domain/canonicalcbor.h"
#include "store/desksigningkey.h"
#include "sync/eventsframereader.h"
#include "sync/frame.h"
#include "sync/syncmessages.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool sameEvents(const QList<Sigap::ReceivedEvent> &a, const QList<Sigap::ReceivedEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Sigap::Event &x = a.at(i).event;
        const Sigap::Event &y = b.at(i).event;
        if (x.origin != y.origin || x.seq != y.seq || x.hlc != y.hlc || x.room != y.room || x.actor != y.actor
            || x.role != y.role || x.kind != y.kind || x.kindVersion != y.kindVersion || x.subject != y.subject
            || x.payload != y.payload || x.prevHash != y.prevHash || x.hash != y.hash || x.signature != y.signature
            || x.signerKey != y.signerKey || a.at(i).canonicalPayload != b.at(i).canonicalPayload)
            return false;
    }
    return true;
}

// Whatever the fast reader of "events" frames takes, the general decoder must take too and
// read the same; and every payload it passes on as canonical must be canonical.
void checkFastReaderAgrees(const Sigap::Frame &frame)
{
    using namespace Sigap;
    if (!frame.eventsDeferred)
        return;
    const auto fast = EventsFrameReader::read(QByteArrayView(frame.raw).sliced(4));
    if (!fast)
        return;
    const auto generic = SyncMessages::decodeEvents(frame, SyncMessages::EventsDecoding::Generic);
    if (!generic || !sameEvents(*fast, generic.value()))
        abort();
    for (const ReceivedEvent &e : *fast) {
        if (canonicalCbor(QCborValue::fromCbor(e.canonicalPayload)) != e.canonicalPayload)
            abort();
    }
}

} // namespace

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
            checkFastReaderAgrees(frame);
            (void)SyncMessages::decodeHello(frame);
            // Signatures as a receiver checks them: whatever key and signature bytes came, of
            // whatever length, against the event's hash.
            if (const auto events = SyncMessages::decodeEvents(frame)) {
                for (const ReceivedEvent &e : events.value())
                    (void)DeskSigningKey::verify(e.event.signerKey, e.event.hash, e.event.signature);
            }
            (void)SyncMessages::decodeAck(frame);
            (void)SyncMessages::decodePresence(frame);
            (void)SyncMessages::decodePingId(frame);
            (void)SyncMessages::decodeByeReason(frame);
        }
        decoder.feed(bytes.mid(bytes.size() / 2));
    }
    return 0;
}
