// libFuzzer target for the configuration loaders a room's administrator hands the desk: the
// agency directory, the incident categories, the camera directory and the unit roster, each
// fed the same arbitrary bytes. Nothing may crash, hang or read out of bounds; a refusal names
// its field, and what is accepted keeps the loaders' promises (built with AddressSanitizer and
// UndefinedBehaviorSanitizer by run-fuzzer.sh).
#include "cctv/cameradirectory.h"
#include "domain/categories.h"
#include "handoff/agencydirectory.h"
#include "units/unitroster.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

template<typename T>
void expectNamedRefusal(const Sigap::Result<T> &result)
{
    if (!result && (result.error().code.isEmpty() || result.error().message.isEmpty()))
        abort();
}

const Sigap::AgencyDirectory &knownAgencies()
{
    static const Sigap::AgencyDirectory agencies = [] {
        auto parsed = Sigap::AgencyDirectory::parse(
            R"({"format":"sigap-agencies","version":1,"agencies":[{"id":"damkar-bjm","name":"Damkar",
                "kind":"damkar","categories":["kebakaran"],"channel":"desk","phones":["113"],
                "ack_timeout_s":120,"default_target_min":30}]})",
            QStringLiteral("fuzz"));
        if (!parsed)
            abort(); // the roster needs a directory to check its units' agencies against
        return parsed.value();
    }();
    return agencies;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Sigap;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString source = QStringLiteral("fuzz.json");
    expectNamedRefusal(AgencyDirectory::parse(json, source));
    expectNamedRefusal(Categories::fromJson(json, source));
    const auto cameras = CameraDirectory::parse(json, source);
    expectNamedRefusal(cameras);
    if (cameras) {
        for (const Camera &c : cameras.value().cameras()) {
            if (c.id.isEmpty() || c.lat < -90 || c.lat > 90 || c.lon < -180 || c.lon > 180)
                abort();
        }
    }
    expectNamedRefusal(UnitRoster::parse(json, source, knownAgencies()));
    return 0;
}
