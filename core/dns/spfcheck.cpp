#include "dns/spfcheck.h"

#include "dns/recordtext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace postino::dns {

namespace {

struct Dns
{
    Q_DECLARE_TR_FUNCTIONS(Dns)
};

constexpr int kMaxNodes = 40;    // a hostile tree cannot make us ask forever
constexpr int kMaxTargets = 200; // a / mx targets and the MX hosts' addresses

// Records as a zone file writes them (quoted, split at 255 bytes), safe for hostile bytes.
QString quoted(const QString& record)
{
    return txtPresentation(record.toUtf8());
}

QString txtLine(const QString& name, const QString& value)
{
    return txtRecordLine(name, value.toUtf8());
}

} // namespace

Advice authoriseInSpfAdvice(const QHostAddress& address, const QString& domain)
{
    return {Dns::tr("Authorise %1 in the SPF record of %2").arg(address.toString(), domain),
            {Dns::tr("Add ip4:%1 (or ip6:) before the all term, or the include of the service that owns the "
                     "address.")
                 .arg(address.toString())}};
}

SpfExpectation SpfExpectation::fromCatalog(const QString& mailerName, const QJsonObject& checks)
{
    SpfExpectation e;
    e.mailerName = mailerName;
    e.include = checks.value(QLatin1String("spfInclude")).toString();
    for (const QJsonValue& v : checks.value(QLatin1String("spfIncludeAliases")).toArray())
        e.aliases << v.toString();
    e.atRoot = checks.value(QLatin1String("spfAtRoot")).toString(QStringLiteral("optional"));
    return e;
}

bool SpfExpectation::matches(const QString& includeDomain) const
{
    const QString d = normalizedName(includeDomain);
    if (d.isEmpty())
        return false;
    if (!include.isEmpty() && d == normalizedName(include))
        return true;
    for (const QString& a : aliases) {
        if (d == normalizedName(a))
            return true;
    }
    return false;
}

SpfCheck::SpfCheck(Resolver* resolver, const QString& domain, const SpfExpectation& expectation,
                   QObject* parent)
    : Job(QStringLiteral("spf"), parent)
    , m_resolver(resolver)
    , m_domain(normalizedName(domain))
    , m_expectation(expectation)
{}

void SpfCheck::add(Finding f)
{
    if (f.subject.isEmpty())
        f.subject = m_domain;
    // The tree walk visits a duplicated include twice; say things once.
    for (const Finding& existing : std::as_const(m_findings)) {
        if (existing.id == f.id && existing.detail == f.detail)
            return;
    }
    m_findings.append(std::move(f));
}

void SpfCheck::doCancel()
{
    // Answers still on their way find the check no longer running and are dropped.
    delete m_evaluator;
    m_evaluator = nullptr;
    delete m_senderEvaluator;
    m_senderEvaluator = nullptr;
}

void SpfCheck::addEndingFinding(const Finding& finding)
{
    m_findings.append(finding);
}

void SpfCheck::doStart()
{
    ++m_pending;
    m_resolver->lookup(m_domain, RecordType::SPF, this, [this](const Answer& a) {
        m_spfTypeSeen = a.ok() && !a.texts.isEmpty();
        --m_pending;
        checkDone();
    });
    fetch(m_domain);
    if (!m_senderAddress.isNull()) {
        // Runs alongside the tree walk; both read the same answers from the resolver's cache.
        m_senderEvaluator = new SpfEvaluator(m_resolver, this);
        ++m_pending;
        connect(m_senderEvaluator, &SpfEvaluator::finished, this, [this] {
            const SpfOutcome out = m_senderEvaluator->outcome();
            const bool pass = out.result == SpfResult::Pass;
            Finding f{
                pass ? Severity::Ok : Severity::Error,
                {.id = pass ? QStringLiteral("spf.address_passes") : QStringLiteral("spf.address_fails"),
                 .subject = m_domain,
                 .detail = pass ? Dns::tr("Mail from %1 gets “pass” from the SPF of %2 (%3).")
                                      .arg(m_senderAddress.toString(), m_domain, out.mechanism)
                                : Dns::tr("Mail from %1 would get “%2” from the SPF of %3, not “pass”.")
                                      .arg(m_senderAddress.toString(), spfResultName(out.result), m_domain)},
                pass ? Advice{} : authoriseInSpfAdvice(m_senderAddress, m_domain)};
            add(f);
            --m_pending;
            checkDone();
        });
        m_senderEvaluator->startForDomain(m_senderAddress, m_domain, QStringLiteral("postmaster@") + m_domain,
                                          m_domain);
    }
    // The mailer's own include is fetched even when the domain lacks it: its addresses are
    // what the report tests the domain's policy with.
    if (!m_expectation.include.isEmpty())
        fetch(m_expectation.include);
}

