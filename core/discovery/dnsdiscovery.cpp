#include "discovery/dnsdiscovery.h"

#include "catalog/catalog.h"
#include "catalog/hosting.h"
#include "catalog/mailboxes.h"
#include "dns/dkim.h"
#include "dns/recordtext.h"
#include "dns/spf.h"
#include "dns/spfcheck.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>
#include <QUrl>

namespace postino::discovery {

using dns::Answer;
using dns::RecordType;
using dns::Status;

namespace {

constexpr int kMaxSiteAddresses = 8; // reverse lookups per site, whatever its DNS publishes
constexpr int kMaxShownNames = 6;

// A lookup gave no usable answer: it timed out, the server failed or refused, or no answer came
// before the deadline. Such a lookup proves nothing either way.
bool unanswered(const std::optional<Answer>& a)
{
    return !a || a->isTemporaryError() || a->status == Status::BadName;
}

QStringList jsonStrings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue& v : list) {
        if (!v.toString().isEmpty())
            out << v.toString();
    }
    return out;
}

// The include: and redirect= terms of an SPF record. A record with a syntax error elsewhere still
// shows what it meant to authorise, so its terms are read one by one.
QList<dns::SpfTerm> spfTerms(const QByteArray& record)
{
    const dns::SpfRecord parsed = dns::parseSpfRecord(record);
    QList<dns::SpfTerm> candidates;
    if (parsed.isValid()) {
        candidates = parsed.terms;
    } else {
        const QList<QByteArray> words = record.simplified().split(' ');
        for (qsizetype i = 1; i < words.size(); ++i) {
            const dns::SpfRecord one = dns::parseSpfRecord("v=spf1 " + words.at(i));
            if (one.isValid())
                candidates += one.terms;
        }
    }
    QList<dns::SpfTerm> out;
    for (const dns::SpfTerm& t : std::as_const(candidates)) {
        const bool include = t.kind == dns::SpfTerm::Kind::Include && t.qualifier != QLatin1Char('-');
        if ((include || t.kind == dns::SpfTerm::Kind::Redirect) && !t.hasMacro())
            out.append(t);
    }
    return out;
}

bool underAny(const QString& name, const QStringList& suffixes)
{
    for (const QString& s : suffixes) {
        if (dns::isSameOrSubdomain(name, s))
            return true;
    }
    return false;
}

// A published DKIM key: a record that parses as one and is not revoked (an empty p=).
bool hasKey(const Answer& a)
{
    if (!a.ok())
        return false;
    for (const QByteArray& t : a.texts) {
        const dns::DkimKey key = dns::parseDkimKeyRecord(t);
        if (key.problem != dns::DkimKey::Problem::Syntax && key.problem != dns::DkimKey::Problem::Revoked)
            return true;
    }
    return false;
}

QString shortList(QStringList names)
{
    names.removeDuplicates();
    if (names.size() > kMaxShownNames) {
        const qsizetype more = names.size() - kMaxShownNames;
        names = names.mid(0, kMaxShownNames);
        names << DnsDiscovery::tr("and %n more", nullptr, int(more));
    }
    return names.join(QStringLiteral(", "));
}

// The names of a CNAME loop, from the name asked: "a → b → a".
QString loopText(const QString& name, const QStringList& chain)
{
    QStringList hops{name};
    hops += chain.mid(0, kMaxShownNames);
    if (hops.size() == 1 || hops.constLast() != name)
        hops << (chain.isEmpty() ? name : QStringLiteral("…"));
    return hops.join(QStringLiteral(" → "));
}

QString statusText(const std::optional<Answer>& a)
{
    if (!a)
        return DnsDiscovery::tr("no answer in time");
    switch (a->status) {
    case Status::Timeout:
        return DnsDiscovery::tr("no answer from the DNS server");
    case Status::ServerFailure:
        return a->cnameLoop ? DnsDiscovery::tr("a CNAME loop") : DnsDiscovery::tr("the DNS server failed");
    case Status::Refused:
        return DnsDiscovery::tr("the DNS server refused to answer");
    case Status::BadName:
        return DnsDiscovery::tr("the name cannot be looked up");
    default:
        break;
    }
    return dns::statusName(a->status);
}

} // namespace

