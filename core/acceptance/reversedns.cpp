#include "acceptance/reversedns.h"

#include "acceptance/dnsbl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <memory>

namespace postino::acceptance {

namespace {

struct ReverseDns
{
    Q_DECLARE_TR_FUNCTIONS(ReverseDns)
};

using dns::Answer;
using dns::RecordType;
using dns::Status;

// Words that pool names carry, matched as whole words of the labels left of the domain.
const char* const kPoolWords[] = {
    "dynamic",   "dyn",   "dhcp",      "pool",   "dsl",    "adsl",    "vdsl",
    "xdsl",      "cable", "ppp",       "pppoe",  "client", "clients", "customer",
    "customers", "cust",  "broadband", "dialup", "dial",   "dip",     "residential",
};

QString statusWhy(Status status)
{
    switch (status) {
    case Status::Timeout:
        return ReverseDns::tr("the DNS server did not answer in time");
    case Status::ServerFailure:
        return ReverseDns::tr("the DNS server failed to answer (SERVFAIL)");
    case Status::Refused:
        return ReverseDns::tr("the DNS server refused the query");
    case Status::BadName:
        return ReverseDns::tr("the name cannot be looked up");
    default:
        break;
    }
    return dns::statusName(status);
}

bool containsWithBoundaries(const QString& haystack, const QString& needle, const QRegularExpression& bound)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        const qsizetype end = at + needle.size();
        const bool before = at == 0 || !bound.match(haystack.mid(at - 1, 1)).hasMatch();
        const bool after = end >= haystack.size() || !bound.match(haystack.mid(end, 1)).hasMatch();
        if (before && after)
            return true;
        from = at + 1;
    }
}

bool hasAddressDigits(const QString& name, const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = address.toIPv4Address();
        const quint32 o[4] = {v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
        // Dotted, dashed or underscored, in either order, leading zeros allowed: 203-0-113-5,
        // 5.113.0.203, ip-203-000-113-005.
        const QString sep = QStringLiteral("[-._]");
        const auto pattern = [&sep](quint32 a, quint32 b, quint32 c, quint32 d) {
            return QStringLiteral("(^|[^0-9])0*%1%50*%2%50*%3%50*%4([^0-9]|$)")
                .arg(a)
                .arg(b)
                .arg(c)
                .arg(d)
                .arg(sep);
        };
        if (QRegularExpression(pattern(o[0], o[1], o[2], o[3])).match(name).hasMatch() ||
            QRegularExpression(pattern(o[3], o[2], o[1], o[0])).match(name).hasMatch())
            return true;
        // Zero-padded without separators (203000113005), and in hex (cb007105), either order.
        static const QRegularExpression digit(QStringLiteral("[0-9]"));
        static const QRegularExpression hexDigit(QStringLiteral("[0-9a-f]"));
        const QString padded = QString::asprintf("%03u%03u%03u%03u", o[0], o[1], o[2], o[3]);
        const QString paddedReversed = QString::asprintf("%03u%03u%03u%03u", o[3], o[2], o[1], o[0]);
        const QString hex = QString::asprintf("%02x%02x%02x%02x", o[0], o[1], o[2], o[3]);
        const QString hexReversed = QString::asprintf("%02x%02x%02x%02x", o[3], o[2], o[1], o[0]);
        return containsWithBoundaries(name, padded, digit) ||
               containsWithBoundaries(name, paddedReversed, digit) ||
               containsWithBoundaries(name, hex, hexDigit) ||
               containsWithBoundaries(name, hexReversed, hexDigit);
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        // All 32 nibbles in a row once separators are gone, or the compressed form with dashes
        // (2001-db8-99--1).
        const Q_IPV6ADDR a = address.toIPv6Address();
        QString nibbles;
        for (int i = 0; i < 16; ++i)
            nibbles += QString::asprintf("%02x", a[i]);
        QString reversed = nibbles;
        std::reverse(reversed.begin(), reversed.end());
        QString bare = name;
        bare.remove(QRegularExpression(QStringLiteral("[-._:]")));
        if (bare.contains(nibbles) || bare.contains(reversed))
            return true;
        QString dashed = address.toString().toLower();
        dashed.replace(QLatin1Char(':'), QLatin1Char('-'));
        return name.contains(dashed);
    }
    return false;
}

} // namespace

