#include "acceptance/acceptance.h"

#include "builtin.h"
#include "catalog/catalog.h"
#include "catalog/datachecks.h"
#include "discovery/dnsdiscovery.h"
#include "profile/profile.h"
#include "smtp/smtpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace postino::acceptance {

namespace {

struct Verdict
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

std::optional<RequirementState> stateFromName(const QString& name)
{
    if (name == QLatin1String("met"))
        return RequirementState::Met;
    if (name == QLatin1String("notMet"))
        return RequirementState::NotMet;
    if (name == QLatin1String("unknown"))
        return RequirementState::CannotTell;
    return std::nullopt;
}

std::optional<FactRule::Evidence::Severity> severityFromName(const QString& name)
{
    using S = FactRule::Evidence::Severity;
    if (name.isEmpty())
        return S::Any;
    if (name == QLatin1String("ok"))
        return S::Ok;
    if (name == QLatin1String("problem"))
        return S::Problem;
    if (name == QLatin1String("error"))
        return S::Error;
    return std::nullopt;
}

bool parseFact(const QString& id, const QJsonObject& o, FactRule* fact, QString* error)
{
    const QString where = QStringLiteral("fact '%1'").arg(id);
    if (!datachecks::onlyKeys(o, {"evidence", "noEvidence", "noEvidenceApi"}, where, error))
        return false;
    fact->id = id;
    fact->noEvidence = o.value(QLatin1String("noEvidence")).toString();
    fact->noEvidenceApi = o.value(QLatin1String("noEvidenceApi")).toString();
    if (fact->noEvidence.trimmed().isEmpty()) {
        *error = QStringLiteral("%1 says nothing when no finding answers it").arg(where);
        return false;
    }
    for (const QJsonValue& v : o.value(QLatin1String("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        if (!datachecks::onlyKeys(e, {"id", "severity", "state"}, where, error))
            return false;
        const auto state = stateFromName(e.value(QLatin1String("state")).toString());
        const auto severity = severityFromName(e.value(QLatin1String("severity")).toString());
        const QString findingId = e.value(QLatin1String("id")).toString();
        if (!state || !severity || findingId.isEmpty()) {
            *error = QStringLiteral("%1 has an odd evidence entry").arg(where);
            return false;
        }
        fact->evidence.append({findingId, *severity, *state});
    }
    return true;
}

// A requirement the evidence can never answer (a spam rate): said, but not held against anyone.
bool isCheckable(const Rule& rule, const AcceptanceRules& rules)
{
    for (const QString& f : rule.facts) {
        const FactRule* fact = rules.fact(f);
        if (fact && !fact->evidence.isEmpty())
            return true;
    }
    return false;
}

bool matches(const FactRule::Evidence& e, const Finding& f)
{
    const bool idMatches = e.id.endsWith(QLatin1Char('.')) ? f.id.startsWith(e.id) : f.id == e.id;
    if (!idMatches)
        return false;
    using S = FactRule::Evidence::Severity;
    switch (e.severity) {
    case S::Any:
        return true;
    case S::Ok:
        return f.severity() == Severity::Ok;
    case S::Problem:
        return f.isProblem();
    case S::Error:
        return f.isError();
    }
    return false;
}

struct FactAnswer
{
    RequirementState state = RequirementState::CannotTell;
    QStringList evidence;
};

FactAnswer answerFact(const FactRule& fact, const Findings& findings, const AcceptanceContext& context)
{
    for (const FactRule::Evidence& e : fact.evidence) {
        FactAnswer answer;
        for (const Finding& f : findings) {
            if (!matches(e, f))
                continue;
            const QString line = f.subject.isEmpty() || f.detail.contains(f.subject)
                                     ? f.detail
                                     : QStringLiteral("%1: %2").arg(f.subject, f.detail);
            if (!answer.evidence.contains(line))
                answer.evidence.append(line);
        }
        if (!answer.evidence.isEmpty()) {
            answer.state = e.state;
            return answer;
        }
    }
    const QString why =
        context.sentFromMailerServers && !fact.noEvidenceApi.isEmpty() ? fact.noEvidenceApi : fact.noEvidence;
    return {RequirementState::CannotTell, {Catalog::tr(why)}};
}

RequirementVerdict judgeRule(const Rule& rule, const ProviderRequirement& requirement,
                             const Findings& findings, const AcceptanceContext& context,
                             const AcceptanceRules& rules)
{
    RequirementVerdict v;
    v.id = rule.id;
    v.title = Catalog::tr(rule.title);
    v.source = requirement.source;
    v.written = requirement.written;
    v.checkable = isCheckable(rule, rules);
    QList<FactAnswer> answers;
    for (const QString& id : rule.facts) {
        if (const FactRule* fact = rules.fact(id))
            answers.append(answerFact(*fact, findings, context));
    }
    auto count = [&answers](RequirementState s) {
        return std::count_if(answers.cbegin(), answers.cend(),
                             [s](const FactAnswer& a) { return a.state == s; });
    };
    if (rule.any) {
        v.state = count(RequirementState::Met) > 0          ? RequirementState::Met
                  : count(RequirementState::CannotTell) > 0 ? RequirementState::CannotTell
                                                            : RequirementState::NotMet;
    } else {
        v.state = count(RequirementState::NotMet) > 0       ? RequirementState::NotMet
                  : count(RequirementState::CannotTell) > 0 ? RequirementState::CannotTell
                                                            : RequirementState::Met;
    }
    // The evidence behind the state: for "any one of them" that is met, only what met it.
    for (const FactAnswer& a : std::as_const(answers)) {
        if (rule.any && v.state == RequirementState::Met && a.state != RequirementState::Met)
            continue;
        for (const QString& line : a.evidence) {
            if (!v.evidence.contains(line))
                v.evidence.append(line);
        }
    }
    return v;
}

} // namespace

QString requirementStateName(RequirementState state)
{
    switch (state) {
    case RequirementState::Met:
        return QStringLiteral("met");
    case RequirementState::NotMet:
        return QStringLiteral("notMet");
    case RequirementState::CannotTell:
        break;
    }
    return QStringLiteral("cannotTell");
}

QString requirementStateLabel(RequirementState state)
{
    switch (state) {
    case RequirementState::Met:
        return Verdict::tr("met");
    case RequirementState::NotMet:
        return Verdict::tr("not met");
    case RequirementState::CannotTell:
        break;
    }
    return Verdict::tr("cannot tell");
}

const AcceptanceRules& AcceptanceRules::builtin()
{
    static const AcceptanceRules rules = parseBuiltin<AcceptanceRules>(
        QStringLiteral(":/postino/catalog/acceptance.json"), &AcceptanceRules::fromJson);
    return rules;
}

std::optional<AcceptanceRules> AcceptanceRules::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject top = doc.object();
    if (top.value(QLatin1String("schemaVersion")).toInt() != 1) {
        *error = QStringLiteral("schemaVersion must be 1");
        return std::nullopt;
    }
    AcceptanceRules rules;
    const QJsonObject facts = top.value(QLatin1String("facts")).toObject();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        FactRule fact;
        if (!parseFact(it.key(), it.value().toObject(), &fact, error))
            return std::nullopt;
        rules.m_facts.append(fact);
    }
    const QJsonObject ruleObjects = top.value(QLatin1String("rules")).toObject();
    for (auto it = ruleObjects.begin(); it != ruleObjects.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString where = QStringLiteral("rule '%1'").arg(it.key());
        if (!datachecks::onlyKeys(o, {"title", "all", "any"}, where, error))
            return std::nullopt;
        Rule rule;
        rule.id = it.key();
        rule.title = o.value(QLatin1String("title")).toString();
        rule.any = o.contains(QLatin1String("any"));
        for (const QJsonValue& v : o.value(rule.any ? QLatin1String("any") : QLatin1String("all")).toArray())
            rule.facts.append(v.toString());
        if (rule.title.isEmpty() || rule.facts.isEmpty() ||
            (o.contains(QLatin1String("any")) && o.contains(QLatin1String("all")))) {
            *error = QStringLiteral("%1 needs a title and either 'all' or 'any' facts").arg(where);
            return std::nullopt;
        }
        for (const QString& f : std::as_const(rule.facts)) {
            if (!rules.fact(f)) {
                *error = QStringLiteral("%1 names the unknown fact '%2'").arg(where, f);
                return std::nullopt;
            }
        }
        rules.m_rules.append(rule);
    }
    for (const QJsonValue& pv : top.value(QLatin1String("providers")).toArray()) {
        const QJsonObject o = pv.toObject();
        MailboxProvider p;
        p.id = o.value(QLatin1String("id")).toString();
        p.name = o.value(QLatin1String("name")).toString();
        const QString where = QStringLiteral("provider '%1'").arg(p.id);
        if (!datachecks::onlyKeys(o, {"id", "name", "audiences", "requirements"}, where, error))
            return std::nullopt;
        const QJsonObject audiences = o.value(QLatin1String("audiences")).toObject();
        for (const char* audience : {"all", "bulk"}) {
            const QString label = audiences.value(QLatin1String(audience)).toString();
            if (!label.isEmpty())
                p.audiences.append({QLatin1String(audience), label});
        }
        for (const QJsonValue& rv : o.value(QLatin1String("requirements")).toArray()) {
            const QJsonObject r = rv.toObject();
            if (!datachecks::onlyKeys(r, {"rule", "audience", "source", "written"}, where, error))
                return std::nullopt;
            ProviderRequirement req;
            req.rule = r.value(QLatin1String("rule")).toString();
            req.audience = r.value(QLatin1String("audience")).toString();
            req.source = r.value(QLatin1String("source")).toString();
            req.written = r.value(QLatin1String("written")).toBool(true);
            const bool audienceKnown = audiences.contains(req.audience);
            if (!rules.rule(req.rule) || !audienceKnown || !datachecks::isHttpsSource(req.source)) {
                *error = QStringLiteral("%1 has a requirement with an unknown rule or audience, or no https "
                                        "source ('%2')")
                             .arg(where, req.rule);
                return std::nullopt;
            }
            p.requirements.append(req);
        }
        if (p.id.isEmpty() || p.name.isEmpty() || p.audiences.isEmpty() || p.requirements.isEmpty()) {
            *error = QStringLiteral("%1 needs an id, a name, audiences and requirements").arg(where);
            return std::nullopt;
        }
        rules.m_providers.append(p);
    }
    if (rules.m_providers.isEmpty()) {
        *error = QStringLiteral("no providers");
        return std::nullopt;
    }
    return rules;
}

