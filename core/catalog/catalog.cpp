#include "catalog.h"

#include "builtin.h"
#include "lookup.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace postino {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<FieldCondition> parseCondition(const QJsonValue& v)
{
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    FieldCondition c;
    c.field = str(o, "field");
    if (o.contains(QLatin1String("equals"))) {
        c.value = o.value(QLatin1String("equals"));
    } else {
        c.value = o.value(QLatin1String("notEquals"));
        c.negate = true;
    }
    return c;
}

std::optional<FieldSpec::Type> parseType(const QString& name)
{
    static const QHash<QString, FieldSpec::Type> types = {
        {QStringLiteral("text"), FieldSpec::Type::Text},
        {QStringLiteral("secret"), FieldSpec::Type::Secret},
        {QStringLiteral("host"), FieldSpec::Type::Host},
        {QStringLiteral("port"), FieldSpec::Type::Port},
        {QStringLiteral("choice"), FieldSpec::Type::Choice},
        {QStringLiteral("bool"), FieldSpec::Type::Bool},
        {QStringLiteral("email"), FieldSpec::Type::Email},
    };
    const auto it = types.constFind(name);
    if (it == types.cend()) {
        return std::nullopt;
    }
    return *it;
}

bool parseField(const QJsonObject& o, FieldSpec* f, QString* error)
{
    f->key = str(o, "key");
    f->label = str(o, "label");
    const auto type = parseType(str(o, "type"));
    if (f->key.isEmpty() || f->label.isEmpty() || !type) {
        *error = QStringLiteral("field '%1' lacks a key, a label or a known type").arg(f->key);
        return false;
    }
    f->type = *type;
    f->required = o.value(QLatin1String("required")).toBool();
    f->secret = o.value(QLatin1String("secret")).toBool() || f->type == FieldSpec::Type::Secret;
    f->defaultValue = o.value(QLatin1String("default"));
    f->placeholder = str(o, "placeholder");
    f->help = str(o, "help");
    f->pattern = str(o, "pattern");
    f->min = o.value(QLatin1String("min")).toInt();
    f->max = o.value(QLatin1String("max")).toInt();
    f->constant = str(o, "constant");
    f->visibleWhen = parseCondition(o.value(QLatin1String("visibleWhen")));
    f->requiredWhen = parseCondition(o.value(QLatin1String("requiredWhen")));
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    for (const QJsonValue& cv : choices) {
        const QJsonObject co = cv.toObject();
        f->choices.append(
            FieldChoice{str(co, "value"), str(co, "label"), co.value(QLatin1String("sets")).toObject()});
    }
    if (f->type == FieldSpec::Type::Choice && f->choices.isEmpty()) {
        *error = QStringLiteral("choice field '%1' has no choices").arg(f->key);
        return false;
    }
    return true;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out.append(item.toString());
    }
    return out;
}

