#pragma once

#include "domain/event.h"
#include "store/desksigningkey.h"
#include "store/eventstore.h"

#include <QString>

namespace Sigap::Testing {

// Signs an event made by hand as the desk of the store at storePath would (with the key file
// that store keeps), or with a key of the test's own: a test of what a receiver does with
// forks, forged ids and other keys needs events that are signed, rightly or wrongly.
inline void signAs(const DeskSigningKey &key, Event &e)
{
    e.signature = key.sign(e.hash);
    e.signerKey = key.publicKey();
}

inline bool signWithKeyOf(const QString &storePath, Event &e)
{
    auto key = DeskSigningKey::load(EventStore::signingKeyPath(storePath));
    if (!key)
        return false;
    signAs(key.value(), e);
    return true;
}

} // namespace Sigap::Testing