const FactRule* AcceptanceRules::fact(const QString& id) const
{
    for (const FactRule& f : m_facts) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const Rule* AcceptanceRules::rule(const QString& id) const
{
    for (const Rule& r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

RequirementState AudienceVerdict::overall() const
{
    bool unknown = false;
    for (const RequirementVerdict& r : requirements) {
        if (r.state == RequirementState::NotMet)
            return RequirementState::NotMet;
        unknown = unknown || (r.checkable && r.state == RequirementState::CannotTell);
    }
    return unknown ? RequirementState::CannotTell : RequirementState::Met;
}

AcceptanceVerdict judgeAcceptance(const Findings& evidence, const AcceptanceContext& context,
                                  const AcceptanceRules& rules)
{
    AcceptanceVerdict verdict;
    for (const MailboxProvider& p : rules.providers()) {
        for (const auto& [audience, label] : p.audiences) {
            AudienceVerdict a;
            a.provider = p.id;
            a.providerName = p.name;
            a.audience = audience;
            a.audienceLabel = Catalog::tr(label);
            for (const ProviderRequirement& req : p.requirements) {
                if (req.audience != audience)
                    continue;
                if (const Rule* rule = rules.rule(req.rule))
                    a.requirements.append(judgeRule(*rule, req, evidence, context, rules));
            }
            verdict.audiences.append(a);
        }
    }
    return verdict;
}

namespace {

QStringList titlesIn(const AudienceVerdict& a, RequirementState state, bool checkableOnly)
{
    QStringList titles;
    for (const RequirementVerdict& r : a.requirements) {
        if (r.state == state && (!checkableOnly || r.checkable))
            titles.append(r.title);
    }
    return titles;
}

QString audienceSentence(const AudienceVerdict& a)
{
    const QString separator = Verdict::tr("; ", "between requirement titles");
    // What is not met is named; what cannot be told yet is counted (the table lists it).
    const QStringList notMet = titlesIn(a, RequirementState::NotMet, false);
    const auto unknown = int(titlesIn(a, RequirementState::CannotTell, true).size());
    if (!notMet.isEmpty() && unknown > 0)
        return Verdict::tr("for %1, not met: %2 (and %n more cannot be told yet)", nullptr, unknown)
            .arg(a.audienceLabel, notMet.join(separator));
    if (!notMet.isEmpty())
        return Verdict::tr("for %1, not met: %2").arg(a.audienceLabel, notMet.join(separator));
    if (unknown > 0)
        return Verdict::tr("for %1, %n rule(s) cannot be told yet", nullptr, unknown).arg(a.audienceLabel);
    return Verdict::tr("meets every rule Postino can check for %1").arg(a.audienceLabel);
}

} // namespace

QStringList AcceptanceVerdict::summaryLines() const
{
    QStringList lines;
    QString provider;
    QStringList parts;
    auto flush = [&] {
        if (!provider.isEmpty())
            lines.append(Verdict::tr("%1: %2.").arg(provider, parts.join(Verdict::tr("; "))));
        parts.clear();
    };
    for (const AudienceVerdict& a : audiences) {
        if (a.providerName != provider) {
            flush();
            provider = a.providerName;
        }
        parts.append(audienceSentence(a));
    }
    flush();
    return lines;
}

QJsonArray AcceptanceVerdict::toJson() const
{
    QJsonArray out;
    for (const AudienceVerdict& a : audiences) {
        QJsonArray requirements;
        for (const RequirementVerdict& r : a.requirements) {
            requirements.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("state"), requirementStateName(r.state)},
                            {QStringLiteral("evidence"), QJsonArray::fromStringList(r.evidence)},
                            {QStringLiteral("source"), r.source},
                            {QStringLiteral("written"), r.written},
                            {QStringLiteral("checkable"), r.checkable}});
        }
        out.append(QJsonObject{{QStringLiteral("provider"), a.provider},
                               {QStringLiteral("providerName"), a.providerName},
                               {QStringLiteral("audience"), a.audience},
                               {QStringLiteral("audienceLabel"), a.audienceLabel},
                               {QStringLiteral("state"), requirementStateName(a.overall())},
                               {QStringLiteral("requirements"), requirements}});
    }
    return out;
}

