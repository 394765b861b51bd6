#include "dns/domainreport.h"

#include "dns/dkim.h"
#include "dns/dmarc.h"
#include "dns/recordtext.h"
#include "dns/spf.h"
#include "dns/spfcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

namespace postino::dns {

namespace {

struct Dns
{
    Q_DECLARE_TR_FUNCTIONS(Dns)
};

} // namespace

DomainReport::DomainReport(Resolver* resolver, const DomainReportOptions& options, QObject* parent)
    : Job(QStringLiteral("dns"), parent)
    , m_resolver(resolver)
    , m_options(options)
    , m_domain(normalizedName(options.domain))
{
    m_mailer = Catalog::builtin().mailer(options.mailerId);
    if (m_mailer)
        m_checks = m_mailer->dns.value(QLatin1String("checks")).toObject();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        add({Severity::Warning,
             {.id = QStringLiteral("dns.deadline"),
              .subject = m_domain,
              .detail =
                  Dns::tr(
                      "Some DNS answers did not arrive within %1 seconds; the report below is incomplete.")
                      .arg(m_options.deadlineMs / 1000)},
             {Dns::tr("Check again"),
              {Dns::tr("If it happens again, the domain's name servers or your network's resolver may be "
                       "slow or unreachable.")}}},
            m_otherFindings);
        finish();
    });
}

static QString mailerName(const MailerInfo* mailer)
{
    return mailer ? Catalog::tr(mailer->name) : QString();
}

void DomainReport::add(Finding f, Findings& into)
{
    if (f.subject.isEmpty())
        f.subject = m_domain;
    into.append(std::move(f));
}

void DomainReport::doStart()
{
    // A run again starts from nothing.
    delete m_spf;
    delete m_dkim;
    delete m_dmarc;
    m_spf = nullptr;
    m_dkim = nullptr;
    m_dmarc = nullptr;
    dropPart(m_reputation);
    m_reputation = nullptr;
    m_reputationFindings.clear();
    delete m_relaySpf;
    dropPart(m_policies);
    m_policies = nullptr;
    m_policyFindings.clear();
    m_pendingParts = 0;
    m_alignmentFindings.clear();
    m_mxFindings.clear();
    m_returnPathFindings.clear();
    m_otherFindings.clear();
    m_returnPathDomain.clear();
    if (m_domain.isEmpty() || !m_domain.contains(QLatin1Char('.'))) {
        add({Severity::Error,
             {.id = QStringLiteral("dns.bad_domain"),
              .subject = m_options.domain,
              .detail = Dns::tr("“%1” is not a domain name that can be checked.").arg(m_options.domain)},
             {Dns::tr("Enter the From address first"),
              {Dns::tr("The domain is the part after the @ of the From address.")}}},
            m_otherFindings);
        QTimer::singleShot(0, this, [this] {
            if (isRunning())
                finish();
        });
        return;
    }
    // A personal address at the provider's own domain (gmail.com, outlook.com, ...): its
    // records are the provider's to run, and nothing on the user's side can change them.
    for (const QJsonValue& v : m_checks.value(QLatin1String("providerDomains")).toArray()) {
        if (m_domain == v.toString()) {
            add({Severity::Ok,
                 {.id = QStringLiteral("dns.provider_domain"),
                  .subject = m_domain,
                  .detail = Dns::tr("%1 is %2's own domain: %2 publishes and looks after its SPF, DKIM and "
                                    "DMARC records, "
                                    "so there is nothing for you to add.")
                                .arg(m_domain, mailerName(m_mailer))}},
                m_otherFindings);
            QTimer::singleShot(0, this, [this] {
                if (isRunning())
                    finish();
            });
            return;
        }
    }
    m_deadline.start(m_options.deadlineMs);

    const SpfExpectation expectation = SpfExpectation::fromCatalog(mailerName(m_mailer), m_checks);
    m_spf = new SpfCheck(m_resolver, m_domain, expectation, this);
    m_spf->setSenderAddress(m_options.senderAddress);
    ++m_pendingParts;
    connect(m_spf, &SpfCheck::finished, this, &DomainReport::partDone);
    m_spf->start();

    m_dkim = new DkimCheck(m_resolver, this);
    ++m_pendingParts;
    connect(m_dkim, &DkimCheck::finished, this, &DomainReport::partDone);
    DkimCheck::Request dkim;
    dkim.domain = m_domain;
    if (m_mailer) {
        for (const QJsonValue& v : m_mailer->dns.value(QLatin1String("dkimSelectors")).toArray())
            dkim.mailerSelectors << v.toString();
        dkim.mailerName = Catalog::tr(m_mailer->name);
        dkim.mailerHint = Catalog::tr(m_mailer->dns.value(QLatin1String("dkim")).toString());
        const QJsonValue suffix = m_checks.value(QLatin1String("dkimTargetSuffix"));
        for (const QJsonValue& v : suffix.isArray() ? suffix.toArray() : QJsonArray{suffix})
            if (!v.toString().isEmpty())
                dkim.mailerTargetSuffixes << v.toString();
    }
    dkim.userSelectors = m_options.extraSelectors;
    m_dkim->start(dkim);

    m_dmarc = new DmarcCheck(m_resolver, this);
    ++m_pendingParts;
    connect(m_dmarc, &DmarcCheck::finished, this, &DomainReport::partDone);
    m_dmarc->start(m_domain);

    checkMx();
    checkReturnPath();
    checkVerification();
    checkSenderReputation();
    checkPolicies();
}