void SpfCheck::fetch(const QString& domain)
{
    const QString name = normalizedName(domain);
    if (name.isEmpty() || m_nodes.contains(name) || m_nodes.size() >= kMaxNodes)
        return;
    m_nodes.insert(name, Node{});
    ++m_pending;
    m_resolver->lookup(name, RecordType::TXT, this, [this, name](const Answer& a) {
        Node& node = m_nodes[name];
        node.done = true;
        node.status = a.status;
        for (int i = 0; i < a.texts.size(); ++i) {
            if (isSpfRecord(a.texts.at(i))) {
                node.spfRecords.append(a.texts.at(i));
                node.chunks = a.textChunks.value(i);
            }
        }
        if (node.spfRecords.size() == 1) {
            node.parsed = parseSpfRecord(node.spfRecords.constFirst());
            node.textSize = int(node.spfRecords.constFirst().size());
            for (const SpfTerm& t : node.parsed.terms) {
                if (t.hasMacro())
                    continue;
                const QString target = t.domainSpec.isEmpty() ? name : t.domainSpec;
                switch (t.kind) {
                case SpfTerm::Kind::Include:
                case SpfTerm::Kind::Redirect:
                    fetch(t.domainSpec);
                    break;
                case SpfTerm::Kind::A:
                    fetchTarget(target, RecordType::A);
                    fetchTarget(target, RecordType::AAAA);
                    break;
                case SpfTerm::Kind::Mx:
                    fetchTarget(target, RecordType::MX);
                    break;
                default:
                    break;
                }
            }
        }
        --m_pending;
        checkDone();
    });
}

void SpfCheck::fetchTarget(const QString& name, RecordType type)
{
    const QString key = normalizedName(name) + QLatin1Char('/') + recordTypeName(type);
    if (m_targets.contains(key) || m_targets.size() >= kMaxTargets)
        return;
    m_targets.insert(key, Answer{});
    ++m_pending;
    m_resolver->lookup(name, type, this, [this, key, type](const Answer& a) {
        m_targets[key] = a;
        // The MX hosts' addresses too: check_host() of the mailer's sample address will need
        // them, and asked now they are in the resolver's cache when it does.
        if (type == RecordType::MX && a.mx.size() <= 10) {
            for (const MxRecord& mx : a.mx) {
                if (!mx.exchange.isEmpty()) {
                    fetchTarget(mx.exchange, RecordType::A);
                    fetchTarget(mx.exchange, RecordType::AAAA);
                }
            }
        }
        --m_pending;
        checkDone();
    });
}

void SpfCheck::checkDone()
{
    if (m_pending > 0 || !isRunning() || m_evaluator || m_analysisQueued)
        return;
    // On the next turn of the event loop: other readers of the answer that completed the tree
    // (the sender's check_host()) get it first and send what they ask next before the analysis.
    m_analysisQueued = true;
    QMetaObject::invokeMethod(this, &SpfCheck::analyze, Qt::QueuedConnection);
}

