#include "importbuilder.h"

#include "catalog/resolvedmailer.h"

#include <algorithm>

namespace postino::importers {

Finding makeFinding(const char* id, Severity severity, const QString& subject, const QString& detail,
                    const QStringList& steps)
{
    const bool problem = severity == Severity::Warning || severity == Severity::Error;
    const QStringList next =
        problem && steps.isEmpty()
            ? QStringList{Text::tr("Compare it with the plugin's settings page and set it on the Configure "
                                   "mailer page.")}
            : steps;
    return Finding{
        severity,
        {.id = ascii(id), .subject = subject, .detail = detail},
        Advice{problem || !steps.isEmpty() ? Text::tr("Check this setting after the import") : QString(),
               next}};
}

std::optional<bool> looseBool(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool();
    }
    if (v.isNull()) {
        return false;
    }
    if (v.isDouble()) {
        return v.toDouble() != 0;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on") ||
            s == QLatin1String("1")) {
            return true;
        }
        if (s.isEmpty() || s == QLatin1String("false") || s == QLatin1String("no") ||
            s == QLatin1String("off") || s == QLatin1String("0")) {
            return false;
        }
    }
    return std::nullopt;
}

QString jsonText(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString();
}

void fail(ImportResult* r, const char* id, const QString& subject, const QString& detail,
          const QStringList& steps)
{
    r->ok = false;
    r->findings.append(makeFinding(id, Severity::Error, subject, detail, steps));
}

void unknownFormat(ImportResult* r, const QString& where, const QString& detail)
{
    fail(r, "import.unknown_format", where, detail,
         {Text::tr("Postino reads a wp-config.php, a Postino profile, and the JSON that \"wp option get "
                   "<option> --format=json\" prints for WP Mail SMTP, Easy WP SMTP, Post SMTP, SMTP Mailer, "
                   "WP SMTP or FluentSMTP."),
          Text::tr("Post SMTP's own settings export (a long line of letters) works too.")});
}

namespace {

// A value as it may be shown in a finding: never a secret, and never very long.
QString shown(const QJsonValue& v)
{
    if (v.isObject() || v.isArray()) {
        return Text::tr("(a list of values)");
    }
    QString s = jsonText(v);
    if (s.size() > 60) {
        s = s.left(57) + QStringLiteral("...");
    }
    return QLatin1Char('"') + s + QLatin1Char('"');
}

enum class Normalized
{
    Ok,
    Empty,
    Invalid,
};

// Brings a value into the shape the catalog's field type expects.
Normalized normalizeField(const FieldSpec& f, const QJsonValue& in, QJsonValue* out)
{
    if (in.isUndefined() || in.isNull()) {
        return Normalized::Empty;
    }
    switch (f.type) {
    case FieldSpec::Type::Bool: {
        const auto b = looseBool(in);
        if (!b) {
            return Normalized::Invalid;
        }
        *out = *b;
        return Normalized::Ok;
    }
    case FieldSpec::Type::Port: {
        if (in.isString() && in.toString().trimmed().isEmpty()) {
            return Normalized::Empty;
        }
        bool ok = in.isDouble();
        const double d = ok ? in.toDouble() : in.toString().trimmed().toDouble(&ok);
        if (!ok || d != double(int(d)) || d < 1 || d > 65535) {
            return Normalized::Invalid;
        }
        *out = int(d);
        return Normalized::Ok;
    }
    case FieldSpec::Type::Choice: {
        if (in.isObject() || in.isArray()) {
            return Normalized::Invalid;
        }
        const QString text = jsonText(in).trimmed();
        if (text.isEmpty()) {
            // WP Mail SMTP writes "no encryption" as an empty WPMS_SSL.
            if (f.choice(QStringLiteral("none"))) {
                *out = QStringLiteral("none");
                return Normalized::Ok;
            }
            return Normalized::Empty;
        }
        for (const FieldChoice& c : f.choices) {
            if (c.value.compare(text, Qt::CaseInsensitive) == 0) {
                *out = c.value;
                return Normalized::Ok;
            }
        }
        return Normalized::Invalid;
    }
    default: {
        if (in.isObject() || in.isArray() || in.isBool()) {
            return Normalized::Invalid;
        }
        const QString text = f.type == FieldSpec::Type::Text ? jsonText(in) : jsonText(in).trimmed();
        if (text.trimmed().isEmpty()) {
            return Normalized::Empty;
        }
        *out = text;
        return Normalized::Ok;
    }
    }
}

} // namespace

void Builder::add(const char* id, Severity severity, const QString& subject, const QString& detail,
                  const QStringList& steps)
{
    m_r->findings.append(makeFinding(id, severity, subject.isEmpty() ? m_where : subject, detail, steps));
}

void Builder::error(const char* id, const QString& subject, const QString& detail, const QStringList& steps)
{
    add(id, Severity::Error, subject, detail, steps);
}

