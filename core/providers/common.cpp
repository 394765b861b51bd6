#include "common.h"

#include <cmath>

namespace postino::providers {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString mailbox(const QString& name, const QString& email)
{
    if (name.trimmed().isEmpty()) {
        return email;
    }
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("\"%1\" <%2>").arg(quoted, email);
}

QString setting(const ApiContext& c, const char* key)
{
    return c.settings.value(QLatin1String(key)).toString().trimmed();
}

QUrl endpoint(const ApiContext& c, const char* which)
{
    const QJsonObject api = c.mailer->api;
    QString base = api.value(QLatin1String("baseUrl")).toString();
    const QString region = c.region.isEmpty() ? setting(c, "region") : c.region;
    for (const QJsonValue& rv : api.value(QLatin1String("regions")).toArray()) {
        if (rv.toObject().value(QLatin1String("id")).toString() == region) {
            base = rv.toObject().value(QLatin1String("baseUrl")).toString();
        }
    }
    QString url = api.value(QLatin1String(which)).toString();
    url.replace(QStringLiteral("{baseUrl}"), base);
    url.replace(QStringLiteral("{region}"), region.toLower());
    for (auto it = c.settings.constBegin(); it != c.settings.constEnd(); ++it) {
        url.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                    QString::fromLatin1(QUrl::toPercentEncoding(it.value().toString().trimmed())));
    }
    return QUrl(url);
}

HttpHeaders jsonHeaders()
{
    return {{"Accept", "application/json"}, {"Content-Type", "application/json"}};
}

void bearer(ApiCall& call, const QByteArray& key)
{
    call.headers.append({"Authorization", "Bearer " + key});
}

void basic(ApiCall& call, const QByteArray& user, const QByteArray& password)
{
    call.headers.append({"Authorization", "Basic " + QByteArray(user + ':' + password).toBase64()});
}

ApiCall oauthSendCall(const ApiContext& c, const QByteArray& scheme, const QJsonObject& body)
{
    ApiCall call{"POST", QUrl(c.mailer->oauthUrl(QStringLiteral("sendUrl"), c.settings)), jsonHeaders(),
                 json(body)};
    call.headers.append({"Authorization", scheme + ' ' + c.secret(QStringLiteral("access_token"))});
    return call;
}

QJsonObject testHeaders(const ApiMessage& m)
{
    return QJsonObject{{QStringLiteral("X-Postino-Test"), m.runId}};
}

QString text(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return v.toString();
    }
    // Ids such as Mailjet's are 19-digit integers: never let them turn into 1.15e+18.
    const double d = v.toDouble();
    return d == std::floor(d) ? QString::number(v.toInteger()) : QString::number(d, 'g', 17);
}

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().isEmpty()) {
            return v.toString();
        }
        if (v.isDouble()) {
            return text(v);
        }
    }
    return {};
}

DeliveryState stateFromWord(const QString& word)
{
    const QString w =
        word.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (w == QLatin1String("delivered") || w == QLatin1String("delivery") || w == QLatin1String("opened") ||
        w == QLatin1String("clicked") || w == QLatin1String("open") || w == QLatin1String("click")) {
        return DeliveryState::Delivered;
    }
    if (w.contains(QLatin1String("hardbounce")) || w == QLatin1String("bounce") ||
        w == QLatin1String("bounced") || w == QLatin1String("outofband") || w == QLatin1String("invalid") ||
        w == QLatin1String("notdelivered")) {
        return DeliveryState::Bounced;
    }
    if (w.contains(QLatin1String("softbounce")) || w == QLatin1String("deferred") ||
        w == QLatin1String("delay") || w == QLatin1String("delayed") || w == QLatin1String("transient")) {
        return DeliveryState::Deferred;
    }
    if (w == QLatin1String("blocked") || w == QLatin1String("rejected") ||
        w == QLatin1String("policyrejection") || w == QLatin1String("generationfailure") ||
        w == QLatin1String("generationrejection") || w == QLatin1String("dropped") ||
        w == QLatin1String("suppressed") || w == QLatin1String("spam") || w == QLatin1String("error")) {
        return DeliveryState::Rejected;
    }
    if (w == QLatin1String("queued") || w == QLatin1String("accepted") ||
        w == QLatin1String("acceptedbysystem") || w == QLatin1String("processed") ||
        w == QLatin1String("injection") || w == QLatin1String("requests") || w == QLatin1String("request") ||
        w == QLatin1String("sent") || w == QLatin1String("processing")) {
        return DeliveryState::Queued;
    }
    return DeliveryState::Unknown;
}

