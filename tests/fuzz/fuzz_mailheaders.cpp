// What a receiving server wrote into the test message's header: Authentication-Results,
// Received-SPF and the header block an IMAP server returns.
#include "delivery/authresults.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    QString error;
    (void)parseAuthenticationResults(text, &error);
    (void)parseReceivedSpf(text);
    const HeaderList headers = parseHeaderBlock(bytes);
    const AuthVerdict verdict =
        judgeAuthentication(headers, trustedAuthservIds(QStringLiteral("imap.gmail.com")));
    (void)authenticationFindings(verdict, QStringLiteral("example.com"));
    return 0;
}