QString siteHostOf(const QString& site, bool* isAddress)
{
    *isAddress = false;
    QString s = site.trimmed();
    if (s.isEmpty())
        return {};
    QHostAddress literal;
    QString bare = s;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (literal.setAddress(bare)) {
        *isAddress = true;
        return literal.toString();
    }
    if (!s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("http://"));
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString host = url.host();
    if (literal.setAddress(host)) {
        *isAddress = true;
        return literal.toString();
    }
    const QString name = dns::checkedDomain(host);
    return name.contains(QLatin1Char('.')) ? name : QString();
}

DnsDiscovery::DnsDiscovery(dns::Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("discover"), parent)
    , m_resolver(resolver)
{
    setFinishFromEventLoop(true);
}

void DnsDiscovery::start(const DnsDiscoveryOptions& options)
{
    setDeadline(options.deadline);
    restartWith(m_options, options);
}

Finding DnsDiscovery::deadlineFinding() const
{
    const qint64 seconds = (deadline().count() + 999) / 1000;
    return Finding{Severity::Warning,
                   {.id = QStringLiteral("discover.deadline"),
                    .subject = m_domain,
                    .detail = tr("Some DNS answers did not arrive within %n second(s); what they would have "
                                 "shown is marked as not checked.",
                                 nullptr, int(seconds))},
                   Advice{tr("Run discovery again"), dns::checkAgainLater()}};
}

void DnsDiscovery::add(Finding f)
{
    if (f.subject.isEmpty())
        f.subject = m_domain;
    m_result.findings.append(std::move(f));
}

void DnsDiscovery::ask(const QString& name, RecordType type, std::function<void(const Answer&)> store)
{
    ++m_pending;
    m_resolver->lookup(name, type, m_context, [this, store = std::move(store)](const Answer& a) {
        if (!isRunning())
            return;
        store(a);
        answered();
    });
}

void DnsDiscovery::answered()
{
    if (--m_pending > 0)
        return;
    compose();
    finishJob();
}

