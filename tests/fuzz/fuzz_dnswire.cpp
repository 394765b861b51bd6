// DNS replies as they come off the wire: a hostile or broken server controls every byte.
#include "dns/wireresolver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino::dns;
    const QByteArray reply(reinterpret_cast<const char*>(data), qsizetype(size));
    // The id and question of the replay corpus; most mutations keep them so the answer
    // section is what gets explored.
    const RecordType types[] = {RecordType::TXT,   RecordType::A,  RecordType::AAAA, RecordType::MX,
                                RecordType::CNAME, RecordType::NS, RecordType::PTR};
    for (const RecordType type : types) {
        bool truncated = false;
        bool matches = false;
        (void)WireResolver::decodeReply(reply, 0x1234, QStringLiteral("example.com"), type, &truncated,
                                        &matches);
    }
    return 0;
}