// Would the domain's SPF pass mail from the SMTP relay Postino sends through? Asked once the relay's
// address is known, unless the user named an address to check (--ip).
void DomainReport::checkRelaySpf(const acceptance::SenderReputation& reputation)
{
    if (!m_options.senderAddress.isNull() || !isRunning())
        return;
    QString relay;
    for (const acceptance::SendingHost& h : std::as_const(m_options.sendingHosts)) {
        if (h.role == QLatin1String("smtp"))
            relay = h.name;
    }
    QHostAddress address;
    for (const acceptance::ReverseDnsAnswer& r : reputation.reverseDns) {
        if (r.host == relay && (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol &&
                                                     r.address.protocol() == QAbstractSocket::IPv4Protocol)))
            address = r.address;
    }
    if (address.isNull())
        return;
    auto* evaluator = new SpfEvaluator(m_resolver, this);
    m_relaySpf = evaluator;
    ++m_pendingParts;
    connect(evaluator, &SpfEvaluator::finished, this, [this, evaluator, relay, address] {
        evaluator->deleteLater();
        if (!isRunning())
            return;
        const SpfOutcome out = evaluator->outcome();
        const bool pass = out.result == SpfResult::Pass;
        const QString server = QStringLiteral("%1 (%2)").arg(relay, address.toString());
        add({pass ? Severity::Ok : Severity::Error,
             {.id = pass ? QStringLiteral("spf.address_passes") : QStringLiteral("spf.address_fails"),
              .subject = m_domain,
              .detail = pass ? Dns::tr("Mail from your SMTP server %1 gets “pass” from the SPF of %2.")
                                   .arg(server, m_domain)
                             : Dns::tr("Mail from your SMTP server %1 would get “%2” from the SPF of %3, not "
                                       "“pass”.")
                                   .arg(server, spfResultName(out.result), m_domain)},
             pass ? Advice{} : authoriseInSpfAdvice(address, m_domain)},
            m_reputationFindings);
        partDone();
    });
    evaluator->startForDomain(address, m_domain, QStringLiteral("postmaster@") + m_domain, m_domain);
}

void DomainReport::checkPolicies()
{
    if (!m_options.checkPolicies)
        return;
    m_policies = new acceptance::DomainPoliciesCheck(m_resolver, this);
    ++m_pendingParts;
    connect(m_policies, &acceptance::DomainPoliciesCheck::finished, this,
            [this](const acceptance::DomainPolicies& result) {
                m_policyFindings = result.findings;
                partDone();
            });
    m_policies->start(m_domain, m_options.policies);
}

