#pragma once

#include "discovery/discoverytypes.h"
#include "dns/resolver.h"
#include "finding.h"
#include "job/job.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <chrono>
#include <optional>

namespace postino::discovery {

// The host of a website's address as a user types it: a host name, an IP address, or a URL. Empty when
// it names no host that can be looked up; `isAddress` says whether it is an IP address.
QString siteHostOf(const QString& site, bool* isAddress);

struct DnsDiscoveryOptions
{
    QString domain;   // the From address's domain (a whole address is accepted: its domain is used)
    QString siteHost; // optional: the website's host name, IP address or URL (--site)
    std::chrono::milliseconds deadline{15000}; // the whole discovery; zero: only the resolver's timeouts
};

// What the domain's DNS says, for discovery.
struct DnsDiscoveryResult
{
    QString domain;                        // normalised; empty when the input was not a domain
    QStringList mxHosts;                   // by preference; empty for none or a null MX
    std::optional<MailboxMatch> mailbox;   // who hosts the mailboxes, from the MX names
    QList<SendingService> sendingServices; // catalog order
    QList<SmtpCandidate> srv;              // _submissions first (implicit TLS), then _submission
    QString siteHost;                      // normalised; empty when no site was given
    QList<QHostAddress> siteAddresses;     // A, then AAAA
    std::optional<HostingMatch> hosting;   // the site's likely host, from reverse DNS
    Findings findings;                     // ids "discover.*"
    int queries = 0;                       // DNS queries sent (answers from the cache not counted)
};

// Reads, for discovery (issue 17), everything the DNS tells about a domain and its website, all
// independent queries at once, so it costs about its longest dependent chain (the site's address,
// then its reverse name; a DKIM CNAME leaving the zone of an authoritative server), not the sum:
// - MX -> the mailbox provider (resources/catalog/mailboxes.json) and its data centre;
// - TXT at the domain -> the SPF record's include: and redirect= terms -> catalog mailers
//   (dns.checks.spfInclude / spfIncludeAliases; mailbox providers' includes are mailers too);
// - every catalog mailer's DKIM selectors (a CNAME under its dns.checks.dkimTargetSuffix, or a key
//   published there) and its fixed return-path CNAMEs (dns.checks.returnPath);
// - _submissions._tcp and _submission._tcp SRV (RFC 6186 / RFC 8314) -> SMTP candidates;
// - with a site: A / AAAA, then PTR of each address -> resources/catalog/hosting.json.
// A lookup that timed out or failed gives "could not check", never "not there".
class DnsDiscovery : public Job
{
    Q_OBJECT
public:
    explicit DnsDiscovery(dns::Resolver* resolver, QObject* parent = nullptr);

    // Cancels a run still going, then starts with these options. Finishes from the event loop.
    void start(const DnsDiscoveryOptions& options);

    const DnsDiscoveryOptions& options() const { return m_options; }
    // Complete once finished (after a cancel or the deadline: what had arrived by then).
    const DnsDiscoveryResult& result() const { return m_result; }

Q_SIGNALS:
    void finished(const postino::discovery::DnsDiscoveryResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_domain; }
    Finding deadlineFinding() const override;

    struct Probe
    {
        QString mailerId;
        QString name;         // the name asked
        QString selector;     // DKIM only
        QStringList suffixes; // where the CNAME must lead (label boundary); empty: any
        QString exactTarget;  // return path with a fixed target
        std::optional<dns::Answer> answer;
    };
    struct Ptr
    {
        QHostAddress address;
        std::optional<dns::Answer> answer;
    };

    void ask(const QString& name, dns::RecordType type, std::function<void(const dns::Answer&)> store);
    void askPtr(const QHostAddress& address);
    void siteAddressesArrived(const dns::Answer& answer);
    void answered();
    void compose();
    void composeMx();
    void composeSending();
    void composeSrv();
    void composeSite();
    void add(Finding f);

    QPointer<dns::Resolver> m_resolver;
    QPointer<QObject> m_context; // owns the pending lookups; deleting it drops their answers
    DnsDiscoveryOptions m_options;
    QString m_domain;
    QString m_site;
    bool m_siteIsAddress = false;
    bool m_domainMissing = false;
    int m_pending = 0;
    int m_queriesAtStart = 0;
    bool m_composed = false;

    std::optional<dns::Answer> m_mx;
    std::optional<dns::Answer> m_txt;
    QList<Probe> m_dkim;
    QList<Probe> m_returnPaths;
    std::optional<dns::Answer> m_submissions; // _submissions._tcp: implicit TLS
    std::optional<dns::Answer> m_submission;  // _submission._tcp: STARTTLS
    std::optional<dns::Answer> m_siteA;
    std::optional<dns::Answer> m_siteAaaa;
    QList<Ptr> m_ptrs;

    DnsDiscoveryResult m_result;
};

} // namespace postino::discovery