ApiCall statusGet(const ApiContext& c, const QString& messageId)
{
    QUrl url = endpoint(c, "statusUrl");
    // {messageId} goes into the path percent-encoded ('<', '>' and '@' included).
    QString path = url.toString(QUrl::FullyEncoded);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(messageId.trimmed()));
    path.replace(QStringLiteral("%7BmessageId%7D"), encoded);
    path.replace(QStringLiteral("{messageId}"), encoded);
    url = QUrl::fromEncoded(path.toLatin1());
    return ApiCall{"GET", url, {{"Accept", "application/json"}}, {}};
}

QString bareMessageId(const QString& messageId)
{
    QString bare = messageId.trimmed();
    if (bare.startsWith(QLatin1Char('<')) && bare.endsWith(QLatin1Char('>'))) {
        bare = bare.mid(1, bare.size() - 2);
    }
    return bare;
}

void setQuery(ApiCall& call, std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto& [name, value] : items) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!query.isEmpty()) {
        call.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
}

void readCodeAndMessage(const QJsonObject& error, const char* codeKey, const char* messageKey,
                        ApiOutcome* out)
{
    out->providerCode = text(error.value(QLatin1String(codeKey)));
    out->providerMessage = error.value(QLatin1String(messageKey)).toString();
}

QJsonArray statusEvents(int status, const QJsonObject& answer, const char* key, StatusOutcome* out)
{
    if (status != 200) {
        return {};
    }
    const QJsonValue events = answer.value(QLatin1String(key));
    out->understood = events.isArray();
    return events.toArray();
}

QJsonObject jsonMessage(const ApiMessage& m, const JsonMessageShape& shape)
{
    QJsonObject body;
    const auto put = [&body](const char* field, const QJsonValue& value) {
        if (field) {
            body.insert(QLatin1String(field), value);
        }
    };
    if (shape.addressKey) {
        const QLatin1String address(shape.addressKey);
        put(shape.from, QJsonObject{{address, m.fromEmail}, {QLatin1String(shape.nameKey), m.fromName}});
        put(shape.to, QJsonArray{QJsonObject{{address, m.to}}});
    } else {
        put(shape.from, mailbox(m.fromName, m.fromEmail));
        put(shape.to, QJsonArray{m.to});
    }
    put(shape.subject, m.subject);
    put(shape.text, m.text);
    put(shape.html, m.html);
    if (shape.headerNameKey) {
        put(shape.headers,
            QJsonArray{QJsonObject{{QLatin1String(shape.headerNameKey), QStringLiteral("X-Postino-Test")},
                                   {QLatin1String(shape.headerValueKey), m.runId}}});
    } else {
        put(shape.headers, testHeaders(m));
    }
    return body;
}

std::optional<ApiCall> KeyedProvider::sendCall(const ApiContext& c, const ApiMessage& m, QString*) const
{
    ApiCall call{"POST", endpoint(c, "sendUrl"), jsonHeaders(), json(sendBody(c, m))};
    authorise(call, c);
    return call;
}

std::optional<ApiCall> KeyedProvider::probeCall(const ApiContext& c, QString*) const
{
    return keyedGet(c, "probeUrl");
}

QJsonObject KeyedProvider::sendBody(const ApiContext&, const ApiMessage&) const
{
    return {};
}

void KeyedProvider::authorise(ApiCall& call, const ApiContext& c) const
{
    bearer(call, c.secret(QStringLiteral("api_key")));
}

ApiCall KeyedProvider::keyedGet(const ApiContext& c, const char* which) const
{
    ApiCall call{"GET", endpoint(c, which), {{"Accept", "application/json"}}, {}};
    authorise(call, c);
    return call;
}

ApiCall KeyedProvider::keyedStatusGet(const ApiContext& c, const QString& messageId,
                                      std::initializer_list<std::pair<QString, QString>> query) const
{
    ApiCall call = statusGet(c, messageId);
    authorise(call, c);
    setQuery(call, query);
    return call;
}

} // namespace postino::providers
