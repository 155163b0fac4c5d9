// libFuzzer target for the AML SMS parser: arbitrary bytes, read as the UTF-8 (or Latin-1)
// text an SMS gateway would hand over, are parsed. Nothing may crash, hang or read out of
// bounds; an accepted message must hold what the parser promises (built with AddressSanitizer
// and UndefinedBehaviorSanitizer by run-fuzzer.sh).
#include "telephony/aml.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Sigap;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &text : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        const auto parsed = Aml::parse(text);
        if (!parsed) {
            if (!parsed.error().code.startsWith(QLatin1String("aml.")) || parsed.error().message.isEmpty())
                abort(); // every refusal names its field
            continue;
        }
        const AmlMessage &m = parsed.value();
        // The promises of an accepted message: a whole position in range, a checked length.
        if (m.lat.has_value() != m.lon.has_value())
            abort();
        if (m.hasPosition() && (*m.lat < -90 || *m.lat > 90 || *m.lon < -180 || *m.lon > 180))
            abort();
        if (m.confidence && (*m.confidence < 0 || *m.confidence > 100))
            abort();
        if (m.length <= 0 || m.length > Aml::MaxLength + 1)
            abort();
        (void)m.toJson();
    }
    return 0;
}