QString AcceptanceVerdict::toText() const
{
    QString out = Verdict::tr("Will the big mailbox providers accept it?") + QLatin1Char('\n');
    for (const QString& line : summaryLines())
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    for (const AudienceVerdict& a : audiences) {
        out += QLatin1Char('\n') + Verdict::tr("%1, %2:").arg(a.providerName, a.audienceLabel) +
               QLatin1Char('\n');
        for (const RequirementVerdict& r : a.requirements) {
            const QString mark = r.state == RequirementState::Met      ? QStringLiteral("[ok]")
                                 : r.state == RequirementState::NotMet ? QStringLiteral("[!!]")
                                                                       : QStringLiteral("[??]");
            out += QStringLiteral("  %1 %2: %3").arg(mark, r.title, requirementStateLabel(r.state));
            if (!r.written)
                out += QLatin1Char(' ') + Verdict::tr("(not a written rule; their filters check it)");
            out += QLatin1Char('\n');
            for (const QString& e : r.evidence)
                out += QStringLiteral("       ") + e + QLatin1Char('\n');
        }
    }
    return out;
}

bool sendsFromMailerServers(const Profile& profile)
{
    const MailerInfo* mailer = profile.mailer();
    return mailer && mailer->kind != MailerKind::Smtp && sendingRelayHost(profile).isEmpty();
}

