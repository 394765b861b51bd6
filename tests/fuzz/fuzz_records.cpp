// Record parsers that read text straight from DNS: SPF, DKIM key and DMARC records, MTA-STS,
// TLS-RPT and BIMI records and the MTA-STS policy file, and the name-server strings the user types.
// Each must turn any bytes into a record or an error.
#include "acceptance/mtasts.h"
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
    const postino::acceptance::MtaStsPolicy policy = postino::acceptance::parseMtaStsPolicy(bytes);
    if (policy.valid != policy.errors.isEmpty()) {
        __builtin_trap(); // a policy is valid exactly when nothing is wrong with it
    }
    for (const QString& pattern : policy.mx) {
        (void)postino::acceptance::mxMatchesPattern(text, pattern);
    }
    (void)postino::acceptance::mxMatchesPattern(text.section(QLatin1Char(' '), 0, 0),
                                                text.section(QLatin1Char(' '), 1));
    (void)postino::acceptance::parseMtaStsTxt(bytes);
    (void)postino::acceptance::parseTlsRpt(bytes);
    (void)postino::acceptance::parseBimi(bytes);
    return 0;
}
