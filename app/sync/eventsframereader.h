#pragma once

#include "domain/event.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Sigap {

// Reads the events of an "events" frame straight from its bytes, without building CBOR
// values for the frame or the envelopes: a catch-up is 100,000 of them, and building the
// values was most of what a joining desk spent.
//
// It takes only the form every Sigap desk writes: the map {"t", "events"} in that order, a
// definite list, each event a map of exactly Event::toCbor()'s keys in its order, texts in
// valid UTF-8, and a payload that is already canonical (CborBytes::canonicalItemLength), so
// the store can hash the payload's bytes as received. Anything else, malformed or merely
// unusual, gives nothing, and the caller decodes the frame the general way, which refuses
// what is wrong with an error naming the field; the two ways agree on every frame this one
// takes (tst_framecodec, and the frame fuzzer compares them).
class EventsFrameReader
{
public:
    // body: the frame without its length prefix.
    static std::optional<QList<ReceivedEvent>> read(QByteArrayView body);
};

} // namespace Sigap
