#pragma once

#include "acceptance/senderreputation.h"
#include "finding.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {
class Profile;
}

namespace postino::acceptance {

// Whether one of a provider's requirements is met, as far as Postino's evidence shows.
enum class RequirementState
{
    Met,
    NotMet,
    CannotTell, // no evidence, or the check could not run: never counted as met
};

QString requirementStateName(RequirementState state);  // "met", "notMet", "cannotTell" (JSON)
QString requirementStateLabel(RequirementState state); // translated, for tables and text

// One question a finding can answer ("does SPF pass?"): the findings that answer it, in order of
// trust. The first entry that matches any finding decides the state.
struct FactRule
{
    struct Evidence
    {
        QString id; // a finding id; one ending in "." matches every id it begins
        enum class Severity
        {
            Any,
            Ok,
            Problem, // warning or error
            Error,
        } severity = Severity::Any;
        RequirementState state = RequirementState::CannotTell;
    };
    QString id;
    QList<Evidence> evidence;
    QString noEvidence;    // English; said when no finding matched
    QString noEvidenceApi; // English; said instead when the mailer sends from its own servers
};

// A requirement as providers word it, made of facts: all must hold, or any one of them.
struct Rule
{
    QString id;
    QString title; // English; translated with Catalog::tr()
    QStringList facts;
    bool any = false;
};

struct ProviderRequirement
{
    QString rule;
    QString audience;    // "all" or "bulk"
    QString source;      // where the provider says so
    bool written = true; // false: not in the provider's written rules, but checked by its filters
};

struct MailboxProvider
{
    QString id; // "gmail", "yahoo", "outlook"
    QString name;
    QList<QPair<QString, QString>> audiences; // "all"/"bulk" -> English label, in order
    QList<ProviderRequirement> requirements;
};

// The rules table of resources/catalog/acceptance.json.
class AcceptanceRules
{
public:
    static const AcceptanceRules& builtin();
    static std::optional<AcceptanceRules> fromJson(const QByteArray& json, QString* error);

    const QList<MailboxProvider>& providers() const { return m_providers; }
    const FactRule* fact(const QString& id) const;
    const Rule* rule(const QString& id) const;

private:
    QList<FactRule> m_facts;
    QList<Rule> m_rules;
    QList<MailboxProvider> m_providers;
};

struct RequirementVerdict
{
    QString id; // the rule's id
    QString title;
    RequirementState state = RequirementState::CannotTell;
    QStringList evidence; // what the state rests on, in plain words
    QString source;
    bool written = true;
    bool checkable = true; // false: nothing Postino can see answers it (a spam rate)
};

struct AudienceVerdict
{
    QString provider; // id
    QString providerName;
    QString audience; // "all" or "bulk"
    QString audienceLabel;
    QList<RequirementVerdict> requirements;

    // Not met when any requirement is not met; cannot tell when any checkable one cannot be told.
    RequirementState overall() const;
};

struct AcceptanceContext
{
    QString mailerName;
    // The mail leaves from the mailer's own servers (an API or a provider's relay), whose reverse
    // DNS and reputation Postino does not check.
    bool sentFromMailerServers = false;
};

struct AcceptanceVerdict
{
    QList<AudienceVerdict> audiences; // per provider, "all" then "bulk"

    bool isEmpty() const { return audiences.isEmpty(); }
    // One line per provider: "Gmail: meets every rule Postino can check for …; for bulk …".
    QStringList summaryLines() const;
    // [{provider, providerName, audience, audienceLabel, state, requirements: [{id, title, state,
    // evidence, source, written}]}]
    QJsonArray toJson() const;
    QString toText() const;
};

// Puts the evidence together against the rules: a pure function of the findings Postino collected
// (DNS report, sender reputation, domain policies, the test message and its arrival).
AcceptanceVerdict judgeAcceptance(const Findings& evidence, const AcceptanceContext& context,
                                  const AcceptanceRules& rules = AcceptanceRules::builtin());

// How the profile's mail reaches its mailer, as a finding the verdict reads: "submission.tls" (Ok)
// or "submission.plain" (a warning with advice).
Finding submissionFinding(const Profile& profile);
// Whether the profile's mail leaves from servers the mailer runs (an API, a provider's relay).
bool sendsFromMailerServers(const Profile& profile);
// The SMTP server Postino sends through when the profile's mailer sends over SMTP; empty for an API.
QString sendingRelayHost(const Profile& profile);
// The servers whose addresses send the profile's mail: the SMTP relay ("smtp") and, when the user
// gave it, the website's server ("site"; a URL, host name or address).
QList<SendingHost> sendingHostsFor(const Profile& profile, const QString& website);

} // namespace postino::acceptance
