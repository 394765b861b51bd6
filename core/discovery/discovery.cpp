#include "discovery/discovery.h"

#include "catalog/catalog.h"
#include "catalog/mailboxes.h"
#include "discovery/autoconfigfetch.h"
#include "discovery/dnsdiscovery.h"
#include "discovery/recommendation.h"
#include "dns/resolver.h"
#include "probe/portprobe.h"
#include "profile/validators.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>

namespace postino::discovery {

namespace {

class Discover
{
    Q_DECLARE_TR_FUNCTIONS(Discover)
};

// The ports a guessed host is tried on: implicit TLS first (RFC 8314), then STARTTLS.
const QList<QPair<quint16, SmtpSecurity>> kGuessPorts = {{465, SmtpSecurity::Tls},
                                                         {587, SmtpSecurity::StartTls}};
const QStringList kGuessPrefixes = {QStringLiteral("smtp."), QStringLiteral("mail.")};

SmtpSecurity securityOf(const QString& name)
{
    return name == QLatin1String("ssl") ? SmtpSecurity::Tls : SmtpSecurity::StartTls;
}

bool sameServer(const SmtpCandidate& a, const SmtpCandidate& b)
{
    return a.port == b.port && a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}

} // namespace

Discovery::Discovery(dns::Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("discover"), parent)
    , m_resolver(resolver)
{
    setFinishFromEventLoop(true);
}

Discovery::~Discovery() = default;

void Discovery::start(const DiscoveryOptions& options)
{
    // Before start(): Job arms its deadline timer there, before doStart() runs.
    setDeadline(std::chrono::milliseconds(options.deadlineMs));
    restartWith(m_options, options);
}

void Discovery::doStart()
{
    m_result = DiscoveryResult{};
    m_autoconfigCandidates.clear();
    m_srvCandidates.clear();
    m_dnsDone = m_autoconfigDone = false;
    m_pendingProbes = 0;
    m_unresolvedHosts.clear();
    m_result.address = m_options.address.trimmed();
    m_result.domain = domainOfAddress(m_result.address);

    const QString domain = dns::normalizedName(m_result.domain);
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.'))) {
        m_result.findings.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("discover.bad_address"),
             .subject = m_options.address,
             .detail = Discover::tr("“%1” has no domain Postino can look up.").arg(m_options.address)},
            {Discover::tr("Type the whole From address"),
             {Discover::tr("Discovery starts from the part after the @, for example you@example.com.")}}});
        finishJob();
        return;
    }
    m_result.domain = domain;
    Q_EMIT progress(Discover::tr("Looking up %1 in DNS and asking it for its mail settings…").arg(domain));
    m_dns = new DnsDiscovery(m_resolver, this);
    connect(m_dns, &DnsDiscovery::finished, this, &Discovery::onDnsFinished);
    DnsDiscoveryOptions dnsOptions;
    dnsOptions.domain = domain;
    dnsOptions.siteHost = m_options.site.trimmed();
    m_dns->start(dnsOptions);

    m_autoconfig = new AutoconfigFetch(m_resolver, this);
    connect(m_autoconfig, &AutoconfigFetch::finished, this, &Discovery::onAutoconfigFinished);
    AutoconfigFetchOptions fetch;
    fetch.emailAddress = m_result.address;
    fetch.httpsPort = m_options.autoconfigPort;
    fetch.extraCa = m_options.extraCa;
    fetch.timeoutMs = m_options.autoconfigTimeoutMs;
    m_autoconfig->start(domain, fetch);
}

void Discovery::onDnsFinished(const DnsDiscoveryResult& dns)
{
    if (!isRunning()) {
        return;
    }
    m_result.mailbox = dns.mailbox;
    m_result.sendingServices = dns.sendingServices;
    m_result.hosting = dns.hosting;
    m_result.site = dns.siteHost;
    m_result.queries += dns.queries;
    m_result.findings += dns.findings;
    m_srvCandidates = dns.srv;
    m_dnsDone = true;
    dropPart(m_dns);
    sourcesIn();
}