void SpfCheck::walk(const QString& domain, QStringList& stack, QSet<QString>& seen, int* lookups, int* voids)
{
    const Node node = m_nodes.value(domain);
    stack.append(domain);
    for (const SpfTerm& t : node.parsed.terms) {
        if (t.countsAsLookup())
            ++*lookups;
        if (t.hasMacro())
            continue;
        const QString target = normalizedName(t.domainSpec.isEmpty() ? domain : t.domainSpec);
        if (t.kind == SpfTerm::Kind::A) {
            const Answer a4 = m_targets.value(target + QStringLiteral("/A"));
            const Answer a6 = m_targets.value(target + QStringLiteral("/AAAA"));
            if (a4.isVoid() && a6.isVoid()) {
                ++*voids;
                add({Severity::Warning,
                     {.id = QStringLiteral("spf.a_without_address"),
                      .subject = domain,
                      .detail =
                          Dns::tr(
                              "The SPF record of %1 lists a:%2, but %2 has no address, so it never matches.")
                              .arg(domain, target)},
                     {Dns::tr("Remove the term or correct the host name"), editAtDnsProvider()}});
            }
        } else if (t.kind == SpfTerm::Kind::Mx) {
            const Answer mx = m_targets.value(target + QStringLiteral("/MX"));
            if (mx.isVoid()) {
                ++*voids;
                add({Severity::Warning,
                     {.id = QStringLiteral("spf.mx_without_mx"),
                      .subject = domain,
                      .detail = Dns::tr("The SPF record of %1 lists mx:%2, but %2 has no MX record, so it "
                                        "never matches.")
                                    .arg(domain, target)},
                     {Dns::tr("Remove the term or correct the host name"), editAtDnsProvider()}});
            } else if (mx.mx.size() > 10) {
                add({Severity::Error,
                     {.id = QStringLiteral("spf.mx_too_many"),
                      .subject = domain,
                      .detail =
                          Dns::tr(
                              "%1 has %2 MX hosts; SPF allows at most 10 for an mx term, so receivers return "
                              "an error.")
                              .arg(target)
                              .arg(mx.mx.size())},
                     {Dns::tr("List the sending servers with ip4:/ip6: instead of mx"),
                      editAtDnsProvider()}});
            }
        }
        if (t.kind != SpfTerm::Kind::Include && t.kind != SpfTerm::Kind::Redirect)
            continue;
        if (stack.contains(target)) {
            add({Severity::Error,
                 {.id = QStringLiteral("spf.include_loop"),
                  .subject = domain,
                  .detail = Dns::tr("SPF includes loop back on themselves: %1.")
                                .arg((stack + QStringList{target}).join(QStringLiteral(" → ")))},
                 {Dns::tr("Remove the include that points back"),
                  {Dns::tr("Receivers stop with an error (permerror) when they meet a loop, so SPF fails "
                           "for every message.")}}});
            continue;
        }
        if (t.kind == SpfTerm::Kind::Include && seen.contains(target)) {
            add({Severity::Warning,
                 {.id = QStringLiteral("spf.duplicate_include"),
                  .subject = domain,
                  .detail =
                      Dns::tr(
                          "include:%1 appears more than once in the SPF tree of %2; each copy costs lookups.")
                          .arg(target, m_domain)},
                 {Dns::tr("Keep one include:%1").arg(target), editAtDnsProvider()}});
        }
        seen.insert(target);
        const Node child = m_nodes.value(target);
        if (!m_nodes.contains(target) || !child.done)
            continue; // over the fetch bound; the lookup count below still covers it
        if (child.status == Status::Timeout || child.status == Status::ServerFailure ||
            child.status == Status::Refused) {
            add({Severity::Warning,
                 {.id = QStringLiteral("spf.include_unreachable"),
                  .subject = domain,
                  .detail = Dns::tr("The SPF record of %1 includes %2, which could not be looked up (%3).")
                                .arg(domain, target, statusName(child.status))},
                 {Dns::tr("Check again later; if it persists, ask whoever runs %1").arg(target),
                  checkAgainLater()}});
            continue;
        }
        if (child.spfRecords.size() != 1) {
            if (child.status == Status::NxDomain || child.status == Status::NoData)
                ++*voids;
            add({Severity::Error,
                 {.id = QStringLiteral("spf.include_broken"),
                  .subject = domain,
                  .detail =
                      child.spfRecords.isEmpty()
                          ? Dns::tr("%1 points to %2, which has no SPF record; receivers stop with an error "
                                    "(permerror).")
                                .arg(t.text, target)
                          : Dns::tr(
                                "%1 points to %2, which has more than one SPF record; receivers stop with an "
                                "error (permerror).")
                                .arg(t.text, target)},
                 {Dns::tr("Correct or remove %1").arg(t.text),
                  {Dns::tr("Check the spelling against your provider's instructions.")}}});
            continue;
        }
        if (!child.parsed.isValid()) {
            add({Severity::Error,
                 {.id = QStringLiteral("spf.include_broken"),
                  .subject = domain,
                  .detail = Dns::tr("%1 points to %2, whose SPF record is invalid (%3).")
                                .arg(t.text, target, child.parsed.error)},
                 {Dns::tr("Correct or remove %1").arg(t.text), editAtDnsProvider()}});
            continue;
        }
        walk(target, stack, seen, lookups, voids);
    }
    stack.removeLast();
}

