#include "profile.h"

#include "catalog/catalog.h"
#include "profile/validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace postino {

namespace {

const QLatin1String kFormat("postino-profile");
constexpr int kVersion = 1;

Finding fieldFinding(const QString& id, const QString& subject, const QString& detail, const QString& title,
                     const QString& step)
{
    return Finding{id, Severity::Error, subject, detail, Advice{title, {step}}};
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

QJsonObject withoutKeys(QJsonObject o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        o.remove(QLatin1String(k));
    }
    return o;
}

} // namespace

QJsonObject Profile::mailerSettings(const QString& mailerId) const
{
    return m_mailerSettings.value(mailerId);
}

void Profile::setMailerSettings(const QString& mailerId, const QJsonObject& settings)
{
    m_mailerSettings.insert(mailerId, settings);
}

QJsonValue Profile::setting(const QString& key) const
{
    const QJsonObject settings = currentSettings();
    if (settings.contains(key)) {
        return settings.value(key);
    }
    if (const MailerInfo* m = mailer()) {
        if (const FieldSpec* f = m->field(key)) {
            return f->defaultValue;
        }
    }
    return QJsonValue::Undefined;
}

void Profile::setSetting(const QString& key, const QJsonValue& value)
{
    QJsonObject settings = currentSettings();
    settings.insert(key, value);
    m_mailerSettings.insert(m_mailerId, settings);
}

const MailerInfo* Profile::mailer() const
{
    return Catalog::builtin().mailer(m_mailerId);
}

QString Profile::secretKey(const QString& mailerId, const QString& fieldKey)
{
    return mailerId + QLatin1Char('.') + fieldKey;
}

Findings Profile::validateMailer() const
{
    Findings out;
    const MailerInfo* m = mailer();
    if (!m) {
        out.append(fieldFinding(QStringLiteral("profile.unknown_mailer"), QStringLiteral("mailer"),
                                Text::tr("The mailer \"%1\" is not one Postino knows.").arg(m_mailerId),
                                Text::tr("Choose a mailer"), Text::tr("Choose a mailer from the list.")));
        return out;
    }
    const QJsonObject settings = m->withDefaults(currentSettings());
    for (const FieldSpec& f : m->fields) {
        if (f.secret || !f.isVisible(settings)) {
            continue; // secrets are checked against the SecretStore by the caller
        }
        const QString path = m_mailerId + QLatin1Char('.') + f.key;
        const QJsonValue v = settings.value(f.key);
        const QString label = Catalog::tr(f.label);
        const QString text = v.isDouble() ? QString::number(v.toInt()) : v.toString().trimmed();
        if (f.type == FieldSpec::Type::Bool) {
            continue;
        }
        if (text.isEmpty()) {
            if (f.isRequired(settings)) {
                out.append(fieldFinding(QStringLiteral("profile.required"), path,
                                        Text::tr("%1 is required.").arg(label),
                                        Text::tr("Fill in %1").arg(label),
                                        Text::tr("Copy it from your mailer's account page or its setup "
                                                 "instructions.")));
            }
            continue;
        }
        switch (f.type) {
        case FieldSpec::Type::Port: {
            bool ok = false;
            const int port = v.isDouble() ? v.toInt() : text.toInt(&ok);
            if ((!v.isDouble() && !ok) || port < 1 || port > 65535) {
                out.append(fieldFinding(QStringLiteral("profile.invalid_port"), path,
                                        Text::tr("%1 must be a number from 1 to 65535.").arg(label),
                                        Text::tr("Correct the port"),
                                        Text::tr("Common mail ports are 587, 465, 25 and 2525.")));
            }
            break;
        }
        case FieldSpec::Type::Host:
            if (!isValidHostName(text)) {
                out.append(fieldFinding(
                    QStringLiteral("profile.invalid_host"), path,
                    Text::tr("\"%1\" is not a valid server name.").arg(text),
                    Text::tr("Correct the server name"),
                    Text::tr("Enter a name such as smtp.example.com, without http:// or a port.")));
            }
            break;
        case FieldSpec::Type::Email:
            if (!isValidEmailAddress(text)) {
                out.append(
                    fieldFinding(QStringLiteral("profile.invalid_email"), path,
                                 Text::tr("\"%1\" is not a valid email address.").arg(text),
                                 Text::tr("Correct the address"),
                                 Text::tr("Check for typos: an address looks like name@example.com.")));
            }
            break;
        case FieldSpec::Type::Choice:
            if (!f.choice(text)) {
                out.append(fieldFinding(QStringLiteral("profile.invalid_choice"), path,
                                        Text::tr("\"%1\" is not a valid value for %2.").arg(text, label),
                                        Text::tr("Choose a value from the list"),
                                        Text::tr("Pick one of the values %1 offers.").arg(label)));
            }
            break;
        default:
            break;
        }
        if (!f.pattern.isEmpty() && f.type != FieldSpec::Type::Choice) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(f.pattern));
            if (re.isValid() && !re.match(text).hasMatch()) {
                out.append(
                    fieldFinding(QStringLiteral("profile.invalid_format"), path,
                                 Text::tr("\"%1\" does not look like a valid %2.").arg(text, label),
                                 Text::tr("Correct %1").arg(label),
                                 Text::tr("Copy it again from your mailer's account page, without spaces "
                                          "before or after.")));
            }
        }
    }
    return out;
}