// The addresses that send: blocklists and reverse DNS, in parallel with everything above.
void DomainReport::checkSenderReputation()
{
    if (m_options.sendingHosts.isEmpty())
        return;
    m_reputation = new acceptance::SenderReputationCheck(m_resolver, this);
    ++m_pendingParts;
    connect(m_reputation, &acceptance::SenderReputationCheck::finished, this,
            [this](const acceptance::SenderReputation& result) {
                m_reputationFindings = result.findings;
                checkRelaySpf(result);
                partDone();
            });
    m_reputation->start(m_options.sendingHosts, m_options.reputation);
}

void DomainReport::checkMx()
{
    ++m_pendingParts;
    m_resolver->lookup(m_domain, RecordType::MX, this, [this](const Answer& mx) {
        if (mx.status == Status::NxDomain || mx.isTemporaryError()) {
            partDone(); // SPF reports a missing domain or a failing server already
            return;
        }
        if (mx.status == Status::NoData || mx.mx.isEmpty()) {
            add({Severity::Warning,
                 {.id = QStringLiteral("mx.none"),
                  .subject = m_domain,
                  .detail = Dns::tr("%1 has no MX record: replies and bounces to the From address cannot be "
                                    "delivered, and "
                                    "some receivers refuse mail from domains that cannot receive any.")
                                .arg(m_domain)},
                 {Dns::tr("Add an MX record, or send from an address that can receive mail"),
                  editAtDnsProvider()}},
                m_mxFindings);
            partDone();
            return;
        }
        if (mx.mx.size() == 1 && mx.mx.constFirst().exchange.isEmpty()) {
            Finding f{Severity::Warning,
                      {.id = QStringLiteral("mx.null"),
                       .subject = m_domain,
                       .detail = Dns::tr("%1 publishes a null MX (“0 .”): it declares that it receives no "
                                         "mail, so replies to "
                                         "your test and to site mail will bounce.")
                                     .arg(m_domain)},
                      {Dns::tr("Use a From address that can receive replies, or set a Reply-To"),
                       editAtDnsProvider()}};
            f.seen = QStringLiteral("%1 MX 0 .").arg(m_domain);
            add(f, m_mxFindings);
            partDone();
            return;
        }
        QStringList hosts;
        for (const MxRecord& r : mx.mx) {
            if (!r.exchange.isEmpty() && !hosts.contains(r.exchange))
                hosts.append(r.exchange);
        }
        auto pending = std::make_shared<int>(int(hosts.size()) * 2);
        auto withAddress = std::make_shared<QSet<QString>>();
        auto failed = std::make_shared<QSet<QString>>();
        for (const QString& host : hosts) {
            for (RecordType type : {RecordType::A, RecordType::AAAA}) {
                m_resolver->lookup(host, type, this, [=, this](const Answer& a) {
                    if (a.ok() && !a.addresses.isEmpty())
                        withAddress->insert(host);
                    if (a.isTemporaryError())
                        failed->insert(host);
                    if (--*pending > 0)
                        return;
                    QStringList missing;
                    for (const QString& h : hosts) {
                        if (!withAddress->contains(h) && !failed->contains(h))
                            missing.append(h);
                    }
                    if (!missing.isEmpty()) {
                        add({missing.size() == hosts.size() ? Severity::Error : Severity::Warning,
                             {.id = QStringLiteral("mx.host_without_address"),
                              .subject = m_domain,
                              .detail = Dns::tr("The MX record of %1 names %2, which has no IPv4 or IPv6 "
                                                "address, so mail "
                                                "for the domain cannot be delivered there.")
                                            .arg(m_domain, missing.join(QStringLiteral(", ")))},
                             {Dns::tr("Correct the MX host name, or give the host an address"),
                              editAtDnsProvider()}},
                            m_mxFindings);
                    } else {
                        add({Severity::Ok,
                             {.id = QStringLiteral("mx.ok"),
                              .subject = m_domain,
                              .detail = Dns::tr("%1 receives mail at %2.")
                                            .arg(m_domain, hosts.join(QStringLiteral(", ")))}},
                            m_mxFindings);
                    }
                    partDone();
                });
            }
        }
    });
}