QHostAddress SpfCheck::findSample(const QString& domain, QSet<QString>& seen) const
{
    if (seen.contains(domain))
        return {};
    seen.insert(domain);
    const Node node = m_nodes.value(domain);
    for (const SpfTerm& t : node.parsed.terms) {
        if ((t.kind == SpfTerm::Kind::Ip4 || t.kind == SpfTerm::Kind::Ip6) &&
            t.qualifier == QLatin1Char('+')) {
            // The network's first host address: one of the provider's own senders.
            const QHostAddress base = t.network.first;
            if (base.protocol() == QAbstractSocket::IPv4Protocol)
                return QHostAddress(base.toIPv4Address() + (t.network.second < 32 ? 1 : 0));
            return base;
        }
    }
    for (const SpfTerm& t : node.parsed.terms) {
        if ((t.kind == SpfTerm::Kind::Include || t.kind == SpfTerm::Kind::Redirect) && !t.hasMacro()) {
            const QHostAddress a = findSample(normalizedName(t.domainSpec), seen);
            if (!a.isNull())
                return a;
        }
    }
    return {};
}

void SpfCheck::analyze()
{
    if (!isRunning())
        return;
    const Node top = m_nodes.value(m_domain);
    const QString fixName = m_domain;
    const bool wantInclude =
        !m_expectation.include.isEmpty() && m_expectation.atRoot != QLatin1String("avoid");

    if (m_spfTypeSeen) {
        add({Severity::Warning,
             {.id = QStringLiteral("spf.type99"),
              .subject = m_domain,
              .detail =
                  Dns::tr(
                      "%1 still publishes a record of the obsolete SPF type (99). Receivers only read TXT "
                      "records.")
                      .arg(m_domain)},
             {Dns::tr("Delete the SPF-type record and keep the TXT record"), editAtDnsProvider()}});
    }
    if (top.status == Status::NxDomain) {
        add({Severity::Error,
             {.id = QStringLiteral("spf.domain_missing"),
              .subject = m_domain,
              .detail = Dns::tr("The domain %1 does not exist in DNS, so no receiver can check its mail.")
                            .arg(m_domain)},
             {Dns::tr("Check the spelling of the From address"),
              {Dns::tr("Use an address at a domain you own and that is registered.")}}});
        finish();
        return;
    }
    if (top.status == Status::Timeout || top.status == Status::ServerFailure ||
        top.status == Status::Refused) {
        add({Severity::Warning,
             {.id = QStringLiteral("spf.lookup_failed"),
              .subject = m_domain,
              .detail = Dns::tr("The SPF record of %1 could not be read (%2).")
                            .arg(m_domain, statusName(top.status))},
             {Dns::tr("Check again in a minute"),
              {Dns::tr("If it keeps failing, the domain's name servers may be down or blocking queries.")}}});
        finish();
        return;
    }
    if (top.spfRecords.isEmpty()) {
        const QString include = m_expectation.include;
        const QString suggestion = include.isEmpty() ? QStringLiteral("v=spf1 mx ~all")
                                                     : QStringLiteral("v=spf1 include:%1 ~all").arg(include);
        Finding f{
            m_expectation.atRoot == QLatin1String("required") ? Severity::Error : Severity::Warning,
            {.id = QStringLiteral("spf.missing"),
             .subject = m_domain,
             .detail =
                 Dns::tr("%1 has no SPF record, so receivers cannot tell which servers may send its mail.")
                     .arg(m_domain)},
            {Dns::tr("Add an SPF record"),
             {Dns::tr("Create a TXT record on the domain itself (the name is often written @)."),
              include.isEmpty()
                  ? Dns::tr("List the servers that send your mail; ask your mail provider "
                            "for its include.")
                  : Dns::tr("Use the value shown below; it authorises %1.").arg(m_expectation.mailerName)}}};
        f.fix = txtLine(fixName, suggestion);
        add(f);
        finish();
        return;
    }
    if (top.spfRecords.size() > 1) {
        // Merge the terms into one record the user can paste.
        QStringList terms;
        QString all = QStringLiteral("~all");
        for (const QByteArray& r : top.spfRecords) {
            const SpfRecord parsed = parseSpfRecord(r);
            for (const SpfTerm& t : parsed.terms) {
                if (t.kind == SpfTerm::Kind::All) {
                    if (t.qualifier == QLatin1Char('-'))
                        all = QStringLiteral("-all");
                    continue;
                }
                if (!terms.contains(t.text))
                    terms.append(t.text);
            }
        }
        QStringList seen;
        for (const QByteArray& r : top.spfRecords)
            seen << quoted(QString::fromUtf8(r));
        Finding f{
            Severity::Error,
            {.id = QStringLiteral("spf.multiple"),
             .subject = m_domain,
             .detail =
                 Dns::tr(
                     "%1 has %2 SPF records. A domain may have only one; with more, receivers stop with an "
                     "error (permerror) and SPF fails for every message.")
                     .arg(m_domain)
                     .arg(top.spfRecords.size())},
            {Dns::tr("Merge them into one record"),
             {Dns::tr("Delete all the v=spf1 TXT records and add the single record below instead.")}}};
        f.seen = seen.join(QStringLiteral("  "));
        f.fix = txtLine(fixName, QStringLiteral("v=spf1 %1 %2").arg(terms.join(QLatin1Char(' ')), all));
        add(f);
        finish();
        return;
    }
    m_record = QString::fromUtf8(top.spfRecords.constFirst());
    if (!top.parsed.isValid()) {
        const int pos = qMax(0, top.parsed.errorPosition);
        Finding f{
            Severity::Error,
            {.id = QStringLiteral("spf.syntax"),
             .subject = m_domain,
             .detail =
                 Dns::tr(
                     "The SPF record of %1 has an error at character %2: %3. Receivers stop with an error "
                     "(permerror), so SPF fails for every message.")
                     .arg(m_domain)
                     .arg(pos + 1)
                     .arg(top.parsed.error)},
            {Dns::tr("Correct the record"),
             {Dns::tr("The marker » in the record below shows where the problem starts.")}}};
        f.seen = m_record.left(pos) + QStringLiteral("»") + m_record.mid(pos);
        add(f);
        finish();
        return;
    }

    // Size: one TXT string holds at most 255 bytes; a longer record must be split, and
    // answers over 512 bytes may be cut off for old resolvers (RFC 7208 3.3, 3.4).
    if (top.textSize > 450) {
        add({Severity::Warning,
             {.id = QStringLiteral("spf.long_record"),
              .subject = m_domain,
              .detail = Dns::tr("The SPF record of %1 is %2 characters long; above about 450, some receivers "
                                "cannot read "
                                "it reliably.")
                            .arg(m_domain)
                            .arg(top.textSize)},
             {Dns::tr("Shorten it"),
              {Dns::tr("Remove services you no longer use, or replace long ip4 lists "
                       "with an include managed by your provider.")}}});
    }

    const SpfTerm* all = top.parsed.all();
    const SpfTerm* redirect = top.parsed.redirect();
    if (all && all->qualifier == QLatin1Char('+')) {
        Finding f{
            Severity::Error,
            {.id = QStringLiteral("spf.pass_all"),
             .subject = m_domain,
             .detail =
                 Dns::tr(
                     "The SPF record of %1 ends in +all: it authorises every server on the internet to send "
                     "as your domain.")
                     .arg(m_domain)},
            {Dns::tr("Change +all to ~all"), editAtDnsProvider()}};
        f.seen = quoted(m_record);
        f.fix = txtLine(fixName, improvedRecord());
        add(f);
    } else if (all && all->qualifier == QLatin1Char('?')) {
        Finding f{
            Severity::Warning,
            {.id = QStringLiteral("spf.neutral_all"),
             .subject = m_domain,
             .detail =
                 Dns::tr(
                     "The SPF record of %1 ends in ?all, which says nothing about other servers; it gives "
                     "almost no protection.")
                     .arg(m_domain)},
            {Dns::tr("Change ?all to ~all once all your senders are listed"), editAtDnsProvider()}};
        f.seen = quoted(m_record);
        f.fix = txtLine(fixName, improvedRecord());
        add(f);
    } else if (!all && !redirect) {
        Finding f{
            Severity::Warning,
            {.id = QStringLiteral("spf.no_all"),
             .subject = m_domain,
             .detail =
                 Dns::tr("The SPF record of %1 has no all at the end, so servers not listed get a neutral "
                         "result.")
                     .arg(m_domain)},
            {Dns::tr("End the record with ~all"), editAtDnsProvider()}};
        f.seen = quoted(m_record);
        f.fix = txtLine(fixName, improvedRecord());
        add(f);
    }
    for (const SpfTerm& t : top.parsed.terms) {
        if (t.kind == SpfTerm::Kind::Ptr) {
            add({Severity::Warning,
                 {.id = QStringLiteral("spf.ptr"),
                  .subject = m_domain,
                  .detail = Dns::tr("The SPF record of %1 uses ptr, which is slow, unreliable and ignored by "
                                    "some receivers "
                                    "(RFC 7208 discourages it).")
                                .arg(m_domain)},
                 {Dns::tr("Replace ptr with ip4:/ip6: or the provider's include"), editAtDnsProvider()}});
            break;
        }
    }

    QStringList stack;
    QSet<QString> seen;
    int voids = 0;
    walk(m_domain, stack, seen, &m_lookups, &voids);
    if (m_lookups > 10) {
        Finding f{
            Severity::Error,
            {.id = QStringLiteral("spf.too_many_lookups"),
             .subject = m_domain,
             .detail =
                 Dns::tr(
                     "The SPF record of %1 needs %2 DNS lookups; the limit is 10, so receivers stop with an "
                     "error (permerror) and SPF fails.")
                     .arg(m_domain)
                     .arg(m_lookups)},
            {Dns::tr("Reduce the lookups to 10 or fewer"),
             {Dns::tr("Remove includes of services you no longer use."),
              Dns::tr("Replace a and mx terms with the ip4:/ip6: addresses they stand for."),
              Dns::tr("Ask providers for a smaller include, or use a subdomain for one of them.")}}};
        f.seen = quoted(m_record);
        add(f);
    }
    if (voids > 2) {
        add({Severity::Error,
             {.id = QStringLiteral("spf.too_many_void_lookups"),
              .subject = m_domain,
              .detail = Dns::tr("%1 terms in the SPF tree of %2 point to names that do not exist or have no "
                                "records; above "
                                "2, receivers stop with an error (permerror).")
                            .arg(voids)
                            .arg(m_domain)},
             {Dns::tr("Remove the terms that point nowhere"), editAtDnsProvider()}});
    }

    // The mailer's include.
    bool hasMailerInclude = false;
    for (const QString& d : std::as_const(seen)) {
        if (m_expectation.matches(d)) {
            hasMailerInclude = true;
            m_mailerInclude = d;
        }
    }
    if (m_expectation.atRoot == QLatin1String("avoid") && hasMailerInclude) {
        add({Severity::Info,
             {.id = QStringLiteral("spf.mailer_include_unneeded"),
              .subject = m_domain,
              .detail =
                  Dns::tr(
                      "%1 asks customers not to add its include to SPF; its records on your domain cover it.")
                      .arg(m_expectation.mailerName)},
             {Dns::tr("Remove the %1 include from the SPF record").arg(m_expectation.mailerName),
              editAtDnsProvider()}});
    } else if (wantInclude && !hasMailerInclude) {
        Finding f{
            m_expectation.atRoot == QLatin1String("required") ? Severity::Error : Severity::Info,
            {.id = QStringLiteral("spf.mailer_include_missing"),
             .subject = m_domain,
             .detail =
                 m_expectation.atRoot == QLatin1String("required")
                     ? Dns::tr("The SPF record of %1 does not include %2, so mail sent through %3 fails SPF.")
                           .arg(m_domain, m_expectation.include, m_expectation.mailerName)
                     : Dns::tr("The SPF record of %1 does not include %2. %3 covers SPF with its own return "
                               "path, so this is optional.")
                           .arg(m_domain, m_expectation.include, m_expectation.mailerName)},
            {Dns::tr("Add include:%1 before the all term").arg(m_expectation.include), editAtDnsProvider()}};
        f.seen = quoted(m_record);
        f.expected = QStringLiteral("include:%1").arg(m_expectation.include);
        f.fix = txtLine(fixName, improvedRecord());
        add(f);
    } else if (hasMailerInclude) {
        m_hasMailerInclude = true;
        add({Severity::Ok,
             {.id = QStringLiteral("spf.mailer_include_present"),
              .subject = m_domain,
              .detail =
                  Dns::tr("The SPF record of %1 includes %2.").arg(m_domain, m_expectation.mailerName)}});
    }
    if (m_lookups <= 10 && voids <= 2) {
        Finding ok{Severity::Ok,
                   {.id = QStringLiteral("spf.ok"),
                    .subject = m_domain,
                    .detail = Dns::tr("%1 has one valid SPF record using %2 of the 10 DNS lookups allowed.")
                                  .arg(m_domain)
                                  .arg(m_lookups)}};
        ok.seen = quoted(m_record);
        add(ok);
    }
    evaluateSample();
}