void DnsDiscovery::doStart()
{
    delete m_context;
    m_context = new QObject(this);
    m_result = {};
    m_pending = 0;
    m_composed = false;
    m_domainMissing = false;
    m_mx.reset();
    m_txt.reset();
    m_dkim.clear();
    m_returnPaths.clear();
    m_submissions.reset();
    m_submission.reset();
    m_siteA.reset();
    m_siteAaaa.reset();
    m_ptrs.clear();
    m_queriesAtStart = m_resolver ? m_resolver->queriesSent() : 0;

    QString domain = m_options.domain.trimmed();
    if (domain.contains(QLatin1Char('@')))
        domain = domain.section(QLatin1Char('@'), -1);
    m_domain = dns::checkedDomain(domain);
    if (!m_domain.contains(QLatin1Char('.')))
        m_domain.clear();
    m_result.domain = m_domain;
    m_site = siteHostOf(m_options.siteHost, &m_siteIsAddress);
    m_result.siteHost = m_site;

    if (!m_resolver) {
        compose();
        finishJob();
        return;
    }

    if (!m_domain.isEmpty()) {
        ask(m_domain, RecordType::MX, [this](const Answer& a) { m_mx = a; });
        ask(m_domain, RecordType::TXT, [this](const Answer& a) { m_txt = a; });
        ask(QStringLiteral("_submissions._tcp.") + m_domain, RecordType::SRV,
            [this](const Answer& a) { m_submissions = a; });
        ask(QStringLiteral("_submission._tcp.") + m_domain, RecordType::SRV,
            [this](const Answer& a) { m_submission = a; });

        // Every catalog mailer's DKIM selectors and fixed return-path names, at once.
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            const QJsonObject checks = m.dns.value(QLatin1String("checks")).toObject();
            const QStringList suffixes = jsonStrings(checks.value(QLatin1String("dkimTargetSuffix")));
            for (const QString& selector : jsonStrings(m.dns.value(QLatin1String("dkimSelectors")))) {
                Probe p;
                p.mailerId = m.id;
                p.selector = selector;
                p.name = selector + QStringLiteral("._domainkey.") + m_domain;
                p.suffixes = suffixes;
                m_dkim.append(p);
            }
            const QJsonObject rp = checks.value(QLatin1String("returnPath")).toObject();
            const QString host = rp.value(QLatin1String("host")).toString();
            const QString target = rp.value(QLatin1String("target")).toString();
            const QString suffix = rp.value(QLatin1String("targetSuffix")).toString();
            if (!host.isEmpty() && (!target.isEmpty() || !suffix.isEmpty()) &&
                rp.value(QLatin1String("kind")).toString() != QLatin1String("mx")) {
                Probe p;
                p.mailerId = m.id;
                p.name = host + QLatin1Char('.') + m_domain;
                p.exactTarget = dns::normalizedName(target);
                if (!suffix.isEmpty())
                    p.suffixes << suffix;
                m_returnPaths.append(p);
            }
        }
        // One TXT query per selector: a recursive server gives the CNAME chain and the key behind
        // it in one answer; an authoritative one leaves the chain for the resolver to follow.
        for (qsizetype i = 0; i < m_dkim.size(); ++i)
            ask(m_dkim.at(i).name, RecordType::TXT, [this, i](const Answer& a) { m_dkim[i].answer = a; });
        for (qsizetype i = 0; i < m_returnPaths.size(); ++i)
            ask(m_returnPaths.at(i).name, RecordType::CNAME,
                [this, i](const Answer& a) { m_returnPaths[i].answer = a; });
    }

    if (!m_site.isEmpty()) {
        if (m_siteIsAddress) {
            const QHostAddress address(m_site);
            m_result.siteAddresses << address;
            askPtr(address);
        } else {
            ask(m_site, RecordType::A, [this](const Answer& a) {
                m_siteA = a;
                siteAddressesArrived(a);
            });
            ask(m_site, RecordType::AAAA, [this](const Answer& a) {
                m_siteAaaa = a;
                siteAddressesArrived(a);
            });
        }
    }

    if (m_pending == 0) {
        // Nothing to ask (no domain, no site): report on the next turn, like an answer would.
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                if (!isRunning())
                    return;
                compose();
                finishJob();
            },
            Qt::QueuedConnection);
    }
}

// Each address's reverse name is asked as soon as the address is known, so the site costs two
// answers in a row, whichever of A and AAAA comes first.
void DnsDiscovery::siteAddressesArrived(const Answer& answer)
{
    if (!answer.ok())
        return;
    for (const QHostAddress& address : answer.addresses) {
        if (m_ptrs.size() >= kMaxSiteAddresses)
            break;
        askPtr(address);
    }
}

void DnsDiscovery::askPtr(const QHostAddress& address)
{
    for (const Ptr& p : std::as_const(m_ptrs)) {
        if (p.address.isEqual(address))
            return;
    }
    m_ptrs.append(Ptr{address, std::nullopt});
    const qsizetype i = m_ptrs.size() - 1;
    ask(dns::reverseLookupName(address), RecordType::PTR,
        [this, i](const Answer& a) { m_ptrs[i].answer = a; });
}

void DnsDiscovery::doCancel()
{
    delete m_context; // drops the answers still on their way
    m_context = nullptr;
    m_pending = 0;
}

// Cancelled or out of time: what arrived is still worth showing; what did not is "not checked".
void DnsDiscovery::addEndingFinding(const Finding& finding)
{
    compose();
    m_result.findings.append(finding);
}

