#pragma once

#include "finding.h"

#include <QHostAddress>
#include <QList>
#include <QUrl>

namespace postino {

// Where an address points, for deciding whether an alert may go there.
enum class AddressClass
{
    Public,
    Loopback,  // 127.0.0.0/8, ::1
    Private,   // RFC 1918, 100.64/10 (carrier NAT), fc00::/7, fec0::/10, unspecified, multicast, reserved,
               // and IPv6 forms that carry a non-public IPv4 address (NAT64, 6to4, Teredo, ::a.b.c.d)
    LinkLocal, // 169.254.0.0/16, fe80::/10
    Metadata,  // the cloud instance-metadata service: 169.254.169.254, fd00:ec2::254
};

AddressClass classifyAddress(const QHostAddress& address);

// The first reason not to send to `url` before any lookup (scheme), or nullopt. `allowLocal` lets
// http:// through for loopback names and addresses only.
std::optional<Finding> checkTargetUrl(const QUrl& url, bool allowLocal, const QString& subject);

// The first reason not to connect to any of `addresses` (all must be acceptable), or nullopt. Link-local
// and metadata addresses are refused even when local targets are allowed. A plain http:// URL needs every
// address to be loopback.
std::optional<Finding> checkTargetAddresses(const QUrl& url, const QList<QHostAddress>& addresses,
                                            bool allowLocal, const QString& subject);

} // namespace postino