void Discovery::onAutoconfigFinished(const AutoconfigResult& autoconfig)
{
    if (!isRunning()) {
        return;
    }
    m_autoconfigCandidates = autoconfig.candidates;
    m_result.findings += autoconfig.findings;
    m_autoconfigDone = true;
    dropPart(m_autoconfig);
    sourcesIn();
}

void Discovery::addCandidate(const SmtpCandidate& candidate)
{
    if (candidate.host.isEmpty() || candidate.port == 0) {
        return;
    }
    for (const SmtpCandidate& known : std::as_const(m_result.smtp)) {
        if (sameServer(known, candidate)) {
            return; // the more trusted source named it first
        }
    }
    m_result.smtp.append(candidate);
}

// Both sources are in: the candidates in order of trust, then the probes.
void Discovery::sourcesIn()
{
    if (!m_dnsDone || !m_autoconfigDone) {
        return;
    }
    for (const SmtpCandidate& c : std::as_const(m_autoconfigCandidates)) {
        addCandidate(c);
    }
    for (const SmtpCandidate& c : std::as_const(m_srvCandidates)) {
        addCandidate(c);
    }
    if (m_result.mailbox) {
        if (const MailboxProvider* p = MailboxCatalog::builtin().provider(m_result.mailbox->providerId)) {
            for (const SubmissionServer& server : p->submission) {
                addCandidate(SmtpCandidate{.host = server.host,
                                           .port = server.port,
                                           .security = securityOf(server.security),
                                           .source = CandidateSource::Provider,
                                           .sourceDetail = server.source,
                                           .username = UsernameForm::EmailAddress});
            }
        }
    }
    // Like Thunderbird: guess only when the domain and the tables said nothing.
    if (m_result.smtp.isEmpty()) {
        for (const QString& prefix : kGuessPrefixes) {
            for (const auto& [port, security] : kGuessPorts) {
                addCandidate(SmtpCandidate{.host = prefix + m_result.domain,
                                           .port = port,
                                           .security = security,
                                           .source = CandidateSource::Guess,
                                           .sourceDetail = prefix + m_result.domain,
                                           .username = UsernameForm::EmailAddress});
            }
        }
    }
    if (m_options.verify && !m_result.smtp.isEmpty()) {
        verifyCandidates();
    } else {
        conclude();
    }
}

void Discovery::verifyCandidates()
{
    QStringList hosts;
    for (const SmtpCandidate& c : std::as_const(m_result.smtp)) {
        if (!hosts.contains(c.host, Qt::CaseInsensitive)) {
            hosts.append(c.host);
        }
    }
    Q_EMIT progress(Discover::tr("Checking %n mail server(s)…", nullptr, int(hosts.size())));
    for (const QString& host : std::as_const(hosts)) {
        ProbeTarget target;
        target.host = host;
        target.timeoutMs = m_options.probeTimeoutMs;
        target.extraCa = m_options.extraCa;
        for (const SmtpCandidate& c : std::as_const(m_result.smtp)) {
            if (c.host.compare(host, Qt::CaseInsensitive) == 0) {
                target.ports.append(ProbePort{c.port, c.security});
            }
        }
        auto* probe = new PortProbe(this);
        m_probes.append(probe);
        ++m_pendingProbes;
        connect(probe, &PortProbe::finished, this,
                [this, host](const ProbeReport& report) { onProbeFinished(host, report); });
        probe->start(target);
    }
}

