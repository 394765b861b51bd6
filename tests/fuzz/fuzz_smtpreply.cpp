// SMTP server replies, line by line as the client reads them, and the EHLO keywords.
#include "smtp/smtpreply.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    SmtpReplyParser parser;
    for (const QByteArray& line : bytes.split('\n')) {
        const QByteArray withoutCr = line.endsWith('\r') ? line.chopped(1) : line;
        switch (parser.feedLine(withoutCr)) {
        case SmtpReplyParser::Status::NeedMore:
            break;
        case SmtpReplyParser::Status::Malformed:
            (void)parser.error();
            parser = SmtpReplyParser();
            break;
        case SmtpReplyParser::Status::Complete: {
            const SmtpReply reply = parser.takeReply();
            (void)reply.toString();
            const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(reply);
            (void)caps.authMechanisms();
            (void)caps.maxSize();
            break;
        }
        }
    }
    return 0;
}