Findings Profile::validateSender() const
{
    Findings out;
    const MailerInfo* m = mailer();
    const bool wantsEmail = !m || m->sender.fromEmail;
    const QString email = m_sender.fromEmail.trimmed();
    if (wantsEmail && email.isEmpty()) {
        out.append(fieldFinding(
            QStringLiteral("profile.required"), QStringLiteral("sender.fromEmail"),
            Text::tr("The From email address is required."), Text::tr("Fill in the From address"),
            Text::tr("Use an address on your website's domain, such as hello@example.com.")));
    } else if (wantsEmail && !isValidEmailAddress(email)) {
        out.append(fieldFinding(QStringLiteral("profile.invalid_email"), QStringLiteral("sender.fromEmail"),
                                Text::tr("\"%1\" is not a valid email address.").arg(email),
                                Text::tr("Correct the From address"),
                                Text::tr("Check for typos: an address looks like name@example.com.")));
    }
    if (m_sender.fromName.contains(QLatin1Char('\n')) || m_sender.fromName.contains(QLatin1Char('\r'))) {
        out.append(fieldFinding(QStringLiteral("profile.invalid_name"), QStringLiteral("sender.fromName"),
                                Text::tr("The From name cannot contain line breaks."),
                                Text::tr("Correct the From name"),
                                Text::tr("Write the name on one line, as recipients should see it.")));
    }
    return out;
}

Findings Profile::validate() const
{
    return validateMailer() + validateSender();
}

QJsonObject Profile::toJson() const
{
    QJsonObject top = m_extraTop;
    top.insert(QStringLiteral("format"), kFormat);
    top.insert(QStringLiteral("version"), kVersion);
    top.insert(QStringLiteral("mailer"), m_mailerId);

    QJsonObject mailers;
    for (auto it = m_mailerSettings.cbegin(); it != m_mailerSettings.cend(); ++it) {
        QJsonObject settings = it.value();
        // Defence in depth: a secret must never reach the profile file.
        if (const MailerInfo* m = Catalog::builtin().mailer(it.key())) {
            for (const FieldSpec& f : m->fields) {
                if (f.secret) {
                    settings.remove(f.key);
                }
            }
        }
        mailers.insert(it.key(), settings);
    }
    top.insert(QStringLiteral("mailers"), mailers);

    QJsonObject sender = m_extraSender;
    sender.insert(QStringLiteral("fromEmail"), m_sender.fromEmail);
    sender.insert(QStringLiteral("fromName"), m_sender.fromName);
    sender.insert(QStringLiteral("forceFromEmail"), m_sender.forceFromEmail);
    sender.insert(QStringLiteral("forceFromName"), m_sender.forceFromName);
    sender.insert(QStringLiteral("returnPath"), m_sender.returnPath);
    top.insert(QStringLiteral("sender"), sender);

    QJsonObject features = m_extraFeatures;
    features.insert(QStringLiteral("emailLogs"), m_features.emailLogs);
    features.insert(QStringLiteral("errorTracking"), m_features.errorTracking);
    features.insert(QStringLiteral("weeklySummary"), m_features.weeklySummary);
    features.insert(QStringLiteral("alerts"), m_features.alerts);
    top.insert(QStringLiteral("features"), features);

    if (!m_testRecipient.isEmpty()) {
        top.insert(QStringLiteral("testRecipient"), m_testRecipient);
    }
    if (!m_alerts.channels.isEmpty() || m_alerts.allowLocalTargets) {
        QJsonArray channels;
        for (const AlertChannel& c : m_alerts.channels) {
            channels.append(c.toJson());
        }
        top.insert(QStringLiteral("alerts"),
                   QJsonObject{{QStringLiteral("allowLocalTargets"), m_alerts.allowLocalTargets},
                               {QStringLiteral("channels"), channels}});
    }
    return top;
}

namespace {

Advice secretInFileAdvice()
{
    return Advice{Text::tr("Enter the secret in Postino and delete it from the file"),
                  {Text::tr("Type it into its field in the wizard, or give it to postino-cli through the "
                            "environment or --secrets-file."),
                   Text::tr("Remove it from the profile file and from any copies of it.")}};
}

} // namespace

