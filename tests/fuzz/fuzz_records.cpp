// Record parsers that read text straight from DNS: SPF, DKIM key and DMARC records, and the
// name-server strings the user types. Each must turn any bytes into a record or an error.
#include "dns/dkim.h"
#include "dns/dmarc.h"
#include "dns/spf.h"
#include "dns/wireresolver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino::dns;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const SpfRecord spf = parseSpfRecord(bytes);
    if (!spf.isValid() && (spf.errorPosition < -1 || spf.errorPosition > bytes.size())) {
        __builtin_trap(); // the position marker must point inside the record
    }
    (void)spf.redirect();
    (void)spf.all();
    (void)isSpfRecord(bytes);
    (void)macroStringError(bytes);
    (void)macroStringError(bytes, true);
    (void)parseDkimKeyRecord(bytes);
    const QString text = QString::fromUtf8(bytes);
    (void)parseDmarcRecord(text, QStringLiteral("_dmarc.example.com"));
    (void)parseNameServer(text);
    return 0;
}
