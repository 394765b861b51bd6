#include "alertchannels.h"

#include "api/httpexchange.h"
#include "lookup.h"
#include "profile/validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

AlertField urlField(const char* label, const char* placeholder, const char* help, QStringList hosts,
                    const QString& pathPrefix, const QString& constant, bool secret = true)
{
    AlertField f;
    f.key = QStringLiteral("url");
    f.label = label;
    f.kind = AlertField::Kind::Url;
    f.secret = secret;
    f.placeholder = placeholder;
    f.help = help;
    f.hosts = std::move(hosts);
    f.pathPrefix = pathPrefix;
    f.wpConstant = constant;
    f.wpOptionKey = QStringLiteral("webhook_url");
    return f;
}

AlertField field(const char* key, const char* label, AlertField::Kind kind, const char* placeholder,
                 const char* help, const QString& pattern = {}, bool secret = false, bool required = true)
{
    AlertField f;
    f.key = QLatin1String(key);
    f.label = label;
    f.kind = kind;
    f.placeholder = placeholder;
    f.help = help;
    f.pattern = pattern;
    f.secret = secret;
    f.required = required;
    return f;
}

QList<AlertChannelInfo> makeTypes()
{
    QList<AlertChannelInfo> types;
    {
        AlertChannelInfo c{QStringLiteral("email"),
                           QT_TRANSLATE_NOOP("Alerts", "Email"),
                           QT_TRANSLATE_NOOP("Alerts", "An email to up to three addresses."),
                           {},
                           QStringLiteral("alert_email")};
        AlertField to =
            field("to", QT_TRANSLATE_NOOP("Alerts", "Send to"), AlertField::Kind::EmailList,
                  "you@example.com, ops@example.com",
                  QT_TRANSLATE_NOOP("Alerts", "Up to three addresses, separated by commas. Use an "
                                              "address that does not depend on this website's mail."));
        to.maxItems = 3;
        to.wpConstant = QStringLiteral("WPMS_ALERT_EMAIL_SEND_TO");
        to.wpOptionKey = QStringLiteral("send_to");
        c.fields = {to};
        types << c;
    }
    types << AlertChannelInfo{
        QStringLiteral("slack"),
        QT_TRANSLATE_NOOP("Alerts", "Slack"),
        QT_TRANSLATE_NOOP("Alerts", "A message in a Slack channel, through an incoming webhook."),
        {urlField(QT_TRANSLATE_NOOP("Alerts", "Webhook URL"), "https://hooks.slack.com/services/T…/B…/…",
                  QT_TRANSLATE_NOOP("Alerts",
                                    "In Slack, add the Incoming Webhooks app to the channel and copy "
                                    "its webhook URL."),
                  {QStringLiteral("hooks.slack.com")}, QStringLiteral("/services/"),
                  QStringLiteral("WPMS_ALERT_SLACK_WEBHOOK_URL"))},
        QStringLiteral("alert_slack_webhook")};
    types << AlertChannelInfo{
        QStringLiteral("discord"),
        QT_TRANSLATE_NOOP("Alerts", "Discord"),
        QT_TRANSLATE_NOOP("Alerts", "A message in a Discord channel, through a webhook."),
        {urlField(QT_TRANSLATE_NOOP("Alerts", "Webhook URL"), "https://discord.com/api/webhooks/…/…",
                  QT_TRANSLATE_NOOP("Alerts", "In Discord: channel settings, Integrations, Webhooks, New "
                                              "Webhook, Copy Webhook URL."),
                  {QStringLiteral("discord.com"), QStringLiteral("discordapp.com"),
                   QStringLiteral("ptb.discord.com"), QStringLiteral("canary.discord.com")},
                  QStringLiteral("/api/webhooks/"), QStringLiteral("WPMS_ALERT_DISCORD_WEBHOOK_URL"))},
        QStringLiteral("alert_discord_webhook")};
    types << AlertChannelInfo{
        QStringLiteral("teams"),
        QT_TRANSLATE_NOOP("Alerts", "Microsoft Teams"),
        QT_TRANSLATE_NOOP("Alerts", "A card in a Teams channel, through a Workflows (Power Automate) URL or "
                                    "an incoming webhook."),
        {urlField(QT_TRANSLATE_NOOP("Alerts", "Workflow or webhook URL"),
                  "https://….logic.azure.com/workflows/…",
                  QT_TRANSLATE_NOOP("Alerts", "In Teams, add the workflow \"Post to a channel when a webhook "
                                              "request is received\" and copy its URL."),
                  {QStringLiteral("*.webhook.office.com"), QStringLiteral("*.logic.azure.com"),
                   QStringLiteral("*.api.powerplatform.com")},
                  {}, QStringLiteral("WPMS_ALERT_TEAMS_WEBHOOK_URL"))},
        QStringLiteral("alert_teams_webhook")};
    {
        AlertChannelInfo c{QStringLiteral("twilio"),
                           QT_TRANSLATE_NOOP("Alerts", "Twilio SMS"),
                           QT_TRANSLATE_NOOP("Alerts", "A text message to a phone, sent by Twilio."),
                           {},
                           QStringLiteral("alert_twilio_sms")};
        AlertField sid =
            field("account_sid", QT_TRANSLATE_NOOP("Alerts", "Account SID"), AlertField::Kind::Text, "AC…",
                  QT_TRANSLATE_NOOP("Alerts", "On the front page of your Twilio Console."),
                  QStringLiteral("AC[0-9a-fA-F]{32}"));
        sid.wpConstant = QStringLiteral("WPMS_ALERT_TWILIO_SMS_ACCOUNT_SID");
        sid.wpOptionKey = QStringLiteral("account_sid");
        AlertField token =
            field("auth_token", QT_TRANSLATE_NOOP("Alerts", "Auth token"), AlertField::Kind::Text, "",
                  QT_TRANSLATE_NOOP("Alerts", "Next to the Account SID in the Twilio Console."),
                  QStringLiteral("[0-9a-fA-F]{32}"), true);
        token.wpConstant = QStringLiteral("WPMS_ALERT_TWILIO_SMS_AUTH_TOKEN");
        token.wpOptionKey = QStringLiteral("auth_token");
        AlertField from =
            field("from", QT_TRANSLATE_NOOP("Alerts", "From number"), AlertField::Kind::Phone, "+15017122661",
                  QT_TRANSLATE_NOOP("Alerts", "A Twilio number of your account that can send SMS, "
                                              "in international format."));
        from.wpConstant = QStringLiteral("WPMS_ALERT_TWILIO_SMS_FROM_PHONE_NUMBER");
        from.wpOptionKey = QStringLiteral("from_phone_number");
        AlertField to =
            field("to", QT_TRANSLATE_NOOP("Alerts", "To number"), AlertField::Kind::Phone, "+393401234567",
                  QT_TRANSLATE_NOOP("Alerts", "Your mobile number in international format: +, "
                                              "country code, number."));
        to.wpConstant = QStringLiteral("WPMS_ALERT_TWILIO_SMS_TO_PHONE_NUMBER");
        to.wpOptionKey = QStringLiteral("to_phone_number");
        c.fields = {sid, token, from, to};
        types << c;
    }
    {
        AlertChannelInfo c{
            QStringLiteral("webhook"),
            QT_TRANSLATE_NOOP("Alerts", "Custom webhook"),
            QT_TRANSLATE_NOOP("Alerts",
                              "A JSON POST to an address of your own, for your monitoring or scripts."),
            {urlField(QT_TRANSLATE_NOOP("Alerts", "Webhook URL"), "https://monitor.example.com/hooks/mail",
                      QT_TRANSLATE_NOOP("Alerts", "Postino sends a JSON object describing the failure; any "
                                                  "2xx answer counts as received."),
                      {}, {}, QStringLiteral("WPMS_ALERT_CUSTOM_WEBHOOK_URL"))},
            QStringLiteral("alert_custom_webhook")};
        // Whoever knows the address can post to it (it often carries a token): a secret, which older
        // versions kept in the profile.
        c.fields.first().formerlyPlain = true;
        types << c;
    }
    {
        AlertChannelInfo c{QStringLiteral("ntfy"),
                           QT_TRANSLATE_NOOP("Alerts", "ntfy push"),
                           QT_TRANSLATE_NOOP("Alerts", "A push notification on your phone through ntfy "
                                                       "(ntfy.sh or your own server)."),
                           {},
                           {}};
        AlertField server =
            field("server", QT_TRANSLATE_NOOP("Alerts", "Server"), AlertField::Kind::Url, "https://ntfy.sh",
                  QT_TRANSLATE_NOOP("Alerts", "Leave as it is for ntfy.sh."));
        server.defaultValue = QStringLiteral("https://ntfy.sh");
        server.required = false;
        AlertField topic =
            field("topic", QT_TRANSLATE_NOOP("Alerts", "Topic"), AlertField::Kind::Text, "mysite-mail-alerts",
                  QT_TRANSLATE_NOOP("Alerts", "Subscribe to this topic in the ntfy app. On "
                                              "ntfy.sh anyone who guesses it can read it: pick "
                                              "something hard to guess."),
                  QStringLiteral("[-_A-Za-z0-9]{1,64}"), true);
        topic.formerlyPlain = true; // on ntfy.sh the topic is the only key to read and post: a secret
        AlertField token =
            field("token", QT_TRANSLATE_NOOP("Alerts", "Access token"), AlertField::Kind::Text, "tk_…",
                  QT_TRANSLATE_NOOP("Alerts", "Only for a protected topic."), {}, true, false);
        c.fields = {server, topic, token};
        types << c;
    }
    {
        AlertChannelInfo c{QStringLiteral("pushover"),
                           QT_TRANSLATE_NOOP("Alerts", "Pushover"),
                           QT_TRANSLATE_NOOP("Alerts", "A push notification on your phone through Pushover."),
                           {},
                           {}};
        AlertField user = field("user", QT_TRANSLATE_NOOP("Alerts", "User key"), AlertField::Kind::Text, "",
                                QT_TRANSLATE_NOOP("Alerts", "At the top of your Pushover dashboard."),
                                QStringLiteral("[A-Za-z0-9]{30}"));
        AlertField token =
            field("token", QT_TRANSLATE_NOOP("Alerts", "Application token"), AlertField::Kind::Text, "",
                  QT_TRANSLATE_NOOP("Alerts", "Create an application in Pushover and copy its "
                                              "API token."),
                  QStringLiteral("[A-Za-z0-9]{30}"), true);
        c.fields = {user, token};
        types << c;
    }
    return types;
}