Profile Profile::fromJson(const QJsonObject& json, Findings* problems)
{
    Profile p;
    auto problem = [problems](const QString& id, const QString& detail, const Advice& advice) {
        if (problems) {
            problems->append(Finding{id, Severity::Warning, QStringLiteral("profile"), detail, advice});
        }
    };
    if (json.value(QLatin1String("version")).toInt(kVersion) > kVersion) {
        problem(QStringLiteral("profile.newer_version"),
                Text::tr("This profile was written by a newer Postino; settings it does not know are kept as "
                         "they are."),
                Advice{Text::tr("Update Postino"),
                       {Text::tr("Install the newest Postino before you change this profile, so no setting "
                                 "is lost.")}});
    }
    p.m_extraTop = withoutKeys(
        json, {"format", "version", "mailer", "mailers", "sender", "features", "testRecipient", "alerts"});
    p.m_mailerId = json.value(QLatin1String("mailer")).toString(QStringLiteral("smtp"));
    const QJsonObject mailers = json.value(QLatin1String("mailers")).toObject();
    for (auto it = mailers.constBegin(); it != mailers.constEnd(); ++it) {
        QJsonObject settings = it.value().toObject();
        if (const MailerInfo* m = Catalog::builtin().mailer(it.key())) {
            for (const FieldSpec& f : m->fields) {
                if (f.secret && settings.contains(f.key)) {
                    settings.remove(f.key);
                    problem(
                        QStringLiteral("profile.secret_in_file"),
                        Text::tr(
                            "The file contained a secret (%1); Postino ignored it. Enter it in the wizard "
                            "so it is kept in the system keychain.")
                            .arg(it.key() + QLatin1Char('.') + f.key),
                        secretInFileAdvice());
                }
            }
        }
        p.m_mailerSettings.insert(it.key(), settings);
    }
    const QJsonObject sender = json.value(QLatin1String("sender")).toObject();
    p.m_extraSender =
        withoutKeys(sender, {"fromEmail", "fromName", "forceFromEmail", "forceFromName", "returnPath"});
    p.m_sender.fromEmail = sender.value(QLatin1String("fromEmail")).toString();
    p.m_sender.fromName = sender.value(QLatin1String("fromName")).toString();
    p.m_sender.forceFromEmail = sender.value(QLatin1String("forceFromEmail")).toBool(true);
    p.m_sender.forceFromName = sender.value(QLatin1String("forceFromName")).toBool(false);
    p.m_sender.returnPath = sender.value(QLatin1String("returnPath")).toBool(true);
    const QJsonObject features = json.value(QLatin1String("features")).toObject();
    p.m_extraFeatures = withoutKeys(features, {"emailLogs", "errorTracking", "weeklySummary", "alerts"});
    p.m_features.emailLogs = features.value(QLatin1String("emailLogs")).toBool(true);
    p.m_features.errorTracking = features.value(QLatin1String("errorTracking")).toBool(true);
    p.m_features.weeklySummary = features.value(QLatin1String("weeklySummary")).toBool(true);
    p.m_features.alerts = features.value(QLatin1String("alerts")).toBool(false);
    p.m_testRecipient = json.value(QLatin1String("testRecipient")).toString();
    const QJsonObject alerts = json.value(QLatin1String("alerts")).toObject();
    p.m_alerts.allowLocalTargets = alerts.value(QLatin1String("allowLocalTargets")).toBool(false);
    for (const QJsonValue& v : alerts.value(QLatin1String("channels")).toArray()) {
        AlertChannel c = AlertChannel::fromJson(v.toObject());
        if (c.id.isEmpty() || p.m_alerts.channel(c.id)) {
            problem(
                QStringLiteral("profile.alert_ignored"),
                Text::tr("An alert channel without an id, or with the id of another, was ignored."),
                Advice{Text::tr("Check the failure alerts"),
                       {Text::tr("Open Features and set up the missing alert channel again, then save the "
                                 "profile.")}});
            continue;
        }
        if (const AlertChannelInfo* info = alertChannelInfo(c.type)) {
            for (const AlertField& f : info->fields) {
                if (f.secret && c.settings.contains(f.key)) {
                    c.settings.remove(f.key);
                    problem(
                        QStringLiteral("profile.secret_in_file"),
                        Text::tr(
                            "The file contained a secret (%1); Postino ignored it. Enter it in the wizard "
                            "so it is kept in the system keychain.")
                            .arg(QStringLiteral("alerts.") + c.id + QLatin1Char('.') + f.key),
                        secretInFileAdvice());
                }
            }
        }
        p.m_alerts.channels.append(c);
    }
    return p;
}

} // namespace postino