void DomainReport::checkReturnPath()
{
    const QJsonObject rp = m_checks.value(QLatin1String("returnPath")).toObject();
    if (rp.isEmpty())
        return;
    const QString name = mailerName(m_mailer);
    QString host = rp.value(QLatin1String("host")).toString();
    if (!m_options.returnPathHost.isEmpty())
        host = m_options.returnPathHost.section(QLatin1Char('.'), 0, 0);
    const QString target = rp.value(QLatin1String("target")).toString();
    const QString suffix = rp.value(QLatin1String("targetSuffix")).toString();
    const QString expected = !target.isEmpty() ? target : QStringLiteral("….%1").arg(suffix);
    if (host.isEmpty()) {
        const QString prefix = rp.value(QLatin1String("hostPrefix")).toString();
        add({Severity::Info,
             {.id = QStringLiteral("returnpath.name_needed"),
              .subject = m_domain,
              .detail =
                  prefix.isEmpty()
                      ? Dns::tr(
                            "%1 sends bounces through a subdomain whose name you chose in your %1 account; "
                            "enter it "
                            "to have it checked.")
                            .arg(name)
                      : Dns::tr("%1 sends bounces through a subdomain named %2 followed by digits, shown in "
                                "your %1 "
                                "account; enter it to have it checked.")
                            .arg(name, prefix)}},
            m_returnPathFindings);
        return;
    }
    if (rp.value(QLatin1String("kind")).toString() == QLatin1String("mx")) {
        checkMailFromMx(rp, host);
        return;
    }
    const QString fqdn = host + QLatin1Char('.') + m_domain;
    ++m_pendingParts;
    m_resolver->lookup(fqdn, RecordType::CNAME, this, [=, this](const Answer& a) {
        const QString seen = a.targets.value(0);
        const bool matches = !seen.isEmpty() && (!target.isEmpty() ? seen == normalizedName(target)
                                                                   : isSameOrSubdomain(seen, suffix));
        if (a.isTemporaryError()) {
            returnPathUnreadable(fqdn, a.status);
        } else if (matches) {
            returnPathFound(fqdn, QStringLiteral("%1 CNAME %2").arg(fqdn, seen));
        } else {
            Finding f{Severity::Warning,
                      {.id = seen.isEmpty() ? QStringLiteral("returnpath.missing")
                                            : QStringLiteral("returnpath.wrong_target"),
                       .subject = fqdn,
                       .detail = seen.isEmpty() ? Dns::tr("The return-path record %1 for %2 is missing, so "
                                                          "SPF will not line up with your "
                                                          "domain for DMARC (DKIM still can).")
                                                      .arg(fqdn, name)
                                                : Dns::tr("%1 points to %2, not to %3 as %4 expects.")
                                                      .arg(fqdn, seen, expected, name)},
                      {Dns::tr("Add the CNAME record from your %1 account").arg(name),
                       {Dns::tr("Copy the exact target from %1's domain settings; it can be specific to your "
                                "account.")
                            .arg(name)}}};
            if (!seen.isEmpty())
                f.seen = QStringLiteral("%1 CNAME %2").arg(fqdn, seen);
            f.expected = QStringLiteral("%1 CNAME %2").arg(fqdn, expected);
            f.fix = QStringLiteral("%1 CNAME %2")
                        .arg(fqdn, target.isEmpty() ? Dns::tr("<target shown by %1>").arg(name) : target);
            add(f, m_returnPathFindings);
        }
        partDone();
    });
}