void DnsDiscovery::compose()
{
    if (m_composed)
        return;
    m_composed = true;
    if (m_resolver)
        m_result.queries = m_resolver->queriesSent() - m_queriesAtStart;

    if (m_domain.isEmpty()) {
        add({Severity::Error,
             {.id = QStringLiteral("discover.domain.invalid"),
              .subject = m_options.domain,
              .detail = m_options.domain.trimmed().isEmpty()
                            ? tr("There is no address to start from.")
                            : tr("“%1” has no domain that can be looked up.").arg(m_options.domain)},
             {tr("Enter the whole From address"),
              {tr("The domain is the part after the @, such as example.com in info@example.com.")}}});
    } else if (m_mx && m_mx->status == Status::NxDomain) {
        // A domain that does not exist has one problem, not one per record.
        m_domainMissing = true;
        add({Severity::Error,
             {.id = QStringLiteral("discover.domain.missing"),
              .detail =
                  tr("The domain %1 does not exist in DNS, so nothing can be found for it.").arg(m_domain)},
             {tr("Check the spelling of the address"),
              {tr("The domain is the part after the @; a domain bought minutes ago may take a while to "
                  "appear.")}}});
    } else {
        composeMx();
        composeSending();
        composeSrv();
    }
    composeSite();
}

void DnsDiscovery::composeMx()
{
    if (unanswered(m_mx)) {
        add({Severity::Warning,
             {.id = QStringLiteral("discover.mx.unchecked"),
              .detail = tr("The MX records of %1 could not be read (%2), so who hosts its mailboxes is not "
                           "known.")
                            .arg(m_domain, statusText(m_mx))},
             {tr("Could not check: try again"), dns::checkAgainLater()}});
        return;
    }
    const Answer& mx = *m_mx;
    bool nullMx = !mx.mx.isEmpty();
    for (const dns::MxRecord& r : mx.mx) {
        if (!r.exchange.isEmpty()) {
            nullMx = false;
            if (!m_result.mxHosts.contains(r.exchange))
                m_result.mxHosts << r.exchange;
        }
    }
    if (nullMx) {
        Finding f{
            Severity::Warning,
            {.id = QStringLiteral("discover.mx.null"),
             .detail = tr("%1 publishes a null MX (“0 .”): it declares that it receives no mail, so it "
                          "has no mailbox provider, and replies to this address will bounce.")
                           .arg(m_domain)},
            {tr("Use a From address that can receive replies, or set a Reply-To"), dns::editAtDnsProvider()}};
        f.seen = QStringLiteral("%1 MX 0 .").arg(m_domain);
        add(f);
        return;
    }
    if (m_result.mxHosts.isEmpty()) {
        add({Severity::Warning,
             {.id = QStringLiteral("discover.mx.none"),
              .detail = tr("%1 has no MX record: it cannot receive mail, so replies to this address will "
                           "bounce, and who hosts its mailboxes cannot be told.")
                            .arg(m_domain)},
             {tr("Use an address that receives mail, or add the domain's MX records"),
              dns::editAtDnsProvider()}});
        return;
    }
    const MailboxCatalog& mailboxes = MailboxCatalog::builtin();
    for (const QString& host : std::as_const(m_result.mxHosts)) {
        const MailboxProvider* provider = mailboxes.providerForMx(host);
        if (!provider)
            continue;
        MailboxMatch match;
        match.providerId = provider->id;
        match.name = provider->name;
        if (const MxSuffix* suffix = provider->mxSuffixFor(host))
            match.region = suffix->region;
        match.evidence = tr("MX %1").arg(host);
        m_result.mailbox = match;
        Finding f{
            Severity::Ok,
            {.id = QStringLiteral("discover.mx.provider"),
             .detail = match.region.isEmpty()
                           ? tr("The mailboxes of %1 are at %2 (MX %3).").arg(m_domain, match.name, host)
                           : tr("The mailboxes of %1 are at %2, data centre “%3” (MX %4).")
                                 .arg(m_domain, match.name, match.region, host)}};
        f.seen = QStringLiteral("%1 MX %2").arg(m_domain, host);
        add(f);
        return;
    }
    add({Severity::Info,
         {.id = QStringLiteral("discover.mx.unknown"),
          .detail = tr("Mail for %1 goes to %2, which is not one of the mailbox providers Postino knows.")
                        .arg(m_domain, shortList(m_result.mxHosts))}});
}