// The typed part of an "oauth" block; false (with *error) when a sign-in could not work with it.
bool parseOAuthSpec(const QJsonObject& o, OAuthSpec* spec, QString* error)
{
    const QString scheme = str(o, "tokenScheme");
    if (!scheme.isEmpty()) {
        spec->tokenScheme = scheme.toLatin1();
    }
    const QString revokeIn = o.value(QLatin1String("revokeTokenIn")).toString(QStringLiteral("body"));
    if (revokeIn != QLatin1String("body") && revokeIn != QLatin1String("query")) {
        *error = QStringLiteral("oauth.revokeTokenIn must be \"body\" or \"query\"");
        return false;
    }
    spec->revokeTokenInQuery = revokeIn == QLatin1String("query");
    spec->publicClient = o.value(QLatin1String("publicClient")).toBool();
    const QJsonObject account = o.value(QLatin1String("account")).toObject();
    spec->accountList = str(account, "list");
    spec->accountEmailKeys = strings(account.value(QLatin1String("email")));
    spec->accountIdKey = str(account, "id");
    const QJsonObject signOut = o.value(QLatin1String("signOut")).toObject();
    spec->signOutDetail = str(signOut, "detail");
    spec->signOutStep = str(signOut, "step");
    const QJsonObject advice = o.value(QLatin1String("advice")).toObject();
    spec->accessDeniedSteps = strings(advice.value(QLatin1String("accessDenied")));
    spec->refreshRevokedSteps = strings(advice.value(QLatin1String("refreshRevoked")));
    spec->redirectMismatchSteps = strings(advice.value(QLatin1String("redirectMismatch")));
    spec->invalidClientSteps = strings(advice.value(QLatin1String("invalidClient")));
    spec->invalidScopeSteps = strings(advice.value(QLatin1String("invalidScope")));
    for (const char* key : {"authorizeUrl", "tokenUrl", "accountUrl", "sendUrl"}) {
        if (str(o, key).isEmpty()) {
            *error = QStringLiteral("oauth.%1 is missing").arg(QLatin1String(key));
            return false;
        }
    }
    if (o.value(QLatin1String("scopes")).toObject().value(QLatin1String("api")).toString().isEmpty()) {
        *error = QStringLiteral("oauth.scopes.api is missing");
        return false;
    }
    if (spec->accountEmailKeys.isEmpty()) {
        *error = QStringLiteral("oauth.account.email names no key of the account answer");
        return false;
    }
    if (!signOut.isEmpty() && (spec->signOutDetail.isEmpty() || spec->signOutStep.isEmpty())) {
        *error = QStringLiteral("oauth.signOut needs both a detail and a step");
        return false;
    }
    return true;
}

bool parseMailer(const QJsonObject& o, MailerInfo* m, QString* error)
{
    m->id = str(o, "id");
    m->name = str(o, "name");
    const QString kind = str(o, "kind");
    if (kind == QLatin1String("smtp")) {
        m->kind = MailerKind::Smtp;
    } else if (kind == QLatin1String("api")) {
        m->kind = MailerKind::Api;
    } else if (kind == QLatin1String("oauth")) {
        m->kind = MailerKind::OAuth;
    } else {
        *error = QStringLiteral("mailer '%1' has an unknown kind '%2'").arg(m->id, kind);
        return false;
    }
    if (m->id.isEmpty() || m->name.isEmpty()) {
        *error = QStringLiteral("a mailer lacks its id or name");
        return false;
    }
    m->recommended = o.value(QLatin1String("recommended")).toBool();
    m->summary = str(o, "summary");
    m->freeTier = str(o, "freeTier");
    m->keyUrl = str(o, "keyUrl");
    m->keyHint = str(o, "keyHint");
    m->returnPath = o.value(QLatin1String("returnPath")).toBool();
    const QJsonObject sender = o.value(QLatin1String("sender")).toObject();
    m->sender.fromEmail = sender.value(QLatin1String("fromEmail")).toBool(true);
    m->sender.fromName = sender.value(QLatin1String("fromName")).toBool(true);
    m->sender.forceFromEmail = sender.value(QLatin1String("forceFromEmail")).toBool(true);
    m->sender.forceFromName = sender.value(QLatin1String("forceFromName")).toBool(true);
    for (const QJsonValue& fv : o.value(QLatin1String("fields")).toArray()) {
        FieldSpec f;
        if (!parseField(fv.toObject(), &f, error)) {
            *error = QStringLiteral("mailer '%1': %2").arg(m->id, *error);
            return false;
        }
        m->fields.append(f);
    }
    const QJsonObject smtp = o.value(QLatin1String("smtp")).toObject();
    m->relayHost = str(smtp, "host");
    for (const QJsonValue& pv : smtp.value(QLatin1String("ports")).toArray()) {
        const QJsonObject po = pv.toObject();
        m->relayPorts.append(SmtpPort{po.value(QLatin1String("port")).toInt(), str(po, "security")});
    }
    m->relayLogin = smtp.value(QLatin1String("login")).toObject();
    m->relayRegionHosts = smtp.value(QLatin1String("regionHosts")).toObject();
    const QJsonObject wp = o.value(QLatin1String("wpMailSmtp")).toObject();
    // No "wpMailSmtp" block: WP Mail SMTP has no mailer for it (the export goes through the relay).
    m->wpMailSmtpMailer = o.contains(QLatin1String("wpMailSmtp"))
                              ? wp.value(QLatin1String("mailer")).toString(m->id)
                              : QString();
    m->wpMailSmtpPro = wp.value(QLatin1String("pro")).toBool();
    m->laravel = o.value(QLatin1String("laravel")).toObject();
    m->symfony = o.value(QLatin1String("symfony")).toObject();
    m->imports = o.value(QLatin1String("imports")).toObject();
    m->api = o.value(QLatin1String("api")).toObject();
    m->oauth = o.value(QLatin1String("oauth")).toObject();
    if (m->kind == MailerKind::OAuth && !parseOAuthSpec(m->oauth, &m->oauthSpec, error)) {
        *error = QStringLiteral("mailer '%1': %2").arg(m->id, *error);
        return false;
    }
    m->dns = o.value(QLatin1String("dns")).toObject();
    return true;
}

} // namespace

