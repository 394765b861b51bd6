#pragma once

#include "discovery/discoverytypes.h"
#include "finding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace postino::discovery {

// The most of an autoconfig document Postino reads; a larger one is refused unread.
inline constexpr qint64 kAutoconfigMaxBytes = 256 * 1024;
// The most SMTP servers taken from one document (each is probed); the rest are left out.
inline constexpr int kAutoconfigMaxServers = 20;

// What one autoconfig document gave.
struct AutoconfigParse
{
    QList<SmtpCandidate> candidates; // in the file's order of preference; source Autoconfig
    Findings findings;               // ids "discover.autoconfig.*"
    // False when the document is no autoconfig file at all (empty, or a web page, as sites that
    // answer every address with their home page send): the same as none published.
    bool isAutoconfig = true;
};

// Reads the SMTP servers of a Thunderbird autoconfig document (config-v1.1.xml:
// clientConfig/emailProvider/outgoingServer type="smtp" with hostname, port, socketType SSL,
// STARTTLS or plain, username %EMAILADDRESS%, %EMAILLOCALPART% or fixed, and authentication).
// %EMAILDOMAIN% in host names becomes `domain`. `url` is where the document came from: each
// candidate's sourceDetail and the findings' subject. A malformed document, one with a DOCTYPE
// (entity expansion), or one over kAutoconfigMaxBytes gives no candidates and a warning; a bad
// server entry is skipped with a warning of its own.
AutoconfigParse parseAutoconfig(const QByteArray& document, const QString& domain, const QString& url);

// `name` normalised (lower case, no trailing dot, IDN as punycode) when it is a host name one can
// connect to and check a certificate for: two labels or more of letters, digits and hyphens, not an
// address literal. Empty otherwise.
QString validHostName(const QString& name);

} // namespace postino::discovery