void SpfCheck::evaluateSample()
{
    QSet<QString> seen;
    const QString include = !m_mailerInclude.isEmpty() ? m_mailerInclude : m_expectation.include;
    if (!include.isEmpty())
        m_sample = findSample(normalizedName(include), seen);
    // Evaluated where the domain's own SPF is what receivers check for this mailer.
    if (m_sample.isNull() || (m_expectation.atRoot != QLatin1String("required") && !m_hasMailerInclude)) {
        finish();
        return;
    }
    m_evaluator = new SpfEvaluator(m_resolver, this);
    connect(m_evaluator, &SpfEvaluator::finished, this, [this] {
        m_sampleOutcome = m_evaluator->outcome();
        const bool pass = m_sampleOutcome.result == SpfResult::Pass;
        Finding f{
            pass ? Severity::Ok : Severity::Error,
            {.id = pass ? QStringLiteral("spf.mailer_would_pass") : QStringLiteral("spf.mailer_would_fail"),
             .subject = m_domain,
             .detail =
                 pass ? Dns::tr("Mail from %1's server %2 gets “pass” from the SPF of %3.")
                            .arg(m_expectation.mailerName, m_sample.toString(), m_domain)
                      : Dns::tr("Mail from %1's server %2 would get “%3” from the SPF of %4, not “pass”.")
                            .arg(m_expectation.mailerName, m_sample.toString(),
                                 spfResultName(m_sampleOutcome.result), m_domain)},
            pass ? Advice{}
                 : Advice{Dns::tr("Authorise %1 in the SPF record").arg(m_expectation.mailerName),
                          editAtDnsProvider()}};
        if (!pass && !m_expectation.include.isEmpty())
            f.fix = txtLine(m_domain, improvedRecord());
        add(f);
        finish();
    });
    m_evaluator->startForDomain(m_sample, m_domain, QStringLiteral("postmaster@") + m_domain, m_domain);
}

