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

ResolvedMailer Profile::resolvedMailer() const
{
    const MailerInfo* m = mailer();
    return m ? resolveMailer(*m, currentSettings()) : ResolvedMailer{};
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
    const QJsonObject settings = resolveMailer(*m, currentSettings()).settings;
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
    if (!m_alerts.channels.isEmpty() || m_alerts.allowLocalTargets || !m_extraAlerts.isEmpty()) {
        QJsonArray channels;
        for (const AlertChannel& c : m_alerts.channels) {
            channels.append(c.toJson());
        }
        QJsonObject alerts = m_extraAlerts;
        alerts.insert(QStringLiteral("allowLocalTargets"), m_alerts.allowLocalTargets);
        alerts.insert(QStringLiteral("channels"), channels);
        top.insert(QStringLiteral("alerts"), alerts);
    }
    return top;
}

namespace {

// How a JSON value is described to the user, in the finding that says it has the wrong type.
QString jsonKindName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return Text::tr("true or false");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a text");
    case QJsonValue::Array:
        return Text::tr("a list");
    case QJsonValue::Object:
        return Text::tr("a group of settings");
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString defaultShown(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isString()) {
        return v.toString().isEmpty() ? Text::tr("empty")
                                      : QLatin1Char('"') + v.toString() + QLatin1Char('"');
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    return Text::tr("empty");
}

// Reads the values of a profile file, checking each known key's type. A value of the wrong type keeps
// the default, and a finding names the key: silently reading "false" (a text) as true, or 5 as "smtp",
// would change what the site does without anyone noticing.
class ProfileReader
{
public:
    explicit ProfileReader(Findings* problems)
        : m_problems(problems)
    {}

    void warn(const QString& id, const QString& subject, const QString& detail, const Advice& advice)
    {
        if (m_problems) {
            m_problems->append(Finding{id, Severity::Warning, subject, detail, advice});
        }
    }

    // The value at `path` when it has the expected type (or is absent); otherwise `fallback`, reported.
    QJsonValue typed(const QJsonObject& object, const QString& path, QJsonValue::Type type,
                     const QJsonValue& fallback)
    {
        const QString key = path.section(QLatin1Char('.'), -1);
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            return fallback;
        }
        if (v.type() == type) {
            return v;
        }
        const QString expected = jsonKindName(type);
        warn(QStringLiteral("profile.wrong_type"), path,
             Text::tr(
                 "\"%1\" in the profile is %2, but it must be %3; Postino ignored it and uses the default "
                 "(%4).")
                 .arg(path, jsonKindName(v.type()), expected, defaultShown(fallback)),
             Advice{Text::tr("Correct the value in the profile"),
                    {Text::tr("Write %1 as %2 in the file, or set it again in Postino and save the profile.")
                         .arg(path, expected)}});
        return fallback;
    }
    bool flag(const QJsonObject& object, const QString& path, bool fallback)
    {
        return typed(object, path, QJsonValue::Bool, fallback).toBool(fallback);
    }
    QString text(const QJsonObject& object, const QString& path, const QString& fallback = {})
    {
        return typed(object, path, QJsonValue::String, fallback).toString(fallback);
    }
    QJsonObject group(const QJsonObject& object, const QString& path)
    {
        return typed(object, path, QJsonValue::Object, QJsonObject{}).toObject();
    }

private:
    Findings* m_problems;
};

Advice secretInFileAdvice()
{
    return Advice{Text::tr("Enter the secret in Postino and delete it from the file"),
                  {Text::tr("Type it into its field in the wizard, or give it to postino-cli through the "
                            "environment or --secrets-file."),
                   Text::tr("Remove it from the profile file and from any copies of it.")}};
}

} // namespace

QJsonObject Profile::toFileJson() const
{
    QJsonObject top = toJson();
    if (m_secretsFromFile.isEmpty()) {
        return top;
    }
    QJsonObject alerts = top.value(QLatin1String("alerts")).toObject();
    QJsonArray channels = alerts.value(QLatin1String("channels")).toArray();
    for (int i = 0; i < channels.size() && i < m_alerts.channels.size(); ++i) {
        const AlertChannel& c = m_alerts.channels.at(i);
        QJsonObject json = channels.at(i).toObject();
        QJsonObject settings = json.value(QLatin1String("settings")).toObject();
        for (auto it = m_secretsFromFile.cbegin(); it != m_secretsFromFile.cend(); ++it) {
            if (it.key().section(QLatin1Char('.'), 0, 0) == c.secretGroup()) {
                settings.insert(it.key().section(QLatin1Char('.'), 1), QString::fromUtf8(it.value()));
            }
        }
        json.insert(QStringLiteral("settings"), settings);
        channels.replace(i, json);
    }
    alerts.insert(QStringLiteral("channels"), channels);
    top.insert(QStringLiteral("alerts"), alerts);
    return top;
}