QString sendingRelayHost(const Profile& profile)
{
    const ResolvedMailer mailer = profile.resolvedMailer();
    if (!mailer.isValid())
        return {};
    if (mailer.info->kind == MailerKind::Smtp)
        return mailer.text(QStringLiteral("host"));
    if (mailer.signIn == ResolvedMailer::SignIn::AppPassword ||
        mailer.signIn == ResolvedMailer::SignIn::OAuthSmtp)
        return mailer.relayHost;
    return {};
}

QList<SendingHost> sendingHostsFor(const Profile& profile, const QString& website)
{
    QList<SendingHost> hosts;
    const QString relay = sendingRelayHost(profile);
    if (!relay.isEmpty())
        hosts.append({relay, QStringLiteral("smtp")});
    bool isAddress = false;
    const QString site = discovery::siteHostOf(website, &isAddress);
    if (!site.isEmpty())
        hosts.append({site, QStringLiteral("site")});
    return hosts;
}

Finding submissionFinding(const Profile& profile)
{
    const ResolvedMailer mailer = profile.resolvedMailer();
    const QString name = mailer.isValid() ? Catalog::tr(mailer.info->name) : profile.mailerId();
    if (mailer.isValid() && mailer.info->kind == MailerKind::Smtp) {
        const SmtpSettings smtp = SmtpSettings::fromProfile(profile, {});
        const QString where = QStringLiteral("%1:%2").arg(smtp.host).arg(smtp.port);
        if (smtp.host.isEmpty()) {
            return {Severity::Info,
                    {.id = QStringLiteral("submission.unknown"),
                     .subject = name,
                     .detail = Verdict::tr("No SMTP server is set yet, so how mail is handed over is not "
                                           "known.")}};
        }
        if (smtp.security == SmtpSecurity::None && !smtp.autoTls) {
            return {Severity::Warning,
                    {.id = QStringLiteral("submission.plain"),
                     .subject = where,
                     .detail = Verdict::tr("Mail goes to %1 without encryption: anyone on the way can read "
                                           "it, and receivers such as Gmail expect TLS.")
                                   .arg(where)},
                    {Verdict::tr("Turn encryption on"),
                     {Verdict::tr("On Configure, choose SSL/TLS (port 465) or STARTTLS (port 587), whichever "
                                  "the Checks page found open.")}}};
        }
        return {
            Severity::Ok,
            {.id = QStringLiteral("submission.tls"),
             .subject = where,
             .detail =
                 smtp.security == SmtpSecurity::None
                     ? Verdict::tr("Mail goes to %1 with STARTTLS whenever the server offers it.").arg(where)
                 : smtp.security == SmtpSecurity::StartTls
                     ? Verdict::tr("Mail goes to %1 encrypted with STARTTLS.").arg(where)
                     : Verdict::tr("Mail goes to %1 encrypted with SSL/TLS.").arg(where)}};
    }
    const QString relay = sendingRelayHost(profile);
    return {Severity::Ok,
            {.id = QStringLiteral("submission.tls"),
             .subject = name,
             .detail = relay.isEmpty()
                           ? Verdict::tr("Mail goes to %1's API over HTTPS, and %1 delivers it on.").arg(name)
                           : Verdict::tr("Mail goes to %1 over TLS.").arg(relay)}};
}

} // namespace postino::acceptance