bool hostMatches(const QString& host, const QStringList& allowed)
{
    const QString h = host.toLower();
    for (const QString& a : allowed) {
        if (a.startsWith(QLatin1String("*."))) {
            if (h.endsWith(a.mid(1)) && h.size() > a.size() - 1) {
                return true;
            }
        } else if (h == a) {
            return true;
        }
    }
    return false;
}

Finding fieldProblem(const char* id, const QString& subject, const QString& detail, const QString& step = {})
{
    return Finding{Severity::Error,
                   {.id = QLatin1String(id), .subject = subject, .detail = detail},
                   Advice{Text::tr("Check the alert channel's settings"),
                          {step.isEmpty() ? Text::tr("Fill in the field as the service shows it, then send a "
                                                     "test alert.")
                                          : step}}};
}

} // namespace

const AlertField* AlertChannelInfo::field(const QString& key) const
{
    return findBy(fields, &AlertField::key, key);
}

const QList<AlertChannelInfo>& alertChannelTypes()
{
    static const QList<AlertChannelInfo> types = makeTypes();
    return types;
}

const AlertChannelInfo* alertChannelInfo(const QString& type)
{
    return findBy(alertChannelTypes(), &AlertChannelInfo::type, type);
}

QString alertText(const char* text)
{
    return text && *text ? QCoreApplication::translate("Alerts", text) : QString();
}

