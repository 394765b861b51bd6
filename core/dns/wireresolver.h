#pragma once

#include "dns/resolver.h"

#include <QHostAddress>
#include <QList>

namespace postino::dns {

struct NameServer
{
    QHostAddress address;
    quint16 port = 53;
    QString name; // for reports; may be empty
};

// Parses "192.0.2.53", "192.0.2.53:5353", "[2001:db8::53]:53", "::1".
std::optional<NameServer> parseNameServer(const QString& text);

// Talks DNS itself (RFC 1035 over UDP with EDNS0, TCP when the answer is truncated) to the
// given servers. Used for a chosen server and for the system's own resolvers on systems
// that list them in /etc/resolv.conf: unlike QDnsLookup in Qt 6.4 it can use any port,
// bound each query's time, send every query at once, and tell NXDOMAIN, no data, timeout
// and server failure apart.
class WireResolver : public Resolver
{
    Q_OBJECT
public:
    explicit WireResolver(const QList<NameServer>& servers, QObject* parent = nullptr);
    QString description() const override;
    void setDescription(const QString& text) { m_description = text; }

    // Wire format, public for tests.
    static QByteArray encodeQuery(quint16 id, const QString& name, RecordType type);
    // Parses a reply to `id` for `name`/`type`; `truncated` tells the caller to retry over TCP.
    static Answer decodeReply(const QByteArray& reply, quint16 id, const QString& name, RecordType type,
                              bool* truncated, bool* matches);

protected:
    void query(const QString& name, RecordType type, Callback done) override;

private:
    QList<NameServer> m_servers;
    QString m_description;
};

// The resolvers the operating system uses: /etc/resolv.conf's name servers spoken to
// directly where that file exists, QDnsLookup elsewhere (Windows, Android).
Resolver* createSystemResolver(QObject* parent = nullptr);

// QDnsLookup with the system's configuration. Qt 6.4 cannot tell "no data" from some
// failures on Unix, and has no SPF (type 99) lookups; used only where there is no
// resolv.conf to read.
class QtResolver : public Resolver
{
    Q_OBJECT
public:
    explicit QtResolver(QObject* parent = nullptr)
        : Resolver(parent)
    {}
    QString description() const override;

protected:
    void query(const QString& name, RecordType type, Callback done) override;
};

// "Ask the domain's own name servers": finds the zone's NS records through `fallback`,
// then sends every query for names inside the zone straight to those servers, so a record
// added a minute ago shows without waiting for caches. Other names go to `fallback`.
class AuthoritativeResolver : public Resolver
{
    Q_OBJECT
public:
    AuthoritativeResolver(const QString& domain, Resolver* fallback, QObject* parent = nullptr);
    QString description() const override;
    // The servers found, "ns1.example.com (192.0.2.1)"; empty until found or when none.
    QStringList servers() const { return m_serverNames; }

protected:
    void query(const QString& name, RecordType type, Callback done) override;

private:
    void discover();
    void findZone(const QString& candidate);
    void resolveServers(const QStringList& hosts);
    void ready();

    QString m_domain;
    QString m_zone;
    Resolver* m_fallback;
    WireResolver* m_direct = nullptr;
    QStringList m_serverNames;
    bool m_discovering = false;
    bool m_ready = false;
    QList<std::function<void()>> m_queued;
};

} // namespace postino::dns