bool FieldCondition::matches(const QJsonValue& actual) const
{
    const bool equal = actual == value;
    return negate ? !equal : equal;
}

bool FieldSpec::isVisible(const QJsonObject& settings) const
{
    return !visibleWhen || visibleWhen->matches(settings.value(visibleWhen->field));
}

bool FieldSpec::isRequired(const QJsonObject& settings) const
{
    if (!isVisible(settings)) {
        return false;
    }
    if (requiredWhen) {
        return requiredWhen->matches(settings.value(requiredWhen->field));
    }
    return required;
}

const FieldChoice* FieldSpec::choice(const QString& value) const
{
    return findBy(choices, &FieldChoice::value, value);
}

const FieldSpec* MailerInfo::field(const QString& key) const
{
    return findBy(fields, &FieldSpec::key, key);
}

QJsonObject MailerInfo::withDefaults(const QJsonObject& settings) const
{
    QJsonObject out = settings;
    for (const FieldSpec& f : fields) {
        if (!out.contains(f.key) && !f.defaultValue.isUndefined() && !f.defaultValue.isNull()) {
            out.insert(f.key, f.defaultValue);
        }
    }
    return out;
}

namespace {

// The region entry of an "oauth" block ({"id", "accounts", "mail", "smtp"}), chosen by its regionField.
QJsonObject oauthRegion(const QJsonObject& oauth, const QJsonObject& values)
{
    const QString field = oauth.value(QLatin1String("regionField")).toString();
    const QString id = values.value(field).toString().trimmed().toLower();
    for (const QJsonValue& rv : oauth.value(QLatin1String("regions")).toArray()) {
        if (rv.toObject().value(QLatin1String("id")).toString() == id) {
            return rv.toObject();
        }
    }
    return {};
}

QString fillPlaceholders(QString text, const QJsonObject& values, const QJsonObject& region)
{
    for (auto it = region.constBegin(); it != region.constEnd(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                         QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString().trimmed())));
        }
    }
    return text;
}

} // namespace

QString MailerInfo::oauthUrl(const QString& which, const QJsonObject& settings) const
{
    const QJsonObject values = withDefaults(settings);
    const QString text = fillPlaceholders(oauth.value(which).toString(), values, oauthRegion(oauth, values));
    return text.contains(QLatin1Char('{')) ? QString() : text;
}

QString MailerInfo::regionValue(const QString& key, const QJsonObject& settings) const
{
    return oauthRegion(oauth, withDefaults(settings)).value(key).toString();
}

QString MailerInfo::relayHostFor(const QJsonObject& settings) const
{
    const QJsonObject values = withDefaults(settings);
    QJsonObject region = oauthRegion(oauth, values);
    region.insert(QStringLiteral("smtpHost"), region.value(QLatin1String("smtp")));
    QString host = relayHost;
    for (auto it = region.constBegin(); it != region.constEnd(); ++it) {
        host.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isString()) {
            host.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                         it.value().toString().trimmed().toLower());
        }
    }
    return host.contains(QLatin1Char('{')) ? QString() : host;
}

