#pragma once

#include "dns/resolver.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace postino::acceptance {

enum class ReverseDnsState
{
    Confirmed,     // a PTR name resolves back to the address (forward-confirmed reverse DNS)
    Mismatch,      // PTR names exist, none resolves back to the address
    NoPtr,         // no PTR record (NXDOMAIN or no data)
    CouldNotCheck, // a lookup failed or did not answer in time
};

struct ReverseDnsAnswer
{
    QHostAddress address;
    QString host; // the sending host's name as given (or the literal address)
    ReverseDnsState state = ReverseDnsState::CouldNotCheck;
    QStringList ptrNames;
    QString confirmedName;   // Confirmed: the PTR name that resolves back
    QStringList forwardSeen; // Mismatch: the addresses the PTR names resolve to instead
    bool looksGeneric =
        false;   // the name shown (confirmedName, else the first PTR name) looks like a pool name
    QString why; // CouldNotCheck: in plain words
};

// Whether a reverse DNS name looks assigned automatically to a pool of addresses (home, dynamic or
// default hosting names) rather than chosen for a mail server: the address's digits in the name
// ("203-0-113-5.dyn.isp.example", "5.113.0.203.static.example.net", "cb007105.example.net"), or
// words such as dynamic, dyn, dhcp, pool, dsl, adsl, cable, ppp, client, customer, broadband, ip-....
// "mail.example.com" is not generic.
bool looksGenericHostName(const QString& name, const QHostAddress& address);

// One lookup as the caller makes it (bounded in time, cached); `done` is called exactly once.
using LookupFn = std::function<void(const QString& name, dns::RecordType type,
                                    std::function<void(const dns::Answer&)> done)>;

// Forward-confirmed reverse DNS of `address`: the PTR names, then the A (IPv4) or AAAA (IPv6) records of
// each of them at once; confirmed when one of them holds the address. Calls `done` once, later.
// At most `maxNames` PTR names are followed.
void checkReverseDns(const QHostAddress& address, const LookupFn& lookup,
                     std::function<void(const ReverseDnsAnswer&)> done, int maxNames = 5);

// The decision once the answers are in (public for tests): `ptr` is the PTR answer, `forward` the
// answers for the PTR names in order (nullopt: none came).
ReverseDnsAnswer decideReverseDns(const QHostAddress& address, const dns::Answer& ptr,
                                  const QList<std::optional<dns::Answer>>& forward);

} // namespace postino::acceptance
