#pragma once

#include "api/apirequests.h"
#include "finding.h"
#include "secrets/secretlookup.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace postino {

// One input of an alert channel. Labels and help are English and translated in the "Alerts" context.
struct AlertField
{
    enum class Kind
    {
        Url,       // an https:// address; `hosts` and `pathPrefix` narrow it to the service's own
        EmailList, // up to `maxItems` addresses, separated by commas
        Phone,     // E.164: +, country code, number, at most 15 digits
        Text,      // checked against `pattern` when there is one
    };
    QString key;
    const char* label = nullptr;
    Kind kind = Kind::Text;
    bool secret = false;
    // A secret that Postino 1.x kept in the profile file in plain (a custom webhook's URL, an ntfy
    // topic): found there, it is moved to the SecretStore rather than dropped.
    bool formerlyPlain = false;
    bool required = true;
    const char* placeholder = "";
    const char* help = "";
    QString pattern;      // anchored regular expression, Text only
    QStringList hosts;    // Url: allowed host names; "*.example.com" also allows its sub-domains
    QString pathPrefix;   // Url: the path must start with this
    QString defaultValue; // shown in the form and used when empty
    int maxItems = 1;     // EmailList
    QString wpConstant;   // WP Mail SMTP's wp-config.php constant, if it has one
    QString wpOptionKey;  // the key in WP Mail SMTP's connection object
};

// A kind of channel, as data: what it asks for and where WP Mail SMTP keeps it.
struct AlertChannelInfo
{
    QString type; // email, slack, discord, teams, twilio, webhook, ntfy, pushover
    const char* name = nullptr;
    const char* summary = nullptr;
    QList<AlertField> fields;
    QString wpOptionGroup; // e.g. "alert_slack_webhook"; empty when WP Mail SMTP has no such channel
    const AlertField* field(const QString& key) const;
};

const QList<AlertChannelInfo>& alertChannelTypes();
const AlertChannelInfo* alertChannelInfo(const QString& type);
QString alertText(const char* text); // translates a label, name or help of the table above

// A channel the user set up. Secrets are not here: they live in the SecretStore under
// secretGroup() and the field key (POSTINO_SECRET_ALERT_<ID>_<FIELD> for the CLI).
struct AlertChannel
{
    QString id; // unique in the profile: the type for the first channel of a type, then "slack_2", ...
    QString type;
    QJsonObject settings; // non-secret fields only
    QJsonObject extra;    // keys of the profile file this version does not know, written back as read

    QString secretGroup() const { return QStringLiteral("alert_") + id; }
    QString setting(const QString& key) const; // with the field's default
    QString displayName() const;               // "Slack" or "Slack (slack_2)"
    QJsonObject toJson() const;
    static AlertChannel fromJson(const QJsonObject& json);
};

struct AlertSettings
{
    QList<AlertChannel> channels;
    // Lets alerts reach loopback and private addresses, and http:// on loopback: for a test server on
    // this computer. Link-local and cloud-metadata addresses stay refused.
    bool allowLocalTargets = false;

    QString newChannelId(const QString& type) const;
    const AlertChannel* channel(const QString& id) const;
};

// Findings for the channel's fields; subjects are "alerts.<id>.<field>".
Findings validateAlertChannel(const AlertChannel& channel, const SecretLookup& secret);
QStringList splitAddresses(const QString& text);
bool isE164(const QString& number);

// What a test alert says: a realistic failed email of this site.
struct SampleAlert
{
    QString siteTitle;
    QString siteUrl;
    QString recipient;
    QString subject;
    QString error;
    QString advice;
    QString mailer;
};
SampleAlert sampleAlert(const QString& fromEmail, const QString& recipient, const QString& mailerName);
// How many septets `text` takes in the GSM 03.38 alphabet (extension characters take two),
// or -1 when a character is outside it and the SMS must go as UCS-2 (70 characters a message).
int gsm7Septets(const QString& text);
// The SMS text, always one message: at most 160 GSM-7 septets, or 70 UCS-2 units when the
// site title or subject needs characters outside GSM-7.
QString smsText(const SampleAlert& alert);

// Request shaping, one branch per service; the email channel has none (it goes through the mailer).
std::optional<ApiCall> buildAlertCall(const AlertChannel& channel, const SampleAlert& alert,
                                      const SecretLookup& secret, QString* error);

// What a service's answer meant: ok, or the finding id and the service's own words.
struct AlertOutcome
{
    bool ok = false;
    QString id;     // e.g. "alert.slack.invalid_token"; empty for a generic rejection
    QString said;   // the service's words
    QString detail; // what happened, in plain words (translated)
    QStringList steps;
};
AlertOutcome interpretAlertReply(const QString& type, int status, const HttpHeaders& headers,
                                 const QByteArray& body);

// The URL as a transcript or finding may show it: scheme, host, port and the first `segments` path
// segments (a service's fixed prefix such as Slack's "/services"; none for an address of the user's own).
QString maskedUrl(const QUrl& url, int segments = 1);

// `text` with every secret of the channel in it replaced by "(hidden)": a service may echo the topic or
// the address it was sent to.
QString maskAlertSecrets(QString text, const AlertChannel& channel, const SecretLookup& secret);

} // namespace postino
