#pragma once

#include "dns/resolver.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino::acceptance {

// One documented answer of a DNS blocklist (RFC 5782): an IPv4 address in 127.0.0.0/8, or a range
// of them, with what it means.
struct DnsblCode
{
    enum class Kind
    {
        Listed,  // the address is on the list
        Refused, // the list would not answer this query (public resolver, rate limit, bad zone name)
    };
    quint32 first = 0; // IPv4, host byte order
    quint32 last = 0;  // == first for a single answer
    Kind kind = Kind::Listed;
    QString meaning; // English as in the data; meaningText() translates it

    bool contains(const QHostAddress& answer) const;
    QString answerText() const; // "127.0.0.2", "127.0.0.4-127.0.0.7"
    QString meaningText() const;
};

// A DNS blocklist as resources/catalog/dnsbl.json describes it.
struct DnsblList
{
    QString id;
    QString name; // shown to the user
    QString zone; // "zen.spamhaus.org"
    bool ipv4 = true;
    bool ipv6 = false;
    QString delistUrl; // where a listed address is looked up and removal requested
    QString terms;     // English, one sentence; termsText() translates it
    QString source;    // the list's own page the codes come from
    QList<DnsblCode> codes;

    bool supports(const QHostAddress& address) const;
    // The documented code `answer` falls in, or null.
    const DnsblCode* code(const QHostAddress& answer) const;
    QString termsText() const;
};

// The lists compiled in (:/postino/catalog/dnsbl.json).
QList<DnsblList> builtinDnsbls();
// Parses and checks a dnsbl.json document; the reason in *error when it is unusable.
std::optional<QList<DnsblList>> dnsblsFromJson(const QByteArray& json, QString* error);
// Every English text of the built-in data that is shown to the user (for tests and lupdate).
QStringList dnsblTranslatableStrings();

// An IPv4-mapped IPv6 address (::ffff:192.0.2.1) as the IPv4 address it stands for; others unchanged.
QHostAddress plainAddress(const QHostAddress& address);
// The name asked for `address` in `zone` (RFC 5782): reversed octets for IPv4
// ("5.113.0.203.zen.spamhaus.org"), reversed nibbles for IPv6; IPv4-mapped IPv6 counts as IPv4.
// Empty for an address that is neither.
QString dnsblQueryName(const QHostAddress& address, const QString& zone);

enum class ListingState
{
    NotListed,
    Listed,
    CouldNotCheck, // no usable answer: refused, undocumented answer, timeout, server failure
    NotAsked,      // the list does not cover this kind of address (IPv6 on an IPv4-only list)
};

// What one list said about one address.
struct DnsblAnswer
{
    QHostAddress address;
    QString host; // the sending host's name as given (or the literal address)
    QString listId, listName;
    ListingState state = ListingState::CouldNotCheck;
    QStringList returned; // the A records the list returned
    QString meaning;      // Listed: the codes' meanings; CouldNotCheck: the refusal's meaning, if any
    QString delistUrl;
    QString why;             // CouldNotCheck / NotAsked: in plain words
    bool unexpected = false; // CouldNotCheck because the answer is not among the documented codes
};

// Classifies the answer of `list` to the A query for `address`. NXDOMAIN and no data: not listed; a
// documented "listed" code: listed; a "refused" code, an answer outside the documented codes, a
// timeout, a server failure or refusal: could not check, with the reason.
DnsblAnswer classifyDnsblAnswer(const DnsblList& list, const QHostAddress& address,
                                const dns::Answer& answer);

} // namespace postino::acceptance