// One record with every fix applied, so each finding offers the same line to paste:
// the mailer's include added where it is needed, a weak or missing all made ~all.
QString SpfCheck::improvedRecord() const
{
    const SpfRecord current = parseSpfRecord(m_record.toUtf8());
    const SpfTerm* currentAll = current.all();
    const bool wantInclude =
        !m_expectation.include.isEmpty() && m_expectation.atRoot != QLatin1String("avoid");
    QSet<QString> visited;
    const QString addInclude = wantInclude && !treeIncludesMailer(normalizedName(m_domain), visited)
                                   ? m_expectation.include
                                   : QString();
    const QString replaceAll =
        (!currentAll && !current.redirect()) || (currentAll && (currentAll->qualifier == QLatin1Char('+') ||
                                                                currentAll->qualifier == QLatin1Char('?')))
            ? QStringLiteral("~all")
            : QString();
    return suggestedRecord(addInclude, replaceAll);
}

bool SpfCheck::treeIncludesMailer(const QString& domain, QSet<QString>& visited) const
{
    if (visited.contains(domain))
        return false;
    visited.insert(domain);
    for (const SpfTerm& t : m_nodes.value(domain).parsed.terms) {
        if ((t.kind == SpfTerm::Kind::Include || t.kind == SpfTerm::Kind::Redirect) && !t.hasMacro()) {
            const QString target = normalizedName(t.domainSpec);
            if (m_expectation.matches(target) || treeIncludesMailer(target, visited))
                return true;
        }
    }
    return false;
}

