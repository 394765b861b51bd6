#pragma once

#include "finding.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

// One "method=result" of an Authentication-Results header (RFC 8601 §2.2), e.g.
// "dkim=fail (bad signature) header.d=example.com".
struct AuthMethodResult
{
    QString method;                            // lower case: "spf", "dkim", "dmarc", "arc", ...
    QString result;                            // lower case: "pass", "fail", "softfail", ...
    QString reason;                            // the reason= value, or the comment after the result
    QList<QPair<QString, QString>> properties; // "smtp.mailfrom" -> "example.com", in order
    QString text;                              // the whole resinfo as written, for display

    QString property(const QString& name) const; // case-insensitive; empty when absent
};

struct AuthResultsHeader
{
    QString authservId; // lower case, without the version
    QList<AuthMethodResult> results;
    bool none = false; // "authserv-id; none": nothing was checked
};

// RFC 8601 grammar with CFWS (comments nest), quoted strings and "version" after the
// authserv-id. Returns nothing for a value that has no authserv-id at all.
std::optional<AuthResultsHeader> parseAuthenticationResults(const QString& value, QString* error = nullptr);

// Received-SPF (RFC 7208 §9.1): "pass (comment) key=value; key=value".
struct ReceivedSpf
{
    QString result;
    QString comment;
    QString clientIp;
    QString envelopeFrom;
    QString receiver;
};
std::optional<ReceivedSpf> parseReceivedSpf(const QString& value);

// SPF, DKIM and DMARC as the receiving provider judged them.
//
// How the receiving provider's own Authentication-Results is chosen among many: a message
// collects these headers on its way, and anyone upstream (including the sender) can add one
// that claims anything. RFC 8601 §5 says the receiving system adds its header at the top and
// should remove any earlier header carrying its own authserv-id. So, reading the header block
// top to bottom (newest first):
//   1. only headers whose authserv-id belongs to the receiving provider count: it equals one of
//      `trustedIds`, or ends with "." + one of them (so "mx.google.com" trusts
//      "mx.google.com" and "foo.mx.google.com"; a registrable domain such as "postino.test"
//      trusts every host in it);
//   2. of those, the topmost wins: it was added last, by the system that put the message in the
//      mailbox; matching headers further down may have come with the message and are ignored;
//   3. if none matches, nothing is claimed: the verdict says "not found" and how many
//      foreign headers were ignored, rather than believing a header anyone could have written.
// Received-SPF is used for SPF only when the chosen header has no spf result, and likewise only
// the topmost one (it is added by the receiver, RFC 7208 §9.1).
struct AuthVerdict
{
    bool found = false;       // an Authentication-Results header of the receiving provider was found
    QString authservId;       // the one that counted
    QString spf, dkim, dmarc; // lower-case results; empty when the header did not say
    AuthMethodResult spfResult, dkimResult, dmarcResult;
    bool spfFromReceivedSpf = false;
    int ignoredHeaders = 0; // Authentication-Results headers that did not count
    QStringList ignoredIds;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>; // name, unfolded value; top to bottom

AuthVerdict judgeAuthentication(const HeaderList& headers, const QStringList& trustedIds);
// The authserv-ids a mailbox host's provider uses, from the IMAP host name: the big
// providers' documented or commonly seen ids, plus the host's own registrable domain.
QStringList trustedAuthservIds(const QString& imapHost);
// Findings for the verdict: one per mechanism, ids "delivery.auth.spf", ".dkim", ".dmarc",
// with what to fix tied back to the DNS checks.
Findings authenticationFindings(const AuthVerdict& verdict, const QString& fromDomain);
// Header block (RFC 5322) into unfolded name/value pairs, top to bottom.
HeaderList parseHeaderBlock(const QByteArray& block);

} // namespace postino