void Discovery::onProbeFinished(const QString& host, const ProbeReport& report)
{
    if (!isRunning()) {
        return;
    }
    for (const PortResult& port : report.ports) {
        for (SmtpCandidate& c : m_result.smtp) {
            if (c.port != port.port || c.host.compare(host, Qt::CaseInsensitive) != 0) {
                continue;
            }
            c.probed = port.outcome != PortResult::Outcome::NotTested;
            const bool signIn = !port.authMechanisms.isEmpty();
            c.verified = port.outcome == PortResult::Outcome::Usable && signIn;
            if (c.verified) {
                c.verifyDetail = Discover::tr("answers with a valid certificate (%1) and offers sign-in (%2)")
                                     .arg(port.tlsVersion, port.authMechanisms.join(QLatin1Char(' ')));
            } else if (port.outcome == PortResult::Outcome::Usable) {
                c.verifyDetail = Discover::tr("answers with a valid certificate but offers no sign-in");
            } else {
                c.verifyDetail = probeOutcomeText(port.outcome);
                if (!port.findings.isEmpty()) {
                    c.verifyDetail += QLatin1String(": ") + port.findings.constFirst().detail;
                }
            }
            if (port.outcome == PortResult::Outcome::HostNotFound) {
                m_unresolvedHosts.insert(c.host.toLower());
            }
        }
    }
    if (--m_pendingProbes == 0) {
        conclude();
    }
}

void Discovery::conclude()
{
    // A guess that does not even resolve is no candidate; anything published stays, labelled.
    m_result.smtp.removeIf([this](const SmtpCandidate& c) {
        return c.source == CandidateSource::Guess && m_unresolvedHosts.contains(c.host.toLower());
    });
    std::stable_sort(
        m_result.smtp.begin(), m_result.smtp.end(),
        [](const SmtpCandidate& a, const SmtpCandidate& b) { return a.verified && !b.verified; });
    m_result.suggestions = recommend(m_result, Catalog::builtin());
    summarise();
    finishJob();
}

void Discovery::summarise()
{
    const int verified = int(std::count_if(m_result.smtp.cbegin(), m_result.smtp.cend(),
                                           [](const SmtpCandidate& c) { return c.verified; }));
    if (!m_result.smtp.isEmpty() && verified == 0 && m_options.verify) {
        m_result.findings.append(Finding{
            Severity::Warning,
            {.id = QStringLiteral("discover.smtp.unverified"),
             .subject = m_result.domain,
             .detail =
                 Discover::tr("None of the %n submission server(s) found for %1 could be verified from this "
                              "computer.",
                              nullptr, int(m_result.smtp.size()))
                     .arg(m_result.domain)},
            {Discover::tr("Check the servers from where the site runs"),
             {Discover::tr(
                  "This network may block mail ports: run postino-cli discover on the web server, or "
                  "test from your web server on the Checks page."),
              Discover::tr("Or choose a mailer with an HTTPS API, which needs no mail port.")}}});
    }
    if (!m_result.suggestions.isEmpty()) {
        const Suggestion& best = m_result.suggestions.constFirst();
        const MailerInfo* mailer = Catalog::builtin().mailer(best.mailerId);
        m_result.findings.append(
            Finding{Severity::Ok,
                    {.id = QStringLiteral("discover.suggestion"),
                     .subject = m_result.domain,
                     .detail = Discover::tr("Suggested mailer: %1. %2")
                                   .arg(mailer ? mailer->name : best.mailerId, best.reasons.value(0))}});
    }
    m_result.queries = std::max(m_result.queries, m_resolver->queriesSent());
    m_result.elapsedMs = elapsedMs();
}

void Discovery::doCancel()
{
    dropPart(m_dns);
    dropPart(m_autoconfig);
    for (const QPointer<PortProbe>& probe : std::as_const(m_probes)) {
        dropPart(probe);
    }
    m_probes.clear();
}

void Discovery::addEndingFinding(const Finding& finding)
{
    // Stopped early (cancelled, deadline): what came in so far still counts as evidence.
    m_result.findings.append(finding);
    m_result.suggestions = recommend(m_result, Catalog::builtin());
    m_result.queries = std::max(m_result.queries, m_resolver->queriesSent());
    m_result.elapsedMs = elapsedMs();
}

} // namespace postino::discovery