Profile Profile::fromJson(const QJsonObject& json, Findings* problems)
{
    Profile p;
    ProfileReader read(problems);
    const QString subject = QStringLiteral("profile");
    const QJsonValue version = read.typed(json, QStringLiteral("version"), QJsonValue::Double, kVersion);
    if (version.toInt(kVersion) > kVersion) {
        read.warn(QStringLiteral("profile.newer_version"), QStringLiteral("version"),
                  Text::tr("This profile was written by a newer Postino (format version %1; this one reads "
                           "version %2). Settings it does not know are kept as they are.")
                      .arg(version.toInt())
                      .arg(kVersion),
                  Advice{Text::tr("Update Postino"),
                         {Text::tr("Update Postino to the version that wrote the profile, and check the "
                                   "settings before sending.")}});
    }
    p.m_extraTop = withoutKeys(
        json, {"format", "version", "mailer", "mailers", "sender", "features", "testRecipient", "alerts"});
    p.m_mailerId = read.text(json, QStringLiteral("mailer"), QStringLiteral("smtp"));
    const QJsonObject mailers = read.group(json, QStringLiteral("mailers"));
    for (auto it = mailers.constBegin(); it != mailers.constEnd(); ++it) {
        QJsonObject settings = read.group(mailers, QStringLiteral("mailers.") + it.key());
        if (const MailerInfo* m = Catalog::builtin().mailer(it.key())) {
            for (const FieldSpec& f : m->fields) {
                if (f.secret && settings.contains(f.key)) {
                    settings.remove(f.key);
                    read.warn(QStringLiteral("profile.secret_in_file"), subject,
                              Text::tr("The file contained a secret (%1); Postino ignored it.")
                                  .arg(it.key() + QLatin1Char('.') + f.key),
                              secretInFileAdvice());
                }
            }
        }
        if (it.value().isObject()) {
            p.m_mailerSettings.insert(it.key(), settings);
        }
    }
    const QJsonObject sender = read.group(json, QStringLiteral("sender"));
    p.m_extraSender =
        withoutKeys(sender, {"fromEmail", "fromName", "forceFromEmail", "forceFromName", "returnPath"});
    p.m_sender.fromEmail = read.text(sender, QStringLiteral("sender.fromEmail"));
    p.m_sender.fromName = read.text(sender, QStringLiteral("sender.fromName"));
    p.m_sender.forceFromEmail = read.flag(sender, QStringLiteral("sender.forceFromEmail"), true);
    p.m_sender.forceFromName = read.flag(sender, QStringLiteral("sender.forceFromName"), false);
    p.m_sender.returnPath = read.flag(sender, QStringLiteral("sender.returnPath"), true);
    const QJsonObject features = read.group(json, QStringLiteral("features"));
    p.m_extraFeatures = withoutKeys(features, {"emailLogs", "errorTracking", "weeklySummary", "alerts"});
    p.m_features.emailLogs = read.flag(features, QStringLiteral("features.emailLogs"), true);
    p.m_features.errorTracking = read.flag(features, QStringLiteral("features.errorTracking"), true);
    p.m_features.weeklySummary = read.flag(features, QStringLiteral("features.weeklySummary"), true);
    p.m_features.alerts = read.flag(features, QStringLiteral("features.alerts"), false);
    p.m_testRecipient = read.text(json, QStringLiteral("testRecipient"));
    const QJsonObject alerts = read.group(json, QStringLiteral("alerts"));
    p.m_extraAlerts = withoutKeys(alerts, {"allowLocalTargets", "channels"});
    p.m_alerts.allowLocalTargets = read.flag(alerts, QStringLiteral("alerts.allowLocalTargets"), false);
    const QJsonArray channels =
        read.typed(alerts, QStringLiteral("alerts.channels"), QJsonValue::Array, QJsonArray{}).toArray();
    for (const QJsonValue& v : channels) {
        AlertChannel c = AlertChannel::fromJson(v.toObject());
        if (c.id.isEmpty() || p.m_alerts.channel(c.id)) {
            read.warn(QStringLiteral("profile.alert_ignored"), QStringLiteral("alerts.channels"),
                      Text::tr("An alert channel without an id, or with the id of another, was ignored."),
                      Advice{Text::tr("Check the failure alerts"),
                             {Text::tr("Give each channel in the file its own \"id\", or add the channel "
                                       "again in Postino.")}});
            continue;
        }
        if (const AlertChannelInfo* info = alertChannelInfo(c.type)) {
            for (const AlertField& f : info->fields) {
                if (f.secret && f.formerlyPlain && c.settings.contains(f.key)) {
                    // Written by an older Postino, where this was a setting: kept, to be stored safely.
                    const QString value = c.settings.take(f.key).toString().trimmed();
                    if (!value.isEmpty()) {
                        p.m_secretsFromFile.insert(secretKey(c.secretGroup(), f.key), value.toUtf8());
                    }
                } else if (f.secret && c.settings.contains(f.key)) {
                    c.settings.remove(f.key);
                    read.warn(QStringLiteral("profile.secret_in_file"), subject,
                              Text::tr("The file contained a secret (%1); Postino ignored it.")
                                  .arg(QStringLiteral("alerts.") + c.id + QLatin1Char('.') + f.key),
                              secretInFileAdvice());
                }
            }
        }
        p.m_alerts.channels.append(c);
    }
    return p;
}

QList<const FieldSpec*> Profile::missingSecrets(const SecretLookup& secret) const
{
    QList<const FieldSpec*> missing;
    const MailerInfo* m = mailer();
    if (!m) {
        return missing;
    }
    const QJsonObject settings = resolvedMailer().settings;
    for (const FieldSpec& f : m->fields) {
        if (f.secret && f.isRequired(settings) && (!secret || secret(m->id, f.key).isEmpty())) {
            missing.append(&f);
        }
    }
    return missing;
}

} // namespace postino