QString AlertChannel::setting(const QString& key) const
{
    const QString value = settings.value(key).toString().trimmed();
    if (value.isEmpty()) {
        if (const AlertChannelInfo* info = alertChannelInfo(type)) {
            if (const AlertField* f = info->field(key)) {
                return f->defaultValue;
            }
        }
    }
    return value;
}

QString AlertChannel::displayName() const
{
    const AlertChannelInfo* info = alertChannelInfo(type);
    const QString name = info ? alertText(info->name) : type;
    return id == type ? name : QStringLiteral("%1 (%2)").arg(name, id);
}

QJsonObject AlertChannel::toJson() const
{
    QJsonObject clean = settings;
    if (const AlertChannelInfo* info = alertChannelInfo(type)) {
        for (const AlertField& f : info->fields) {
            if (f.secret) {
                clean.remove(f.key); // defence in depth: a secret never reaches a file
            }
        }
    }
    QJsonObject out = extra;
    out.insert(QStringLiteral("id"), id);
    out.insert(QStringLiteral("type"), type);
    out.insert(QStringLiteral("settings"), clean);
    return out;
}

AlertChannel AlertChannel::fromJson(const QJsonObject& json)
{
    AlertChannel c;
    c.type = json.value(QLatin1String("type")).toString();
    c.id = json.value(QLatin1String("id")).toString(c.type);
    c.settings = json.value(QLatin1String("settings")).toObject();
    c.extra = json;
    for (const char* known : {"id", "type", "settings"}) {
        c.extra.remove(QLatin1String(known));
    }
    return c;
}

QString AlertSettings::newChannelId(const QString& type) const
{
    if (!channel(type)) {
        return type;
    }
    for (int n = 2;; ++n) {
        const QString id = QStringLiteral("%1_%2").arg(type).arg(n);
        if (!channel(id)) {
            return id;
        }
    }
}

const AlertChannel* AlertSettings::channel(const QString& id) const
{
    return findBy(channels, &AlertChannel::id, id);
}

QStringList splitAddresses(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(number).hasMatch();
}

