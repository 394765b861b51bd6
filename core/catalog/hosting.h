#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

// A hosting company or cloud, recognisable from the reverse DNS (PTR) names of a website's
// addresses, with the outgoing ports it is documented to block (resources/catalog/hosting.json).
struct HostingProvider
{
    enum class Blocking
    {
        Always,
        ByDefault,
        Throttled
    };

    QString id;
    QString name;            // shown to the user
    QStringList ptrSuffixes; // matched on a label boundary
    QList<quint16> blockedPorts;
    Blocking blocking = Blocking::Always;
    QString note;         // English, one sentence for the wizard; Catalog::tr() at use
    QString source;       // https address of the page it comes from
    bool verified = true; // false: not every fact is confirmed on the company's own pages

    bool blocks(quint16 port) const { return blockedPorts.contains(port); }
};

class HostingCatalog
{
public:
    static const HostingCatalog& builtin();
    static std::optional<HostingCatalog> fromJson(const QByteArray& json, QString* error);

    const QList<HostingProvider>& hosts() const { return m_hosts; }
    const HostingProvider* host(const QString& id) const;
    // The host whose PTR suffix `ptrName` is or is below (the most specific suffix wins), or null:
    // "ec2-1-2-3-4.compute-1.amazonaws.com" is Amazon EC2's, "notamazonaws.com" is no one's.
    const HostingProvider* match(const QString& ptrName) const;

private:
    QList<HostingProvider> m_hosts;
};

} // namespace postino