void Builder::warn(const char* id, const QString& subject, const QString& detail, const QStringList& steps)
{
    add(id, Severity::Warning, subject, detail, steps);
}

void Builder::info(const char* id, const QString& subject, const QString& detail, const QStringList& steps)
{
    add(id, Severity::Info, subject, detail, steps);
}

void Builder::note(Kind kind, const QString& label, const QString& mailerId)
{
    m_notes.append(Note{kind, mailerId, label});
}

bool Builder::setMailer(const QString& slug, const QString& origin)
{
    const QString id = slug.trimmed();
    if (id.isEmpty()) {
        return false;
    }
    if (!Catalog::builtin().mailer(id)) {
        unknownMailer(id, origin);
        return false;
    }
    m_r->profile.setMailerId(id);
    m_mailerKnown = true;
    note(Kind::Mailer, Text::tr("Mailer"));
    return true;
}

void Builder::unknownMailer(const QString& id, const QString& origin)
{
    if (m_unknownMailers.contains(id)) {
        return;
    }
    m_unknownMailers.insert(id);
    const QString detail =
        id == QLatin1String("mail")
            ? Text::tr("The source sends with PHP's built-in mail function (\"mail\"), which Postino does "
                       "not set up.")
            : Text::tr("The mailer \"%1\" is not one Postino knows; its settings were not imported.").arg(id);
    warn("import.unknown_mailer", origin, detail, {Text::tr("Choose a mailer in the wizard.")});
}

void Builder::setField(const QString& mailerId, const QString& key, const QJsonValue& value,
                       const QString& origin, const QByteArray* rawSecret)
{
    const MailerInfo* m = Catalog::builtin().mailer(mailerId);
    if (!m) {
        unknownMailer(mailerId, origin);
        return;
    }
    const FieldSpec* f = m->field(key);
    if (!f) {
        QStringList& keys = m_ignoredKeys[mailerId];
        if (!keys.contains(key)) {
            keys.append(key);
        }
        return;
    }
    if (f->secret) {
        QByteArray bytes;
        if (rawSecret) {
            bytes = *rawSecret;
        } else if (value.isString() || value.isDouble()) {
            bytes = jsonText(value).toUtf8();
        } else if (!value.isUndefined() && !value.isNull()) {
            warn("import.ignored_value", origin,
                 Text::tr("The value for %1 is not text; it was not imported.").arg(Catalog::tr(f->label)));
            return;
        }
        if (bytes.isEmpty()) {
            return;
        }
        m_r->secrets.insert(Profile::secretKey(mailerId, key), bytes);
        note(Kind::Field, Catalog::tr(f->label), mailerId);
        return;
    }
    QJsonValue normalized;
    switch (normalizeField(*f, value, &normalized)) {
    case Normalized::Empty:
        return;
    case Normalized::Invalid:
        warn("import.ignored_value", origin,
             Text::tr("%1 is not a valid value for %2; it was not imported.")
                 .arg(shown(value), Catalog::tr(f->label)));
        return;
    case Normalized::Ok:
        m_settings[mailerId].insert(key, normalized);
        note(Kind::Field, Catalog::tr(f->label), mailerId);
        return;
    }
}

void Builder::setSecretBytes(const QString& mailerId, const QString& key, const QByteArray& bytes,
                             const QString& origin)
{
    setField(mailerId, key, QJsonValue(), origin, &bytes);
}

void Builder::setFromEmail(const QJsonValue& v, const QString& origin)
{
    const QString email = jsonText(v).trimmed();
    if (v.isObject() || v.isArray()) {
        warn("import.ignored_value", origin, Text::tr("The From email is not text; it was not imported."));
    } else if (!email.isEmpty()) {
        m_r->profile.sender().fromEmail = email;
        note(Kind::Sender, Text::tr("From email"));
    }
}

void Builder::setSender(const QJsonObject& option, const char* emailKey, const char* nameKey)
{
    setFromEmail(val(option, emailKey), QLatin1String(emailKey));
    setFromName(val(option, nameKey), QLatin1String(nameKey));
}

void Builder::setFromName(const QJsonValue& v, const QString& origin)
{
    const QString name = jsonText(v);
    if (v.isObject() || v.isArray()) {
        warn("import.ignored_value", origin, Text::tr("The From name is not text; it was not imported."));
    } else if (!name.trimmed().isEmpty()) {
        m_r->profile.sender().fromName = name;
        note(Kind::Sender, Text::tr("From name"));
    }
}

void Builder::setSenderFlag(bool SenderSettings::*member, const QJsonValue& v, const QString& label,
                            const QString& origin)
{
    if (v.isUndefined()) {
        return;
    }
    if (const auto b = looseBool(v)) {
        m_r->profile.sender().*member = *b;
        note(Kind::Sender, label);
    } else {
        warn("import.ignored_value", origin,
             Text::tr("%1 is not a valid value for %2; it was not imported.").arg(shown(v), label));
    }
}

