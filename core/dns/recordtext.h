#pragma once

#include "dns/resolver.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers for showing DNS records in findings (seen / expected / fix).
namespace postino::dns {

// A TXT value in zone-file form, ready to copy: quoted, `"` and `\` escaped, and split into
// 255-byte strings ("…" "…") when longer, since one DNS string cannot hold more.
QString txtPresentation(const QByteArray& value);
// `name TXT "value"`.
QString txtRecordLine(const QString& name, const QByteArray& value);
// Shortens text for display: records can be huge or hostile, findings must stay readable.
QString elided(const QString& text, int maxChars = 300);
// Printable ASCII only; anything else shown as \xNN so binary garbage cannot break a report.
QString printable(const QByteArray& bytes, int maxChars = 300);

// normalizedName() for a domain to check, or empty when it is not a host name (spaces, '@',
// other punctuation): such names are reported, never queried.
QString checkedDomain(const QString& domain);

// The next step of a record problem whose title names the change.
QStringList editAtDnsProvider();
// The next step when a DNS answer did not come.
QStringList checkAgainLater();

} // namespace postino::dns
