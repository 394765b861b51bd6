#pragma once

#include "finding.h"

#include <QByteArray>
#include <QString>

namespace postino::acceptance {

enum class MessageOrigin
{
    Built,   // the test message as Postino hands it over: header and body
    Arrived, // the header of the copy found in the mailbox (the body stays there)
};

// What receivers check of a message's form (RFC 5322, RFC 2045/2046): exactly one From with one
// mailbox, one Date that parses, a Message-ID (on the From domain, else noted), no other field that
// may appear once appearing twice, CRLF line ends, lines of at most 998 octets, no raw 8-bit bytes in
// the header, and a multipart body whose boundaries open and close. Ids "message.*"; all fine gives
// one "message.format_ok".
Findings checkMessageFormat(const QByteArray& message, const QString& fromDomain, MessageOrigin origin);

} // namespace postino::acceptance
