#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Parsers for the From domain's transport and brand policies: the MTA-STS TXT record and policy
// file (RFC 8461), the TLS-RPT record (RFC 8460) and the BIMI assertion record
// (draft-brand-indicators-for-message-identification). Pure functions: any bytes give a record or
// a list of problems in plain words, never a crash.
namespace postino::acceptance {

// The policy file's size cap (RFC 8461 section 3.3 lets senders refuse more) and the logo's (the
// BIMI group's limit for SVG Tiny PS logos).
constexpr qint64 kMtaStsPolicyMaxBytes = 64 * 1024;
constexpr qint64 kBimiLogoMaxBytes = 32 * 1024;
// RFC 8461 section 3.2: max_age is at most 31557600 seconds (about a year).
constexpr qint64 kMtaStsMaxAgeLimit = 31557600;

// The TXT record at _mta-sts.<domain> (RFC 8461 section 3.1): "v=STSv1; id=20240101T000000".
struct MtaStsTxt
{
    bool isStsRecord = false; // starts with "v=STSv1": senders consider it (others at that name are skipped)
    bool valid = false;       // an STSv1 record senders can use: a well-formed id, no syntax error
    QString id;
    QStringList errors; // why it is not valid, in plain words
};
MtaStsTxt parseMtaStsTxt(const QByteArray& record);

// The policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 section 3.2):
// "key: value" lines ending in CRLF or LF.
struct MtaStsPolicy
{
    bool valid = false; // senders can apply it: no error below
    QString version;    // "STSv1"
    QString mode;       // "enforce", "testing" or "none"; empty when missing or not one of them
    qint64 maxAge = -1; // seconds; -1 when missing or not a number in range
    QStringList mx;     // the mx patterns, as written (lower case), in order
    QStringList errors; // what makes senders ignore the policy, in plain words
    // What works but should change: a field given twice (senders take the first), a field name in
    // the wrong case, a very short max_age.
    QStringList warnings;
};
MtaStsPolicy parseMtaStsPolicy(const QByteArray& body);

// RFC 8461 section 4.1: whether an MX host name matches an "mx" pattern of a policy. A pattern
// "*.example.com" matches exactly one more label on the left ("mail.example.com", not
// "a.b.example.com" nor "example.com"); otherwise the names must be equal. Case-insensitive, a
// trailing dot on either side ignored.
bool mxMatchesPattern(const QString& mxHost, const QString& pattern);

// The TXT record at _smtp._tls.<domain> (RFC 8460 section 3): "v=TLSRPTv1; rua=mailto:...".
struct TlsRptRecord
{
    bool isTlsRpt = false; // starts with "v=TLSRPTv1"
    bool valid = false;    // a record senders can use: rua with mailto: or https: addresses only
    QStringList rua;       // the report addresses, as written
    QStringList errors;
};
TlsRptRecord parseTlsRpt(const QByteArray& record);

// The BIMI assertion record at default._bimi.<domain>: "v=BIMI1; l=https://...svg; a=https://...pem".
struct BimiRecord
{
    bool isBimi = false;       // starts with "v=BIMI1"
    bool valid = false;        // no error below
    bool declined = false;     // l= and a= both empty: the domain says it takes no part in BIMI
    bool logoNotHttps = false; // l= names an http:// (or other non-HTTPS) address
    QString logoUrl;           // l=, as written
    QString authorityUrl;      // a=, as written (a mark certificate); empty when none
    QStringList errors;
};
BimiRecord parseBimi(const QByteArray& record);

} // namespace postino::acceptance