void Builder::setFeature(bool FeatureSettings::*member, bool value, const QString& label)
{
    m_r->profile.features().*member = value;
    note(Kind::Feature, label);
}

void Builder::setFeatureFlag(bool FeatureSettings::*member, const QJsonValue& v, const QString& label,
                             const QString& origin, bool invert)
{
    if (v.isUndefined()) {
        return;
    }
    if (const auto b = looseBool(v)) {
        setFeature(member, invert ? !*b : *b, label);
    } else {
        warn("import.ignored_value", origin,
             Text::tr("%1 is not a valid value for %2; it was not imported.").arg(shown(v), label));
    }
}

void Builder::setTestRecipient(const QString& address)
{
    if (!address.trimmed().isEmpty()) {
        m_r->profile.setTestRecipient(address.trimmed());
        note(Kind::Feature, Text::tr("Test recipient"));
    }
}

void Builder::adoptProfile(const Profile& profile, bool mailerKnown)
{
    m_r->profile = profile;
    m_mailerKnown = mailerKnown;
}

void Builder::finish()
{
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
        QJsonObject merged = m_r->profile.mailerSettings(it.key());
        for (auto kv = it.value().constBegin(); kv != it.value().constEnd(); ++kv) {
            merged.insert(kv.key(), kv.value());
        }
        m_r->profile.setMailerSettings(it.key(), merged);
    }
    for (auto it = m_ignoredKeys.cbegin(); it != m_ignoredKeys.cend(); ++it) {
        const MailerInfo* m = Catalog::builtin().mailer(it.key());
        warn("import.ignored_key", it.key(),
             Text::tr("%1: Postino does not use these settings, so they were not imported: %2.")
                 .arg(m ? Catalog::tr(m->name) : it.key(), it.value().join(QStringLiteral(", "))));
    }
    const QString chosen = m_r->profile.mailerId();
    auto rank = [&chosen](const Note& n) {
        return n.kind == Kind::Feature ? 4 : n.kind == Kind::Field && n.mailerId != chosen ? 3 : int(n.kind);
    };
    std::stable_sort(m_notes.begin(), m_notes.end(),
                     [&rank](const Note& a, const Note& b) { return rank(a) < rank(b); });
    for (const Note& n : std::as_const(m_notes)) {
        QString text = n.label;
        if (!n.mailerId.isEmpty() && n.mailerId != chosen) {
            const MailerInfo* m = Catalog::builtin().mailer(n.mailerId);
            text = Text::tr("%1: %2").arg(m ? Catalog::tr(m->name) : n.mailerId, n.label);
        }
        if (!m_r->imported.contains(text)) {
            m_r->imported.append(text);
        }
    }
    if (m_mailerKnown) {
        if (const MailerInfo* m = Catalog::builtin().mailer(chosen)) {
            const QJsonObject settings = resolveMailer(*m, m_r->profile.mailerSettings(chosen)).settings;
            for (const FieldSpec& f : m->fields) {
                if (f.secret && f.isVisible(settings) &&
                    !m_r->secrets.contains(Profile::secretKey(chosen, f.key))) {
                    m_r->secretsToEnter.append(Catalog::tr(f.label));
                }
            }
        }
    }
    if (!hasErrors(m_r->findings) && m_r->imported.isEmpty()) {
        error("import.not_found", QString(), Text::tr("No email settings were found in %1.").arg(m_where),
              {Text::tr("Check that you picked the right file, or enter the settings in the wizard.")});
    }
    m_r->ok = !hasErrors(m_r->findings);
    if (!m_r->ok) {
        m_r->profile = Profile();
        m_r->imported.clear();
        m_r->secrets.clear();
        m_r->secretsToEnter.clear();
    }
}

void applySmtp(Builder& b, const SmtpValues& v, const QString& where)
{
    const QString smtp = Catalog::builtin().otherSmtp()->id;
    b.setMailer(smtp, where);
    b.setField(smtp, QStringLiteral("host"), v.host, where);
    b.setField(smtp, QStringLiteral("encryption"),
               v.encryption.isUndefined() ? QJsonValue(QString()) : v.encryption, where);
    b.setField(smtp, QStringLiteral("port"), v.port, where);
    b.setField(smtp, QStringLiteral("auth"), v.auth, where);
    b.setField(smtp, QStringLiteral("user"), v.user, where);
    if (v.pass && !v.pass->isEmpty()) {
        b.setSecretBytes(smtp, QStringLiteral("pass"), *v.pass, where);
    }
}

QJsonValue switchWord(const QJsonObject& o, const char* key, const char* onWord)
{
    return o.contains(QLatin1String(key)) ? QJsonValue(jsonText(val(o, key)) == QLatin1String(onWord))
                                          : QJsonValue();
}

std::optional<QByteArray> fromBase64(const QJsonValue& v)
{
    const QByteArray text = jsonText(v).trimmed().toLatin1();
    if (text.isEmpty()) {
        return QByteArray();
    }
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace postino::importers
