#pragma once

#include <QString>

namespace postino {

// An addr-spec as site owners type it: local@domain, with a dotted domain name
// (or an address literal). Display names and comments are not accepted here.
bool isValidEmailAddress(const QString& address);
// A DNS host name (letters, digits, hyphens, dots; IDN allowed) or an IP address.
bool isValidHostName(const QString& host);
QString domainOfAddress(const QString& address);

} // namespace postino