// A custom MAIL FROM subdomain (Amazon SES): bounces arrive through its MX, and its own SPF
// record authorises the mailer, so SPF lines up with the From domain.
void DomainReport::checkMailFromMx(const QJsonObject& rp, const QString& host)
{
    const QString name = mailerName(m_mailer);
    const QString fqdn = host + QLatin1Char('.') + m_domain;
    QString region = m_options.mailerSettings.value(QLatin1String("region")).toString();
    if (region.isEmpty())
        region = QStringLiteral("us-east-1");
    QString expectedMx = rp.value(QLatin1String("mxTemplate")).toString();
    expectedMx.replace(QLatin1String("{region}"), region);
    const QString include = rp.value(QLatin1String("spfInclude")).toString();
    const QString spfValue = QStringLiteral("v=spf1 include:%1 ~all").arg(include);
    m_pendingParts += 1;
    auto mxAnswer = std::make_shared<std::optional<Answer>>();
    auto txtAnswer = std::make_shared<std::optional<Answer>>();
    const auto judge = [=, this]() {
        if (!*mxAnswer || !*txtAnswer)
            return;
        const Answer& mx = **mxAnswer;
        const Answer& txt = **txtAnswer;
        if (mx.isTemporaryError() || txt.isTemporaryError()) {
            returnPathUnreadable(fqdn, mx.isTemporaryError() ? mx.status : txt.status);
            partDone();
            return;
        }
        bool mxOk = false;
        for (const MxRecord& r : mx.mx)
            mxOk = mxOk || r.exchange == normalizedName(expectedMx);
        bool spfOk = false;
        for (const QByteArray& t : txt.texts)
            spfOk = spfOk || (isSpfRecord(t) && t.contains(QByteArray("include:" + include.toLatin1())));
        if (mxOk && spfOk) {
            returnPathFound(fqdn, QStringLiteral("%1 MX 10 %2").arg(fqdn, expectedMx));
        } else {
            Finding f{
                Severity::Warning,
                {.id = QStringLiteral("returnpath.missing"),
                 .subject = fqdn,
                 .detail = Dns::tr("The MAIL FROM domain %1 for %2 is not complete (%3), so SPF will not "
                                   "line up with your "
                                   "domain for DMARC (DKIM still can).")
                               .arg(fqdn, name,
                                    !mxOk && !spfOk ? Dns::tr("no MX and no SPF record")
                                    : !mxOk         ? Dns::tr("no MX record pointing to %1").arg(expectedMx)
                                                    : Dns::tr("no SPF record with include:%1").arg(include))},
                {Dns::tr("Publish both records below"),
                 {Dns::tr("Set the same subdomain as the custom MAIL FROM domain in %1; use the MX host of "
                          "the region your account sends from.")
                      .arg(name)}}};
            f.expected = QStringLiteral("%1 MX 10 %2; %1 TXT \"%3\"").arg(fqdn, expectedMx, spfValue);
            QStringList fixes;
            if (!mxOk)
                fixes << QStringLiteral("%1 MX 10 %2").arg(fqdn, expectedMx);
            if (!spfOk)
                fixes << txtRecordLine(fqdn, spfValue.toUtf8());
            f.fix = fixes.join(QLatin1Char('\n'));
            add(f, m_returnPathFindings);
        }
        partDone();
    };
    m_resolver->lookup(fqdn, RecordType::MX, this, [=](const Answer& a) {
        *mxAnswer = a;
        judge();
    });
    m_resolver->lookup(fqdn, RecordType::TXT, this, [=](const Answer& a) {
        *txtAnswer = a;
        judge();
    });
}

void DomainReport::returnPathFound(const QString& fqdn, const QString& seen)
{
    m_returnPathDomain = fqdn;
    Finding f{Severity::Ok,
              {.id = QStringLiteral("returnpath.ok"),
               .subject = fqdn,
               .detail = Dns::tr("Bounces go to %1 through %2, so SPF lines up with your domain.")
                             .arg(mailerName(m_mailer), fqdn)}};
    f.seen = seen;
    add(f, m_returnPathFindings);
}

void DomainReport::returnPathUnreadable(const QString& fqdn, Status status)
{
    add({Severity::Warning,
         {.id = QStringLiteral("returnpath.lookup_failed"),
          .subject = fqdn,
          .detail =
              Dns::tr("The return-path record %1 could not be read (%2).").arg(fqdn, statusName(status))},
         {Dns::tr("Check again in a minute"), checkAgainLater()}},
        m_returnPathFindings);
}