void DnsDiscovery::composeSending()
{
    QHash<QString, QStringList> evidence; // mailer id -> lines
    QStringList unchecked;                // what gave no answer
    QStringList reasons;                  // why, each once
    const Catalog& catalog = Catalog::builtin();

    // SPF: the top record's include: and redirect= terms.
    if (unanswered(m_txt)) {
        unchecked << tr("the SPF record");
        reasons << statusText(m_txt);
    } else if (m_txt->ok()) {
        QList<QPair<QString, dns::SpfExpectation>> expectations;
        for (const MailerInfo& m : catalog.mailers())
            expectations.append({m.id, dns::SpfExpectation::fromCatalog(
                                           m.name, m.dns.value(QLatin1String("checks")).toObject())});
        for (const QByteArray& text : m_txt->texts) {
            if (!dns::isSpfRecord(text))
                continue;
            for (const dns::SpfTerm& term : spfTerms(text)) {
                for (const auto& [id, expectation] : std::as_const(expectations)) {
                    if (!expectation.matches(term.domainSpec))
                        continue;
                    const QString spec = dns::normalizedName(term.domainSpec);
                    evidence[id] << (term.kind == dns::SpfTerm::Kind::Redirect
                                         ? tr("SPF redirects to %1").arg(spec)
                                         : tr("SPF includes %1").arg(spec));
                }
            }
        }
    }

    // DKIM at the mailers' selectors.
    for (const Probe& p : std::as_const(m_dkim)) {
        const QString shortName = p.selector + QStringLiteral("._domainkey");
        if (p.answer && p.answer->cnameLoop) {
            Finding f{Severity::Warning,
                      {.id = QStringLiteral("discover.dkim.cname_loop"),
                       .subject = p.name,
                       .detail = tr("%1 leads into a CNAME loop (%2), so no DKIM key can be read there.")
                                     .arg(p.name, loopText(p.name, p.answer->cnameChain))},
                      {tr("Correct the CNAME record of %1").arg(p.name), dns::editAtDnsProvider()}};
            add(f);
            continue;
        }
        const QStringList chain = p.answer ? p.answer->cnameChain : QStringList{};
        bool found = false;
        if (!chain.isEmpty() && !p.suffixes.isEmpty()) {
            for (const QString& hop : chain) {
                if (underAny(hop, p.suffixes)) {
                    evidence[p.mailerId] << tr("DKIM %1 → %2").arg(shortName, hop);
                    found = true;
                    break;
                }
            }
        } else if (p.answer && hasKey(*p.answer)) {
            evidence[p.mailerId] << (chain.isEmpty() ? tr("DKIM key at %1").arg(shortName)
                                                     : tr("DKIM %1 → %2").arg(shortName, chain.constFirst()));
            found = true;
        }
        if (!found && unanswered(p.answer)) {
            unchecked << tr("DKIM %1").arg(shortName);
            reasons << statusText(p.answer);
        }
    }

    // Return-path CNAMEs with a fixed name.
    for (const Probe& p : std::as_const(m_returnPaths)) {
        if (unanswered(p.answer)) {
            unchecked << tr("the return path %1").arg(p.name);
            reasons << statusText(p.answer);
            continue;
        }
        if (!p.answer->ok())
            continue;
        for (const QString& target : p.answer->targets) {
            const bool matches =
                !p.exactTarget.isEmpty() ? target == p.exactTarget : underAny(target, p.suffixes);
            if (matches) {
                evidence[p.mailerId] << tr("Return path %1 → %2").arg(p.name, target);
                break;
            }
        }
    }

    for (const MailerInfo& m : catalog.mailers()) {
        const auto it = evidence.constFind(m.id);
        if (it == evidence.constEnd())
            continue;
        QStringList lines = *it;
        lines.removeDuplicates();
        m_result.sendingServices.append(SendingService{m.id, lines});
        add({Severity::Ok,
             {.id = QStringLiteral("discover.sending.found"),
              .detail = tr("%1 already authorises %2: %3.")
                            .arg(m_domain, Catalog::tr(m.name), lines.join(QStringLiteral("; ")))}});
    }

    if (!unchecked.isEmpty()) {
        reasons.removeDuplicates();
        const QString why = reasons.join(QStringLiteral("; "));
        add({Severity::Warning,
             {.id = QStringLiteral("discover.sending.unchecked"),
              .detail = m_result.sendingServices.isEmpty()
                            ? tr("Could not check which sending services %1 already uses: %2 could not be "
                                 "read (%3).")
                                  .arg(m_domain, shortList(unchecked), why)
                            : tr("Some records that show which sending services %1 uses could not be read "
                                 "(%2: %3); there may be more than the ones listed.")
                                  .arg(m_domain, shortList(unchecked), why)},
             {tr("Could not check: try again"), dns::checkAgainLater()}});
    } else if (m_result.sendingServices.isEmpty()) {
        add({Severity::Info,
             {.id = QStringLiteral("discover.sending.none"),
              .detail = tr("%1 does not authorise any of the sending services Postino knows yet (no SPF "
                           "include, DKIM record or return path of theirs).")
                            .arg(m_domain)}});
    }
}

