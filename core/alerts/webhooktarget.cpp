#include "webhooktarget.h"

#include <QCoreApplication>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

bool inV4(quint32 ip, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (ip & mask) == (network & mask);
}

quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

AddressClass classifyV4(quint32 ip)
{
    if (ip == v4(169, 254, 169, 254) || ip == v4(169, 254, 170, 2) || ip == v4(100, 100, 100, 200)) {
        return AddressClass::Metadata; // AWS/GCP/Azure/OpenStack; ECS task metadata; Alibaba Cloud
    }
    if (inV4(ip, v4(127, 0, 0, 0), 8)) {
        return AddressClass::Loopback;
    }
    if (inV4(ip, v4(169, 254, 0, 0), 16)) {
        return AddressClass::LinkLocal;
    }
    if (inV4(ip, v4(10, 0, 0, 0), 8) || inV4(ip, v4(172, 16, 0, 0), 12) || inV4(ip, v4(192, 168, 0, 0), 16) ||
        inV4(ip, v4(100, 64, 0, 0), 10) || inV4(ip, v4(0, 0, 0, 0), 8) || inV4(ip, v4(192, 0, 0, 0), 24) ||
        inV4(ip, v4(198, 18, 0, 0), 15) || inV4(ip, v4(224, 0, 0, 0), 4) || inV4(ip, v4(240, 0, 0, 0), 4)) {
        return AddressClass::Private;
    }
    return AddressClass::Public;
}

Finding notHttps(const QUrl& url, const QString& subject)
{
    return Finding{Severity::Error,
                   {.id = QStringLiteral("alert.not_https"),
                    .subject = subject,
                    .detail = Text::tr("Alerts go only to https:// addresses; %1 is not one.")
                                  .arg(url.scheme() + QStringLiteral("://") + url.host())},
                   Advice{Text::tr("Use an https:// address"),
                          {Text::tr("Use the https:// address the service gives you."),
                           Text::tr("http:// is accepted only for a test server on this computer, with local "
                                    "targets allowed.")}}};
}

bool isLoopbackName(const QString& host)
{
    const QString h = host.toLower();
    return h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost"));
}

} // namespace