void DomainReport::checkVerification()
{
    const QString prefix = m_checks.value(QLatin1String("verificationTxt")).toString();
    if (prefix.isEmpty())
        return;
    ++m_pendingParts;
    m_resolver->lookup(m_domain, RecordType::TXT, this, [=, this](const Answer& a) {
        bool found = false;
        for (const QByteArray& t : a.texts)
            found = found || t.startsWith(prefix.toLatin1());
        if (a.ok() || a.status == Status::NoData) {
            const QString name = mailerName(m_mailer);
            Finding f{
                found ? Severity::Ok : Severity::Info,
                {.id =
                     found ? QStringLiteral("verification.present") : QStringLiteral("verification.missing"),
                 .subject = m_domain,
                 .detail =
                     found
                         ? Dns::tr("The %1 ownership record (%2…) is in place.").arg(name, prefix)
                         : Dns::tr("No %1 ownership record (%2…) was found; %1 asks for one before it sends "
                                   "for your domain.")
                               .arg(name, prefix)},
                found ? Advice{}
                      : Advice{Dns::tr("Copy the TXT record from your %1 account").arg(name),
                               editAtDnsProvider()}};
            if (!found)
                f.expected = QStringLiteral("%1 TXT \"%2…\"").arg(m_domain, prefix);
            add(f, m_otherFindings);
        }
        partDone();
    });
}

void DomainReport::partDone()
{
    if (--m_pendingParts > 0)
        return;
    if (m_policies && m_dmarc && m_policies->result().bimi && isRunning())
        m_policyFindings.append(acceptance::bimiDmarcPrerequisite(m_policies->result(), m_dmarc->result()));
    checkAlignment();
    finish();
}

// Would mail from this From domain through this mailer pass DMARC? It needs SPF or DKIM to
// pass for a domain that lines up with the From domain.
void DomainReport::checkAlignment()
{
    if (!m_dmarc || !m_dkim || !m_spf || !isRunning())
        return;
    // Without answers there is nothing to judge; the DNS findings already say so.
    bool dkimAnswered = false;
    for (const DkimSelectorResult& r : m_dkim->results()) {
        if (r.state != DkimSelectorResult::State::DnsError)
            dkimAnswered = true;
    }
    for (const Finding& f : m_dmarc->findings() + m_spf->findings()) {
        if (f.id == QLatin1String("dmarc.dns_error") || f.id == QLatin1String("spf.lookup_failed") ||
            f.id == QLatin1String("spf.domain_missing"))
            dkimAnswered = false;
    }
    if (!dkimAnswered)
        return;
    const DmarcResult& dmarc = m_dmarc->result();
    const AlignmentMode adkim = dmarc.recordDomain.isEmpty() ? AlignmentMode::Relaxed : dmarc.parsed.adkim;
    const AlignmentMode aspf = dmarc.recordDomain.isEmpty() ? AlignmentMode::Relaxed : dmarc.parsed.aspf;
    const QString name = mailerName(m_mailer);

    // DKIM: a valid key at one of the mailer's selectors under the From domain means the
    // mailer signs with d=<From domain>.
    QString dkimDomain;
    for (const DkimSelectorResult& r : m_dkim->results()) {
        if (r.state == DkimSelectorResult::State::Found && r.key.isValid())
            dkimDomain = m_domain;
    }
    // SPF: the envelope sender's domain. A return path under the From domain when the
    // mailer uses one; the From domain itself when the mailer sends with it and it passes.
    QString spfDomain;
    const QString atRoot = m_checks.value(QLatin1String("spfAtRoot")).toString();
    if (!m_returnPathDomain.isEmpty())
        spfDomain = m_returnPathDomain;
    else if (atRoot == QLatin1String("required") && m_spf->sampleOutcome().result == SpfResult::Pass)
        spfDomain = m_domain;

    const DmarcAlignment a = alignment(m_domain, spfDomain, dkimDomain, adkim, aspf, m_dmarc->orgDomainOf());
    if (a.dkim) {
        add({Severity::Ok,
             {.id = QStringLiteral("alignment.dkim"),
              .subject = m_domain,
              .detail =
                  Dns::tr("DKIM lines up: %1 signs with your domain, so DMARC passes on DKIM.").arg(name)}},
            m_alignmentFindings);
    }
    if (a.spf) {
        add({Severity::Ok,
             {.id = QStringLiteral("alignment.spf"),
              .subject = m_domain,
              .detail =
                  Dns::tr(
                      "SPF lines up: the envelope sender %1 belongs to your domain, so DMARC passes on SPF.")
                      .arg(spfDomain)}},
            m_alignmentFindings);
    }
    if (!a.aligned()) {
        const bool enforced = !dmarc.recordDomain.isEmpty() && dmarc.policy != QLatin1String("none");
        add({enforced ? Severity::Error : Severity::Warning,
             {.id = QStringLiteral("alignment.none"),
              .subject = m_domain,
              .detail =
                  enforced
                      ? Dns::tr("Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC "
                                "fails and "
                                "receivers apply your policy (%3) to it.")
                            .arg(m_domain, name, dmarc.policy)
                      : Dns::tr(
                            "Neither DKIM nor SPF lines up with %1 for mail sent through %2, so DMARC would "
                            "fail; Gmail and Yahoo already expect it to pass for bulk mail.")
                            .arg(m_domain, name)},
             {Dns::tr("Publish the DKIM records %1 gives you").arg(name),
              {Dns::tr("DKIM is the sure way: once the key is published, %1 signs with your domain.")
                   .arg(name),
               Dns::tr(
                   "A return-path (bounce) record under your domain lines SPF up as well, where %1 offers "
                   "one.")
                   .arg(name)}}},
            m_alignmentFindings);
    }
}