Findings validateAlertChannel(const AlertChannel& channel, const SecretLookup& secret)
{
    Findings out;
    const AlertChannelInfo* info = alertChannelInfo(channel.type);
    if (!info) {
        out.append(
            fieldProblem("alert.unknown_type", QStringLiteral("alerts.") + channel.id,
                         Text::tr("\"%1\" is not a kind of alert Postino knows.").arg(channel.type),
                         Text::tr("Choose one of: email, slack, discord, teams, twilio, webhook, ntfy, "
                                  "pushover.")));
        return out;
    }
    for (const AlertField& f : info->fields) {
        const QString subject = QStringLiteral("alerts.%1.%2").arg(channel.id, f.key);
        const QString label = alertText(f.label);
        const QString value =
            f.secret
                ? QString::fromUtf8(secret ? secret(channel.secretGroup(), f.key) : QByteArray()).trimmed()
                : channel.setting(f.key);
        if (value.isEmpty()) {
            if (f.required) {
                out.append(fieldProblem("alert.required", subject, Text::tr("%1 is required.").arg(label)));
            }
            continue;
        }
        switch (f.kind) {
        case AlertField::Kind::Url: {
            const QUrl url(value, QUrl::StrictMode);
            const bool shapeOk =
                url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
                (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
            const bool serviceOk = (f.hosts.isEmpty() || hostMatches(url.host(), f.hosts)) &&
                                   (f.pathPrefix.isEmpty() || url.path().startsWith(f.pathPrefix)) &&
                                   (f.hosts.isEmpty() || url.scheme() == QLatin1String("https"));
            if (!shapeOk || !serviceOk) {
                // The value may hold a token: the finding never repeats it.
                const QString example = QString::fromUtf8(f.placeholder);
                out.append(fieldProblem("alert.invalid_url", subject,
                                        f.hosts.isEmpty()
                                            ? Text::tr("%1 is not a web address (https://…).").arg(label)
                                            : Text::tr("%1 is not a %2 address: it should look like %3.")
                                                  .arg(label, alertText(info->name), example),
                                        alertText(f.help)));
            }
            break;
        }
        case AlertField::Kind::EmailList: {
            const QStringList addresses = splitAddresses(value);
            if (addresses.size() > f.maxItems) {
                out.append(fieldProblem("alert.too_many_addresses", subject,
                                        Text::tr("At most %1 addresses can receive alerts; %2 were given.")
                                            .arg(f.maxItems)
                                            .arg(addresses.size())));
            }
            for (const QString& a : addresses) {
                if (!isValidEmailAddress(a)) {
                    out.append(fieldProblem("alert.invalid_email", subject,
                                            Text::tr("\"%1\" is not a valid email address.").arg(a)));
                }
            }
            break;
        }
        case AlertField::Kind::Phone:
            if (!isE164(value)) {
                out.append(
                    fieldProblem("alert.invalid_phone", subject,
                                 Text::tr("%1 \"%2\" is not in international format.").arg(label, value),
                                 Text::tr("Write it as + and the country code, then the number without "
                                          "spaces or a leading 0, e.g. +393401234567.")));
            }
            break;
        case AlertField::Kind::Text:
            if (!f.pattern.isEmpty() &&
                !QRegularExpression(QRegularExpression::anchoredPattern(f.pattern)).match(value).hasMatch()) {
                out.append(fieldProblem(
                    "alert.invalid_value", subject,
                    f.secret ? Text::tr("%1 does not have the expected form.").arg(label)
                             : Text::tr("%1 \"%2\" does not have the expected form.").arg(label, value),
                    alertText(f.help)));
            }
            break;
        }
    }
    return out;
}

SampleAlert sampleAlert(const QString& fromEmail, const QString& recipient, const QString& mailerName)
{
    SampleAlert a;
    QString domain = domainOfAddress(fromEmail.trimmed());
    if (domain.isEmpty()) {
        domain = QStringLiteral("example.com");
    }
    a.siteTitle = domain;
    a.siteUrl = QStringLiteral("https://") + domain;
    a.recipient =
        recipient.trimmed().isEmpty() ? QStringLiteral("customer@example.com") : recipient.trimmed();
    a.subject = Text::tr("Your order #1042 is confirmed");
    a.error = QStringLiteral("SMTP Error: Could not connect to SMTP host. SMTP connect() failed.");
    a.advice =
        Text::tr("The web server cannot reach the mail server: the host probably blocks mail ports. Use "
                 "an email API mailer (HTTPS, port 443) or ask the host which port is open.");
    a.mailer = mailerName;
    return a;
}

int gsm7Septets(const QString& text)
{
    // GSM 03.38: the basic table, then the extension table (escape + character, two septets).
    static const QString basic =
        QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                       "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    static const QString extension = QStringLiteral("\f^{}\\[~]|€");
    int septets = 0;
    for (const QChar c : text) {
        if (basic.contains(c))
            septets += 1;
        else if (extension.contains(c))
            septets += 2;
        else
            return -1;
    }
    return septets;
}

QString smsText(const SampleAlert& alert)
{
    // The site title is cut to 15 characters, as WP Mail SMTP does; the whole text stays within
    // one SMS. One character outside GSM-7 (an emoji, a Greek or Cyrillic title, "…") turns the
    // whole message into UCS-2, where one SMS holds 70 characters instead of 160.
    const QString site = alert.siteTitle.left(15);
    const QString text = Text::tr("[%1] TEST alert from Postino: an email failed to send. Subject: %2")
                             .arg(site, alert.subject);
    const int septets = gsm7Septets(text);
    if (septets >= 0) {
        if (septets <= 160)
            return text;
        QString cut;
        int used = 0;
        for (const QChar c : text) {
            const int width = gsm7Septets(QString(c));
            if (used + width > 157)
                break;
            cut += c;
            used += width;
        }
        return cut + QStringLiteral("..."); // "…" is not GSM-7: it alone would make it UCS-2
    }
    if (text.size() <= 70)
        return text;
    QString cut = text.left(69);
    if (cut.back().isHighSurrogate()) // never split a character in two
        cut.chop(1);
    return cut + QChar(u'…');
}

QString maskedUrl(const QUrl& url, int segments)
{
    QString shown = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() > 0) {
        shown += QLatin1Char(':') + QString::number(url.port());
    }
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype kept = std::min<qsizetype>(std::max(segments, 0), parts.size());
    for (qsizetype i = 0; i < kept; ++i) {
        shown += QLatin1Char('/') + parts.at(i);
    }
    if (parts.size() > kept || url.hasQuery()) {
        shown += QStringLiteral("/…");
    }
    return shown;
}