AddressClass classifyAddress(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        return classifyV4(address.toIPv4Address());
    }
    bool mapped = false;
    const quint32 embedded = address.toIPv4Address(&mapped); // ::ffff:a.b.c.d
    if (mapped) {
        return classifyV4(embedded);
    }
    const Q_IPV6ADDR a = address.toIPv6Address();
    if (address == QHostAddress(QStringLiteral("fd00:ec2::254"))) {
        return AddressClass::Metadata;
    }
    if (address.isLoopback()) {
        return AddressClass::Loopback;
    }
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) {
        return AddressClass::LinkLocal;
    }
    const auto startsWith = [&a](std::initializer_list<quint8> prefix) {
        return std::equal(prefix.begin(), prefix.end(), a.c);
    };
    // Forms that carry an IPv4 address inside: NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) in the
    // last 32 bits, 6to4 (2002::/16) after the prefix, Teredo (2001::/32) the server's after the prefix
    // and the client's inverted at the end. Whichever of them is not public decides.
    QList<quint32> inside;
    if (startsWith({0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) {
        inside << v4(a[12], a[13], a[14], a[15]);
    } else if (startsWith({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) && address != QHostAddress::AnyIPv6) {
        inside << v4(a[12], a[13], a[14], a[15]);
        // Deprecated since 2006 (RFC 4291): no public server is reached this way.
        inside << v4(0, 0, 0, 0);
    } else if (startsWith({0x20, 0x02})) {
        inside << v4(a[2], a[3], a[4], a[5]);
    } else if (startsWith({0x20, 0x01, 0x00, 0x00})) {
        inside << v4(a[4], a[5], a[6], a[7]) << ~v4(a[12], a[13], a[14], a[15]);
    }
    for (const quint32 ip : std::as_const(inside)) {
        switch (classifyV4(ip)) {
        case AddressClass::Public:
            break;
        case AddressClass::Loopback: // reaches another machine's loopback at best: not "this computer"
        case AddressClass::Private:
            return AddressClass::Private;
        case AddressClass::LinkLocal:
            return AddressClass::LinkLocal;
        case AddressClass::Metadata:
            return AddressClass::Metadata;
        }
    }
    const bool unspecified = address == QHostAddress(QHostAddress::AnyIPv6);
    const bool uniqueLocal = (a[0] & 0xfe) == 0xfc;               // fc00::/7
    const bool siteLocal = a[0] == 0xfe && (a[1] & 0xc0) == 0xc0; // fec0::/10, deprecated but routed inside
    const bool multicast = a[0] == 0xff;
    const bool localNat64 = startsWith({0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}); // 64:ff9b:1::/48 (RFC 8215)
    const bool documentation = startsWith({0x20, 0x01, 0x0d, 0xb8});          // 2001:db8::/32
    const bool discard = startsWith({0x01, 0x00, 0, 0, 0, 0, 0, 0});          // 100::/64
    if (unspecified || uniqueLocal || siteLocal || multicast || localNat64 || documentation || discard) {
        return AddressClass::Private;
    }
    return AddressClass::Public;
}

std::optional<Finding> checkTargetUrl(const QUrl& url, bool allowLocal, const QString& subject)
{
    if (url.scheme() == QLatin1String("https")) {
        return std::nullopt;
    }
    QHostAddress literal;
    const bool loopback = isLoopbackName(url.host()) || (literal.setAddress(url.host()) &&
                                                         classifyAddress(literal) == AddressClass::Loopback);
    if (url.scheme() == QLatin1String("http") && allowLocal && loopback) {
        return std::nullopt;
    }
    return notHttps(url, subject);
}

std::optional<Finding> checkTargetAddresses(const QUrl& url, const QList<QHostAddress>& addresses,
                                            bool allowLocal, const QString& subject)
{
    const QString host = url.host();
    for (const QHostAddress& address : addresses) {
        const QString where =
            host == address.toString() ? host : QStringLiteral("%1 (%2)").arg(host, address.toString());
        switch (classifyAddress(address)) {
        case AddressClass::Public:
            if (url.scheme() != QLatin1String("https")) {
                return notHttps(url, subject);
            }
            break;
        case AddressClass::Metadata:
            return Finding{
                Severity::Error,
                {.id = QStringLiteral("alert.target_metadata"),
                 .subject = subject,
                 .detail =
                     Text::tr(
                         "%1 is the cloud's instance-metadata service; Postino never sends alerts there.")
                         .arg(where)},
                Advice{Text::tr("Check the webhook address"),
                       {Text::tr("Check the webhook address: it should name the service's server.")}}};
        case AddressClass::LinkLocal:
            return Finding{
                Severity::Error,
                {.id = QStringLiteral("alert.target_link_local"),
                 .subject = subject,
                 .detail =
                     Text::tr("%1 is a link-local address; Postino does not send alerts there.").arg(where)},
                Advice{Text::tr("Check the webhook address"),
                       {Text::tr("Check the webhook address: it should name the service's server.")}}};
        case AddressClass::Loopback:
            if (!allowLocal) {
                return Finding{
                    Severity::Error,
                    {.id = QStringLiteral("alert.target_loopback"),
                     .subject = subject,
                     .detail =
                         Text::tr(
                             "%1 is this computer itself; alerts to it are refused unless local targets are "
                             "allowed.")
                             .arg(where)},
                    Advice{Text::tr("Use the service's public address"),
                           {Text::tr("Use the service's public address."),
                            Text::tr("For a test server on this computer, allow local targets (in the CLI: "
                                     "--allow-local-targets).")}}};
            }
            break;
        case AddressClass::Private:
            if (!allowLocal) {
                return Finding{
                    Severity::Error,
                    {.id = QStringLiteral("alert.target_private"),
                     .subject = subject,
                     .detail =
                         Text::tr(
                             "%1 is a private network address; alerts to it are refused unless local targets "
                             "are allowed.")
                             .arg(where)},
                    Advice{Text::tr("Use the service's public address"),
                           {Text::tr("Use the service's public address."),
                            Text::tr("For a server on your own network, allow local targets (in the CLI: "
                                     "--allow-local-targets).")}}};
            }
            if (url.scheme() != QLatin1String("https")) {
                return notHttps(url, subject);
            }
            break;
        }
    }
    return std::nullopt;
}

} // namespace postino