void DomainReport::finish()
{
    m_deadline.stop();
    finishJob();
}

void DomainReport::doCancel()
{
    m_deadline.stop();
    delete m_spf;
    m_spf = nullptr;
    if (m_dkim) {
        m_dkim->disconnect(this);
        m_dkim->cancel();
    }
    if (m_dmarc) {
        m_dmarc->disconnect(this);
        m_dmarc->cancel();
    }
    if (m_reputation) {
        m_reputation->disconnect(this);
        m_reputation->cancel();
    }
    delete m_relaySpf;
    if (m_policies) {
        m_policies->disconnect(this);
        m_policies->cancel();
    }
}

void DomainReport::addEndingFinding(const Finding& finding)
{
    m_otherFindings.append(finding);
}

Findings DomainReport::findings() const
{
    Findings all;
    // A domain that does not exist has one problem, not one per record.
    if (m_spf) {
        if (const Finding* missing = findById(m_spf->findings(), QStringLiteral("spf.domain_missing")))
            return Findings{*missing};
    }
    if (m_spf)
        all += m_spf->findings();
    if (m_dkim)
        all += m_dkim->findings();
    if (m_dmarc)
        all += m_dmarc->findings();
    all += m_alignmentFindings;
    all += m_returnPathFindings;
    all += m_mxFindings;
    all += m_reputationFindings;
    all += m_policyFindings;
    all += m_otherFindings;
    return all;
}

acceptance::AcceptanceVerdict DomainReport::acceptance() const
{
    return acceptance::judgeAcceptance(findings() + m_options.acceptanceEvidence,
                                       m_options.acceptanceContext);
}

QJsonObject DomainReport::toJson() const
{
    QJsonArray findingsJson;
    for (const Finding& f : findings())
        findingsJson.append(f.toJson());
    QJsonObject spf;
    if (m_spf) {
        spf.insert(QStringLiteral("record"), m_spf->record());
        spf.insert(QStringLiteral("lookups"), m_spf->lookups());
        if (!m_spf->sampleAddress().isNull()) {
            spf.insert(QStringLiteral("mailerAddress"), m_spf->sampleAddress().toString());
            spf.insert(QStringLiteral("mailerResult"), spfResultName(m_spf->sampleOutcome().result));
        }
    }
    return QJsonObject{{QStringLiteral("domain"), m_domain},
                       {QStringLiteral("mailer"), m_options.mailerId},
                       {QStringLiteral("resolver"), m_resolver->description()},
                       {QStringLiteral("elapsedMs"), elapsedMs()},
                       {QStringLiteral("queries"), m_resolver->queriesSent()},
                       {QStringLiteral("spf"), spf},
                       {QStringLiteral("errors"), hasErrors(findings())},
                       {QStringLiteral("findings"), findingsJson},
                       {QStringLiteral("acceptance"), acceptance().toJson()}};
}

QString DomainReport::toText() const
{
    QString out = Dns::tr("DNS report for %1 (%2), checked with %3 in %4 ms")
                      .arg(m_domain, mailerName(m_mailer), m_resolver->description())
                      .arg(elapsedMs()) +
                  QLatin1Char('\n');
    return out + formatFindingsText(findings());
}

} // namespace postino::dns
