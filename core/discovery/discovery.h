#pragma once

#include "discovery/discoverytypes.h"
#include "job/job.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>

namespace postino {
class PortProbe;
struct ProbeReport;
namespace dns {
class Resolver;
}
} // namespace postino

namespace postino::discovery {

class AutoconfigFetch;
class DnsDiscovery;
struct AutoconfigResult;
struct DnsDiscoveryResult;

struct DiscoveryOptions
{
    QString address;    // the From address
    QString site;       // optional: the website's URL or host name
    bool verify = true; // probe every candidate server before offering it
    int probeTimeoutMs = 8000;
    int autoconfigTimeoutMs = 4000;
    quint16 autoconfigPort = 443;   // tests serve autoconfig files on another port
    QList<QSslCertificate> extraCa; // tests: the CA of the local servers
    int deadlineMs = 30000;         // the whole discovery, whatever the servers do
};

// Finds, from a From address (and optionally the website's address), who hosts the mailboxes,
// which sending services the domain already authorises, which submission servers fit (verified by
// the port probe) and where the website is hosted, then recommends a catalog mailer with its reasons.
// The DNS part and the autoconfig fetch run at once; the probes start when both are in. Asks no
// third party: the tables are bundled, autoconfig comes only from the user's own domain.
class Discovery : public Job
{
    Q_OBJECT
public:
    // `resolver` answers every DNS question; it must outlive the job.
    explicit Discovery(dns::Resolver* resolver, QObject* parent = nullptr);
    ~Discovery() override;

    void start(const DiscoveryOptions& options);
    const DiscoveryResult& result() const { return m_result; }

Q_SIGNALS:
    // A step began or ended, in words for a progress line.
    void progress(const QString& step);
    void finished(const postino::discovery::DiscoveryResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_result.domain; }

    void onDnsFinished(const DnsDiscoveryResult& dns);
    void onAutoconfigFinished(const AutoconfigResult& autoconfig);
    void sourcesIn();
    void addCandidate(const SmtpCandidate& candidate);
    void verifyCandidates();
    void onProbeFinished(const QString& host, const ProbeReport& report);
    void conclude();
    void summarise();

    dns::Resolver* m_resolver;
    DiscoveryOptions m_options;
    DiscoveryResult m_result;
    QPointer<DnsDiscovery> m_dns;
    QPointer<AutoconfigFetch> m_autoconfig;
    QList<QPointer<PortProbe>> m_probes;
    QList<SmtpCandidate> m_autoconfigCandidates;
    QList<SmtpCandidate> m_srvCandidates;
    bool m_dnsDone = false;
    bool m_autoconfigDone = false;
    int m_pendingProbes = 0;
    QSet<QString> m_unresolvedHosts; // probed hosts whose name did not resolve
};

} // namespace postino::discovery

Q_DECLARE_METATYPE(postino::discovery::DiscoveryResult)