void DnsDiscovery::composeSrv()
{
    struct Service
    {
        const std::optional<Answer>* answer;
        QString name;
        SmtpSecurity security;
    };
    const QList<Service> services{
        {&m_submissions, QStringLiteral("_submissions._tcp.") + m_domain, SmtpSecurity::Tls},
        {&m_submission, QStringLiteral("_submission._tcp.") + m_domain, SmtpSecurity::StartTls},
    };
    bool anyPublished = false;
    for (const Service& s : services) {
        const std::optional<Answer>& a = *s.answer;
        if (unanswered(a)) {
            add({Severity::Warning,
                 {.id = QStringLiteral("discover.srv.unchecked"),
                  .subject = s.name,
                  .detail = tr("The SRV record %1 could not be read (%2), so whether the domain publishes "
                               "its submission server there is not known.")
                                .arg(s.name, statusText(a))},
                 {tr("Could not check: try again"), dns::checkAgainLater()}});
            anyPublished = true; // not "none"
            continue;
        }
        if (!a->ok() || a->srv.isEmpty())
            continue;
        anyPublished = true;
        bool notOffered = false;
        for (const dns::SrvRecord& r : a->srv)
            notOffered = notOffered || r.target.isEmpty();
        if (notOffered) {
            // RFC 2782: a target of "." means the service is decidedly not available here.
            Finding f{Severity::Info,
                      {.id = QStringLiteral("discover.srv.null_target"),
                       .subject = s.name,
                       .detail = s.security == SmtpSecurity::Tls
                                     ? tr("%1 says that it offers no mail submission with implicit TLS (its "
                                          "SRV record %2 points to “.”).")
                                           .arg(m_domain, s.name)
                                     : tr("%1 says that it offers no mail submission with STARTTLS (its SRV "
                                          "record %2 points to “.”).")
                                           .arg(m_domain, s.name)}};
            f.seen = QStringLiteral("%1 SRV 0 0 0 .").arg(s.name);
            add(f);
            continue;
        }
        for (const dns::SrvRecord& r : a->srv) {
            if (r.port == 0)
                continue;
            SmtpCandidate c;
            c.host = r.target;
            c.port = r.port;
            c.security = s.security;
            c.source = CandidateSource::Srv;
            c.sourceDetail = s.name;
            m_result.srv.append(c);
            Finding f{Severity::Info,
                      {.id = QStringLiteral("discover.srv.found"),
                       .subject = s.name,
                       .detail = s.security == SmtpSecurity::Tls
                                     ? tr("%1 publishes its submission server: %2, port %3, implicit TLS.")
                                           .arg(m_domain, r.target)
                                           .arg(r.port)
                                     : tr("%1 publishes its submission server: %2, port %3, STARTTLS.")
                                           .arg(m_domain, r.target)
                                           .arg(r.port)}};
            f.seen = QStringLiteral("%1 SRV %2 %3 %4 %5.")
                         .arg(s.name)
                         .arg(r.priority)
                         .arg(r.weight)
                         .arg(r.port)
                         .arg(r.target);
            add(f);
        }
    }
    if (!anyPublished) {
        add({Severity::Info,
             {.id = QStringLiteral("discover.srv.none"),
              .detail =
                  tr("%1 publishes no SRV records for mail submission (few domains do).").arg(m_domain)}});
    }
}