QString maskAlertSecrets(QString text, const AlertChannel& channel, const SecretLookup& secret)
{
    const AlertChannelInfo* info = alertChannelInfo(channel.type);
    if (!info || !secret) {
        return text;
    }
    const QString hidden = Text::tr("(hidden)");
    for (const AlertField& f : info->fields) {
        if (!f.secret) {
            continue;
        }
        const QString value = QString::fromUtf8(secret(channel.secretGroup(), f.key)).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        QStringList forms{value};
        if (f.kind == AlertField::Kind::Url) {
            // The address may come back whole, or only its path and query, encoded or not.
            const QUrl url(value);
            for (const QString& part :
                 {url.path(QUrl::FullyEncoded), url.path(QUrl::FullyDecoded), url.query(QUrl::FullyEncoded),
                  url.query(QUrl::FullyDecoded), url.toString(QUrl::FullyEncoded)}) {
                if (part.size() > 3) { // "/" or "/a" alone would hide half the transcript
                    forms << part;
                }
            }
        }
        // Longest first, so a whole URL is hidden before its path is.
        std::sort(forms.begin(), forms.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& form : std::as_const(forms)) {
            if (f.kind == AlertField::Kind::Url) {
                text.replace(form, hidden);
            } else {
                // A short word-like secret (a topic) is hidden where it stands as a whole word, so the
                // rest of the text stays readable.
                const QRegularExpression whole(QStringLiteral("(?<![-_A-Za-z0-9])%1(?![-_A-Za-z0-9])")
                                                   .arg(QRegularExpression::escape(form)));
                text.replace(whole, hidden);
            }
        }
    }
    return text;
}