bool looksGenericHostName(const QString& name, const QHostAddress& address)
{
    const QString n = dns::normalizedName(name);
    if (n.isEmpty())
        return false;
    if (hasAddressDigits(n, plainAddress(address)))
        return true;
    // "ip-…" or "ip…" followed by digits, at the start of a label or after a dash.
    static const QRegularExpression ipPrefix(QStringLiteral("(^|[.-])ip-?[0-9]"));
    if (ipPrefix.match(n).hasMatch())
        return true;
    // Pool words in the labels left of the domain itself (the last two labels are the domain's, and
    // a company may well be called "cable" or "home").
    QStringList labels = n.split(QLatin1Char('.'));
    labels = labels.mid(0, std::max<qsizetype>(0, labels.size() - 2));
    static const QRegularExpression notLetters(QStringLiteral("[^a-z]+"));
    for (const QString& label : std::as_const(labels)) {
        for (const QString& word : label.split(notLetters, Qt::SkipEmptyParts)) {
            for (const char* pool : kPoolWords) {
                if (word == QLatin1String(pool))
                    return true;
            }
        }
    }
    return false;
}

ReverseDnsAnswer decideReverseDns(const QHostAddress& address, const Answer& ptr,
                                  const QList<std::optional<Answer>>& forward)
{
    ReverseDnsAnswer out;
    out.address = plainAddress(address);
    if (ptr.status == Status::NxDomain || ptr.status == Status::NoData ||
        (ptr.status == Status::Ok && ptr.targets.isEmpty())) {
        out.state = ReverseDnsState::NoPtr;
        return out;
    }
    if (ptr.status != Status::Ok) {
        out.state = ReverseDnsState::CouldNotCheck;
        out.why = ReverseDns::tr("the reverse DNS (PTR) lookup failed: %1").arg(statusWhy(ptr.status));
        return out;
    }
    out.ptrNames = ptr.targets;
    QStringList failed;
    for (qsizetype i = 0; i < ptr.targets.size(); ++i) {
        const QString& name = ptr.targets.at(i);
        const std::optional<Answer>& f = i < forward.size() ? forward.at(i) : std::nullopt;
        if (!f) {
            if (i < forward.size())
                failed << ReverseDns::tr("%1: no answer in time").arg(name);
            continue;
        }
        if (f->isTemporaryError()) {
            failed << QStringLiteral("%1: %2").arg(name, statusWhy(f->status));
            continue;
        }
        for (const QHostAddress& a : f->addresses) {
            if (plainAddress(a).isEqual(out.address)) {
                out.state = ReverseDnsState::Confirmed;
                out.confirmedName = name;
            } else if (!out.forwardSeen.contains(a.toString())) {
                out.forwardSeen << a.toString();
            }
        }
        if (out.state == ReverseDnsState::Confirmed)
            break;
    }
    if (out.state == ReverseDnsState::Confirmed) {
        out.forwardSeen.clear();
        out.looksGeneric = looksGenericHostName(out.confirmedName, out.address);
        return out;
    }
    out.looksGeneric = looksGenericHostName(out.ptrNames.constFirst(), out.address);
    if (!failed.isEmpty()) {
        // A name that could not be looked up might have pointed back: no verdict.
        out.state = ReverseDnsState::CouldNotCheck;
        out.why = ReverseDns::tr("the address of the reverse DNS name could not be looked up (%1)")
                      .arg(failed.join(QStringLiteral("; ")));
        return out;
    }
    out.state = ReverseDnsState::Mismatch;
    return out;
}

void checkReverseDns(const QHostAddress& address, const LookupFn& lookup,
                     std::function<void(const ReverseDnsAnswer&)> done, int maxNames)
{
    const QHostAddress a = plainAddress(address);
    const RecordType type = a.protocol() == QAbstractSocket::IPv4Protocol ? RecordType::A : RecordType::AAAA;
    lookup(dns::reverseLookupName(a), RecordType::PTR,
           [a, type, lookup, maxNames, done = std::move(done)](const Answer& ptr) {
               if (ptr.status != Status::Ok || ptr.targets.isEmpty()) {
                   done(decideReverseDns(a, ptr, {}));
                   return;
               }
               struct Pending
               {
                   Answer ptr;
                   QList<std::optional<Answer>> forward;
                   int left = 0;
               };
               auto pending = std::make_shared<Pending>();
               pending->ptr = ptr;
               pending->ptr.targets = ptr.targets.mid(0, std::max(1, maxNames));
               pending->forward.resize(pending->ptr.targets.size());
               pending->left = int(pending->ptr.targets.size());
               for (qsizetype i = 0; i < pending->ptr.targets.size(); ++i) {
                   lookup(pending->ptr.targets.at(i), type, [a, i, pending, done](const Answer& f) {
                       pending->forward[i] = f;
                       if (--pending->left == 0)
                           done(decideReverseDns(a, pending->ptr, pending->forward));
                   });
               }
           });
}

} // namespace postino::acceptance