void DnsDiscovery::composeSite()
{
    if (m_options.siteHost.trimmed().isEmpty())
        return;
    if (m_site.isEmpty()) {
        add({Severity::Warning,
             {.id = QStringLiteral("discover.site.bad_host"),
              .subject = m_options.siteHost,
              .detail = tr("“%1” is not a website address that can be looked up.").arg(m_options.siteHost)},
             {tr("Check the website address"),
              {tr("Enter it as the browser shows it, such as https://www.example.com.")}}});
        return;
    }
    const Advice checkAddress{tr("Check the website address"),
                              {tr("Enter the address visitors use, such as www.example.com."),
                               tr("Without it, Postino cannot tell which hosting company runs the site; the "
                                  "web-server test on the Checks page still shows which ports are open.")}};
    if (!m_siteIsAddress) {
        for (const dns::Answer* a : {m_siteA ? &*m_siteA : nullptr, m_siteAaaa ? &*m_siteAaaa : nullptr}) {
            if (a && a->ok())
                m_result.siteAddresses += a->addresses;
        }
        if (m_result.siteAddresses.isEmpty()) {
            const bool loop = (m_siteA && m_siteA->cnameLoop) || (m_siteAaaa && m_siteAaaa->cnameLoop);
            if (loop) {
                const QStringList chain =
                    m_siteA && m_siteA->cnameLoop ? m_siteA->cnameChain : m_siteAaaa->cnameChain;
                add({Severity::Warning,
                     {.id = QStringLiteral("discover.site.cname_loop"),
                      .subject = m_site,
                      .detail = tr("%1 leads into a CNAME loop (%2), so it does not resolve to an address.")
                                    .arg(m_site, loopText(m_site, chain))},
                     {tr("Correct the CNAME records of %1").arg(m_site), dns::editAtDnsProvider()}});
            } else if (unanswered(m_siteA) || unanswered(m_siteAaaa)) {
                add({Severity::Warning,
                     {.id = QStringLiteral("discover.site.unchecked"),
                      .subject = m_site,
                      .detail = tr("The address of %1 could not be looked up (%2), so its hosting company "
                                   "is not known.")
                                    .arg(m_site, statusText(unanswered(m_siteA) ? m_siteA : m_siteAaaa))},
                     {tr("Could not check: try again"), dns::checkAgainLater()}});
            } else if (m_siteA->status == Status::NxDomain && m_siteAaaa->status == Status::NxDomain) {
                add({Severity::Warning,
                     {.id = QStringLiteral("discover.site.not_found"),
                      .subject = m_site,
                      .detail =
                          tr("%1 does not exist in DNS, so the website cannot be found there.").arg(m_site)},
                     checkAddress});
            } else {
                add({Severity::Warning,
                     {.id = QStringLiteral("discover.site.no_address"),
                      .subject = m_site,
                      .detail = tr("%1 has no IPv4 or IPv6 address, so the website cannot be found there.")
                                    .arg(m_site)},
                     checkAddress});
            }
            return;
        }
    }

    const HostingCatalog& hosting = HostingCatalog::builtin();
    QStringList names;
    QStringList unchecked;
    for (const Ptr& p : std::as_const(m_ptrs)) {
        if (unanswered(p.answer)) {
            unchecked << p.address.toString();
            continue;
        }
        if (!p.answer->ok())
            continue;
        for (const QString& name : p.answer->targets) {
            names << name;
            if (m_result.hosting)
                continue;
            const HostingProvider* host = hosting.match(name);
            if (!host)
                continue;
            HostingMatch match;
            match.hostingId = host->id;
            match.name = host->name;
            match.blockedPorts = host->blockedPorts;
            match.blocksByDefault = host->blocking == HostingProvider::Blocking::ByDefault;
            match.evidence = tr("%1 is %2").arg(p.address.toString(), name);
            m_result.hosting = match;
        }
    }
    if (const std::optional<HostingMatch>& match = m_result.hosting) {
        const HostingProvider* host = hosting.host(match->hostingId);
        QStringList ports;
        for (quint16 port : match->blockedPorts)
            ports << QString::number(port);
        const bool blocksSubmission = match->blockedPorts.contains(465) || match->blockedPorts.contains(587);
        QStringList steps{
            tr("Run the web-server test on the Checks page (postino-cli probe --write-php) to see "
               "which ports the site can really reach.")};
        if (blocksSubmission)
            steps << tr(
                "If the SMTP ports are blocked, choose an API mailer: it sends over HTTPS (port 443).");
        if (match->blocksByDefault)
            steps << tr("%1 lifts the block on request, usually through its support.").arg(match->name);
        QString detail = tr("The website %1 is likely hosted at %2 (reverse DNS: %3), which blocks outgoing "
                            "connections to "
                            "%n mail port(s): %4.",
                            nullptr, int(ports.size()))
                             .arg(m_site, match->name, match->evidence, ports.join(QStringLiteral(", ")));
        if (host && !host->note.isEmpty())
            detail += QLatin1Char(' ') + Catalog::tr(host->note);
        Finding f{blocksSubmission ? Severity::Warning : Severity::Info,
                  {.id = QStringLiteral("discover.site.hosting"), .subject = m_site, .detail = detail},
                  Advice{tr("Confirm it from the web server"), steps}};
        add(f);
        return;
    }
    if (!unchecked.isEmpty()) {
        add({Severity::Warning,
             {.id = QStringLiteral("discover.site.ptr_unchecked"),
              .subject = m_site,
              .detail =
                  tr("The reverse DNS of %1 (%2) could not be read, so its hosting company is not known.")
                      .arg(m_site, shortList(unchecked))},
             {tr("Could not check: try again"), dns::checkAgainLater()}});
        return;
    }
    QStringList addresses;
    for (const QHostAddress& a : std::as_const(m_result.siteAddresses))
        addresses << a.toString();
    if (names.isEmpty()) {
        add({Severity::Info,
             {.id = QStringLiteral("discover.site.no_ptr"),
              .subject = m_site,
              .detail = tr("The addresses of %1 (%2) have no reverse DNS name, so its hosting company cannot "
                           "be told; the web-server test on the Checks page shows which ports are open.")
                            .arg(m_site, shortList(addresses))}});
        return;
    }
    add({Severity::Info,
         {.id = QStringLiteral("discover.site.host_unknown"),
          .subject = m_site,
          .detail =
              tr("The reverse DNS of %1 names %2, which is not a hosting company Postino knows to block "
                 "mail ports; the web-server test on the Checks page shows which ports are open.")
                  .arg(m_site, shortList(names))}});
}

} // namespace postino::discovery