std::optional<ApiCall> buildAlertCall(const AlertChannel& channel, const SampleAlert& a,
                                      const SecretLookup& secret, QString* error)
{
    const auto secretOf = [&](const char* key) {
        return secret ? secret(channel.secretGroup(), QLatin1String(key)).trimmed() : QByteArray();
    };
    const QString heading = Text::tr("Test alert: an email from %1 failed to send").arg(a.siteTitle);
    const QString note = Text::tr("This is a test alert sent by Postino; no email actually failed.");
    const HttpHeaders jsonHeaders{{"Content-Type", "application/json"}};
    ApiCall call;
    call.method = "POST";
    const QString type = channel.type;
    if (type == QLatin1String("slack")) {
        call.url = QUrl(QString::fromUtf8(secretOf("url")));
        call.headers = jsonHeaders;
        const auto field = [](const QString& name, const QString& value) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                               {QStringLiteral("text"), QStringLiteral("*%1*\n%2").arg(name, value)}};
        };
        const QJsonArray blocks{
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("header")},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                     {QStringLiteral("text"), heading.left(150)}}}},
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("section")},
                {QStringLiteral("fields"),
                 QJsonArray{field(Text::tr("Website"), QStringLiteral("<%1|%2>").arg(a.siteUrl, a.siteTitle)),
                            field(Text::tr("Recipient"), a.recipient), field(Text::tr("Subject"), a.subject),
                            field(Text::tr("Mailer"), a.mailer)}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                     {QStringLiteral("text"),
                                      QStringLiteral("*%1*\n```%2```").arg(Text::tr("Error"), a.error)}}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                     {QStringLiteral("text"),
                                      QStringLiteral("*%1*\n%2").arg(Text::tr("What to do"), a.advice)}}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                        {QStringLiteral("elements"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                {QStringLiteral("text"), note}}}}},
        };
        // "text" is the fallback shown in notifications.
        call.body =
            QJsonDocument(QJsonObject{{QStringLiteral("text"), heading}, {QStringLiteral("blocks"), blocks}})
                .toJson(QJsonDocument::Compact);
    } else if (type == QLatin1String("discord")) {
        call.url = QUrl(QString::fromUtf8(secretOf("url")));
        call.headers = jsonHeaders;
        const auto field = [](const QString& name, const QString& value, bool inlined) {
            return QJsonObject{{QStringLiteral("name"), name.left(256)},
                               {QStringLiteral("value"), value.left(1024)},
                               {QStringLiteral("inline"), inlined}};
        };
        const QJsonObject embed{
            {QStringLiteral("title"), heading.left(256)},
            {QStringLiteral("url"), a.siteUrl},
            {QStringLiteral("color"), 0xC01C28},
            {QStringLiteral("fields"),
             QJsonArray{field(Text::tr("Website"), a.siteUrl, true),
                        field(Text::tr("Recipient"), a.recipient, true),
                        field(Text::tr("Subject"), a.subject, false),
                        field(Text::tr("Error"), QStringLiteral("```%1```").arg(a.error), false),
                        field(Text::tr("What to do"), a.advice, false)}},
            {QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), note}}},
        };
        call.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("Postino")},
                                              {QStringLiteral("embeds"), QJsonArray{embed}}})
                        .toJson(QJsonDocument::Compact);
    } else if (type == QLatin1String("teams")) {
        call.url = QUrl(QString::fromUtf8(secretOf("url")));
        call.headers = jsonHeaders;
        const auto fact = [](const QString& title, const QString& value) {
            return QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("value"), value}};
        };
        const QJsonArray body{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                        {QStringLiteral("text"), heading},
                        {QStringLiteral("size"), QStringLiteral("Large")},
                        {QStringLiteral("weight"), QStringLiteral("Bolder")},
                        {QStringLiteral("color"), QStringLiteral("Attention")},
                        {QStringLiteral("wrap"), true}},
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("FactSet")},
                {QStringLiteral("facts"),
                 QJsonArray{fact(Text::tr("Website"), a.siteUrl), fact(Text::tr("Recipient"), a.recipient),
                            fact(Text::tr("Subject"), a.subject), fact(Text::tr("Error"), a.error)}}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                        {QStringLiteral("text"), a.advice},
                        {QStringLiteral("wrap"), true}},
            QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                        {QStringLiteral("text"), note},
                        {QStringLiteral("isSubtle"), true},
                        {QStringLiteral("wrap"), true}},
        };
        const QJsonObject card{
            {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
            {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
            {QStringLiteral("version"), QStringLiteral("1.2")},
            {QStringLiteral("body"), body}};
        const QJsonObject attachment{
            {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
            {QStringLiteral("contentUrl"), QJsonValue::Null},
            {QStringLiteral("content"), card}};
        call.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                              {QStringLiteral("attachments"), QJsonArray{attachment}}})
                        .toJson(QJsonDocument::Compact);
    } else if (type == QLatin1String("twilio")) {
        const QString sid = channel.setting(QStringLiteral("account_sid"));
        call.url =
            QUrl(QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/%1/Messages.json").arg(sid));
        call.headers = {
            {"Authorization", "Basic " + QByteArray(sid.toUtf8() + ':' + secretOf("auth_token")).toBase64()},
            {"Content-Type", "application/x-www-form-urlencoded"},
            {"Accept", "application/json"}};
        QUrlQuery form;
        const auto put = [&form](const char* key, const QString& value) {
            form.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        put("To", channel.setting(QStringLiteral("to")));
        put("From", channel.setting(QStringLiteral("from")));
        put("Body", smsText(a));
        call.body = form.query(QUrl::FullyEncoded).toLatin1();
    } else if (type == QLatin1String("webhook")) {
        call.url = QUrl(QString::fromUtf8(secretOf("url")));
        call.headers = jsonHeaders;
        const QJsonObject email{{QStringLiteral("to_email_addresses"), a.recipient},
                                {QStringLiteral("subject"), a.subject},
                                {QStringLiteral("error_message"), a.error},
                                {QStringLiteral("mailer"), a.mailer}};
        call.body = QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("failed_email")},
                                              {QStringLiteral("test"), true},
                                              {QStringLiteral("site_title"), a.siteTitle},
                                              {QStringLiteral("site_url"), a.siteUrl},
                                              {QStringLiteral("general_message"), heading},
                                              {QStringLiteral("advice"), a.advice},
                                              {QStringLiteral("email_data"), email}})
                        .toJson(QJsonDocument::Compact);
    } else if (type == QLatin1String("ntfy")) {
        // JSON publishing: a POST to the server's root naming the topic keeps UTF-8 titles intact.
        QUrl server(channel.setting(QStringLiteral("server")));
        server.setPath(QStringLiteral("/"));
        server.setQuery(QString());
        call.url = server;
        call.headers = jsonHeaders;
        const QByteArray token = secretOf("token");
        if (!token.isEmpty()) {
            call.headers.append({"Authorization", "Bearer " + token});
        }
        const QString message = Text::tr("To: %1\nSubject: %2\nError: %3\n\n%4\n\n%5")
                                    .arg(a.recipient, a.subject, a.error, a.advice, note);
        call.body = QJsonDocument(QJsonObject{{QStringLiteral("topic"), QString::fromUtf8(secretOf("topic"))},
                                              {QStringLiteral("title"), heading},
                                              {QStringLiteral("message"), message},
                                              {QStringLiteral("priority"), 4},
                                              {QStringLiteral("tags"), QJsonArray{QStringLiteral("warning")}},
                                              {QStringLiteral("click"), a.siteUrl}})
                        .toJson(QJsonDocument::Compact);
    } else if (type == QLatin1String("pushover")) {
        call.url = QUrl(QStringLiteral("https://api.pushover.net/1/messages.json"));
        call.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        QUrlQuery form;
        const auto put = [&form](const char* key, const QString& value) {
            form.addQueryItem(QLatin1String(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        put("token", QString::fromUtf8(secretOf("token")));
        put("user", channel.setting(QStringLiteral("user")));
        put("title", heading.left(250));
        put("message", Text::tr("To: %1\nSubject: %2\nError: %3\n\n%4")
                           .arg(a.recipient, a.subject, a.error, a.advice)
                           .left(1024));
        put("url", a.siteUrl);
        put("priority", QStringLiteral("1"));
        call.body = form.query(QUrl::FullyEncoded).toLatin1();
    } else {
        *error = Text::tr("Alerts of this kind are not sent over HTTP.");
        return std::nullopt;
    }
    return call;
}

AlertOutcome interpretAlertReply(const QString& type, int status, const HttpHeaders&, const QByteArray& body)
{
    AlertOutcome o;
    const QString text = QString::fromUtf8(body.left(2000)).trimmed();
    const auto fail = [&o](const char* id, const QString& detail, QStringList steps) {
        o.id = QLatin1String(id);
        o.detail = detail;
        o.steps = std::move(steps);
        return o;
    };
    if (type == QLatin1String("slack")) {
        o.said = text.left(200);
        if (status == 200 && text == QLatin1String("ok")) {
            o.ok = true;
            return o;
        }
        if (text == QLatin1String("invalid_token") || text == QLatin1String("no_team")) {
            return fail(
                "alert.slack.invalid_token",
                Text::tr("Slack no longer accepts this webhook URL (%1): its app was removed or the URL "
                         "was revoked.")
                    .arg(text),
                {Text::tr("In Slack, open the Incoming Webhooks app of the channel, make a new webhook "
                          "URL and enter it here.")});
        }
        if (text == QLatin1String("no_service") || text == QLatin1String("no_service_id")) {
            return fail("alert.slack.no_service",
                        Text::tr("Slack does not know this webhook (%1): it was disabled, or the URL is "
                                 "incomplete.")
                            .arg(text),
                        {Text::tr("Copy the whole webhook URL again from Slack, or make a new one.")});
        }
        if (text == QLatin1String("channel_not_found") || text == QLatin1String("channel_is_archived")) {
            return fail("alert.slack.channel_not_found",
                        Text::tr("The Slack channel of this webhook is gone or archived (%1).").arg(text),
                        {Text::tr("Make a webhook for a channel that exists, or unarchive the channel.")});
        }
        if (text == QLatin1String("action_prohibited") ||
            text == QLatin1String("posting_to_general_channel_denied")) {
            return fail("alert.slack.action_prohibited",
                        Text::tr("The Slack workspace does not let this webhook post (%1).").arg(text),
                        {Text::tr("Ask a workspace admin to allow the app to post in the channel, or pick "
                                  "another channel.")});
        }
        if (status == 400) {
            return fail("alert.slack.invalid_payload",
                        Text::tr("Slack refused the message (%1).").arg(text.left(200)),
                        {Text::tr("Please report this to Postino's developers with the transcript.")});
        }
    } else if (type == QLatin1String("discord")) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const int code = json.value(QLatin1String("code")).toInt();
        o.said = json.value(QLatin1String("message")).toString(text.left(200));
        if (status == 200 || status == 204) {
            o.ok = true;
            return o;
        }
        if (code == 50027 || status == 401) {
            return fail(
                "alert.discord.invalid_token",
                Text::tr("Discord says the webhook's token is wrong (%1).").arg(o.said),
                {Text::tr("Copy the whole webhook URL again from the channel's Integrations settings.")});
        }
        if (code == 10015 || status == 404) {
            return fail("alert.discord.unknown_webhook",
                        Text::tr("Discord does not know this webhook (%1): it was deleted.").arg(o.said),
                        {Text::tr("Create a new webhook in the channel's Integrations settings and enter its "
                                  "URL here.")});
        }
        if (status == 400) {
            return fail("alert.discord.invalid_payload",
                        Text::tr("Discord refused the message: %1").arg(text.left(200)),
                        {Text::tr("Please report this to Postino's developers with the transcript.")});
        }
    } else if (type == QLatin1String("teams")) {
        const QJsonObject error =
            QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        o.said = error.isEmpty() ? text.left(200)
                                 : error.value(QLatin1String("code")).toString() + QStringLiteral(": ") +
                                       error.value(QLatin1String("message")).toString().left(200);
        // Workflows answer 202 Accepted; the older connectors 200 with the body "1".
        if (status == 202 || (status == 200 && (text.isEmpty() || text == QLatin1String("1")))) {
            o.ok = true;
            return o;
        }
        if (status == 401 || status == 403) {
            return fail(
                "alert.teams.unauthorized",
                Text::tr("Teams refused the URL (%1): its signature is wrong or the workflow needs a "
                         "sign-in.")
                    .arg(o.said),
                {Text::tr("Copy the URL again from the workflow's trigger \"When a Teams webhook request "
                          "is received\"; anyone with the link must be allowed to trigger it.")});
        }
        if (status == 404 || status == 410) {
            return fail(
                "alert.teams.not_found",
                Text::tr("Teams does not know this URL any more (%1): the workflow or connector was "
                         "deleted or retired.")
                    .arg(o.said),
                {Text::tr("Microsoft retires the old Office 365 connectors: create a workflow from the "
                          "template \"Post to a channel when a webhook request is received\" and use "
                          "its URL.")});
        }
        if (status == 400 || status == 200) {
            return fail(
                "alert.teams.invalid_payload", Text::tr("Teams refused the card: %1").arg(o.said),
                {Text::tr("Check that the workflow posts an Adaptive Card from the webhook request.")});
        }
    } else if (type == QLatin1String("twilio")) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const int code = json.value(QLatin1String("code")).toInt();
        o.said = json.value(QLatin1String("message")).toString(text.left(200));
        if (code != 0) {
            o.said = QStringLiteral("%1: %2").arg(code).arg(o.said);
        }
        if (status == 201 || status == 200) {
            o.ok = true;
            return o;
        }
        if (code == 20003 || status == 401) {
            return fail(
                "alert.twilio.auth_failed",
                Text::tr("Twilio did not accept the Account SID and auth token (%1).").arg(o.said),
                {Text::tr("Copy both again from the Twilio Console; a test-credentials SID cannot send "
                          "real messages.")});
        }
        if (code == 21211 || code == 21614) {
            return fail("alert.twilio.invalid_to",
                        Text::tr("Twilio says the To number cannot receive SMS (%1).").arg(o.said),
                        {Text::tr("Check the number: + and the country code, then the mobile number.")});
        }
        if (code == 21212 || code == 21606 || code == 21659 || code == 21660) {
            return fail("alert.twilio.invalid_from",
                        Text::tr("Twilio cannot send from the From number (%1).").arg(o.said),
                        {Text::tr("Use a number bought in this Twilio account that is able to send SMS.")});
        }
        if (code == 21608) {
            return fail("alert.twilio.unverified_to",
                        Text::tr("A Twilio trial account can only text verified numbers (%1).").arg(o.said),
                        {Text::tr("Verify the To number in the Twilio Console, or upgrade the account.")});
        }
        if (code == 21408) {
            return fail(
                "alert.twilio.region_blocked",
                Text::tr("SMS to this country are not enabled in the Twilio account (%1).").arg(o.said),
                {Text::tr("In the Twilio Console, allow the country under Messaging, Geo permissions.")});
        }
    } else if (type == QLatin1String("ntfy")) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        o.said = json.value(QLatin1String("error")).toString(text.left(200));
        if (status == 200) {
            o.ok = true;
            return o;
        }
        if (status == 401 || status == 403) {
            return fail(
                "alert.ntfy.forbidden",
                Text::tr("The ntfy server does not let Postino publish to this topic (%1).").arg(o.said),
                {Text::tr("Enter an access token allowed to write to the topic, or pick a topic that is "
                          "open for publishing.")});
        }
    } else if (type == QLatin1String("pushover")) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QStringList errors;
        for (const QJsonValue& e : json.value(QLatin1String("errors")).toArray()) {
            errors << e.toString();
        }
        o.said = errors.isEmpty() ? text.left(200) : errors.join(QStringLiteral("; "));
        if (status == 200 && json.value(QLatin1String("status")).toInt() == 1) {
            o.ok = true;
            return o;
        }
        if (json.value(QLatin1String("token")).toString() == QLatin1String("invalid")) {
            return fail("alert.pushover.invalid_token",
                        Text::tr("Pushover did not accept the application token (%1).").arg(o.said),
                        {Text::tr("Copy the API token of your Pushover application again.")});
        }
        if (json.value(QLatin1String("user")).toString() == QLatin1String("invalid")) {
            return fail("alert.pushover.invalid_user",
                        Text::tr("Pushover did not accept the user key (%1).").arg(o.said),
                        {Text::tr("Copy the user key from the top of your Pushover dashboard again.")});
        }
    } else if (type == QLatin1String("webhook")) {
        o.said = readableBody(body);
        if (status >= 200 && status < 300) {
            o.ok = true;
            return o;
        }
    }
    if (o.said.isEmpty()) {
        o.said = text.left(200);
    }
    return o;
}

} // namespace postino