QString SpfCheck::suggestedRecord(const QString& addInclude, const QString& replaceAll) const
{
    const SpfRecord parsed = parseSpfRecord(m_record.toUtf8());
    QStringList terms;
    QString all;
    for (const SpfTerm& t : parsed.terms) {
        if (t.kind == SpfTerm::Kind::All) {
            all = t.text;
            continue;
        }
        terms.append(t.text);
    }
    if (!addInclude.isEmpty() && !terms.contains(QStringLiteral("include:") + addInclude)) {
        // Before redirect=/exp= modifiers and the all term.
        int at = int(terms.size());
        for (int i = 0; i < terms.size(); ++i) {
            if (terms.at(i).contains(QLatin1Char('='))) {
                at = i;
                break;
            }
        }
        terms.insert(at, QStringLiteral("include:") + addInclude);
    }
    if (!replaceAll.isEmpty())
        all = replaceAll;
    if (all.isEmpty() && !parsed.redirect())
        all = QStringLiteral("~all");
    QString out = QStringLiteral("v=spf1");
    for (const QString& t : terms) {
        if (!t.contains(QLatin1Char('=')))
            out += QLatin1Char(' ') + t;
    }
    if (!all.isEmpty())
        out += QLatin1Char(' ') + all;
    for (const QString& t : terms) {
        if (t.contains(QLatin1Char('=')))
            out += QLatin1Char(' ') + t;
    }
    return out;
}

void SpfCheck::finish()
{
    finishJob();
}

} // namespace postino::dns