QString MailerInfo::apiHost(const QJsonObject& settings) const
{
    if (api.isEmpty() && !oauth.isEmpty()) {
        // The host is known before the path is ({account_id} comes after signing in).
        const QJsonObject values = withDefaults(settings);
        const QString host = QUrl(fillPlaceholders(oauth.value(QLatin1String("sendUrl")).toString(), values,
                                                   oauthRegion(oauth, values)))
                                 .host();
        return host.contains(QLatin1Char('{')) ? QString() : host;
    }
    const QJsonObject values = withDefaults(settings);
    const QJsonObject endpoints = api.isEmpty() ? oauth : api;
    QString base = endpoints.value(QLatin1String("baseUrl")).toString();
    const QString region = values.value(QStringLiteral("region")).toString();
    for (const QJsonValue& rv : endpoints.value(QLatin1String("regions")).toArray()) {
        const QJsonObject r = rv.toObject();
        if (r.value(QLatin1String("id")).toString() == region) {
            base = r.value(QLatin1String("baseUrl")).toString();
        }
    }
    if (base.isEmpty()) {
        base = endpoints.value(QLatin1String("sendUrl")).toString();
    }
    // Hosts may name a setting, e.g. email.{region}.amazonaws.com or mail.zoho.{domain}.
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.value().isString()) {
            base.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString().toLower());
        }
    }
    const QString host = QUrl(base).host();
    return host.contains(QLatin1Char('{')) ? QString() : host;
}

const Catalog& Catalog::builtin()
{
    static const Catalog catalog =
        parseBuiltin<Catalog>(QStringLiteral(":/postino/catalog/mailers.json"), &Catalog::fromJson);
    return catalog;
}

std::optional<Catalog> Catalog::fromJson(const QByteArray& json, QString* error)
{
    Catalog catalog;
    if (!parseUniqueList(json, QLatin1String("mailers"), "mailer", &parseMailer, &catalog.m_mailers, error)) {
        return std::nullopt;
    }
    if (catalog.m_mailers.isEmpty()) {
        *error = QStringLiteral("the catalog lists no mailers");
        return std::nullopt;
    }
    return catalog;
}

const MailerInfo* Catalog::mailer(const QString& id) const
{
    return findBy(m_mailers, &MailerInfo::id, id);
}

const MailerInfo* Catalog::otherSmtp() const
{
    for (const MailerInfo& m : m_mailers) {
        if (m.kind == MailerKind::Smtp) {
            return &m;
        }
    }
    return nullptr;
}

const MailerInfo* Catalog::mailerForWpMailSmtp(const QString& slug) const
{
    return findBy(m_mailers, &MailerInfo::wpMailSmtpMailer, slug);
}

const MailerInfo* Catalog::mailerForImport(const QString& plugin, const QString& name) const
{
    for (const MailerInfo& m : m_mailers) {
        const QJsonObject entry = m.imports.value(plugin).toObject();
        if (!name.isEmpty() && entry.value(QLatin1String("name")).toString() == name) {
            return &m;
        }
    }
    return nullptr;
}

QString MailerInfo::importField(const QString& plugin, const QString& fieldKey) const
{
    return imports.value(plugin)
        .toObject()
        .value(QLatin1String("fields"))
        .toObject()
        .value(fieldKey)
        .toString();
}

QString Catalog::tr(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return QCoreApplication::translate("Catalog", text.toUtf8().constData());
}

QString mailerKindName(MailerKind kind)
{
    switch (kind) {
    case MailerKind::Smtp:
        return QStringLiteral("smtp");
    case MailerKind::Api:
        return QStringLiteral("api");
    case MailerKind::OAuth:
        return QStringLiteral("oauth");
    }
    return {};
}

} // namespace postino
