#include "apirequests.h"

#include "api/sigv4.h"
#include "catalog/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <cmath>

namespace postino {

namespace {

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

// The endpoint from the catalog with {baseUrl}, {region}, {domain}, ... filled in.
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

QJsonObject testHeaders(const ApiMessage& m)
{
    return QJsonObject{{QStringLiteral("X-Postino-Test"), m.runId}};
}

ApiCall sesCall(const ApiContext& c, const QByteArray& method, const QUrl& url, const QByteArray& body)
{
    ApiCall call{method, url, {}, body};
    sigv4::Request request;
    request.method = method;
    request.path = url.path(QUrl::FullyEncoded).toLatin1();
    request.query = url.query(QUrl::FullyEncoded).toLatin1();
    // The signed host is always the documented one (email.<region>.amazonaws.com): the base-URL
    // override (--api-base, tests) is applied later and only changes where the request goes, so a
    // local server sees a Host that differs from the signed one and checks against the documented host.
    request.headers = {{"host", url.host().toLatin1()}};
    if (!body.isEmpty()) {
        request.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    }
    request.body = body;
    sigv4::Options options;
    options.region = (c.region.isEmpty() ? setting(c, "region") : c.region).toLatin1();
    options.service = "ses";
    options.timestamp = c.now;
    sigv4::Credentials credentials{
        setting(c, "client_id").toLatin1(), c.secret(QStringLiteral("client_secret")), {}};
    const sigv4::Signed signedRequest = sigv4::signWithHeaders(request, credentials, options);
    for (const auto& h : signedRequest.headers) {
        if (h.first.compare("host", Qt::CaseInsensitive) != 0) { // Qt sets Host itself
            call.headers.append(h);
        }
    }
    return call;
}

} // namespace

QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QStringList apiRegions(const MailerInfo& mailer)
{
    QStringList out;
    for (const QJsonValue& rv : mailer.api.value(QLatin1String("regions")).toArray()) {
        out << rv.toObject().value(QLatin1String("id")).toString();
    }
    return out;
}

std::optional<ApiCall> buildSendCall(const ApiContext& c, const ApiMessage& m, QString* error)
{
    const QString id = c.mailer->id;
    const QByteArray key = c.secret(QStringLiteral("api_key"));
    ApiCall call{"POST", endpoint(c, "sendUrl"), jsonHeaders(), {}};
    const QJsonObject headers = testHeaders(m);
    if (id == QLatin1String("sendlayer")) {
        // SendLayer's reference and SDKs: lower-case name/email inside From and To, ContentType
        // "HTML" (or "Text"); WP Mail SMTP sends Email/Name and "html", which is not documented.
        bearer(call, key);
        call.body = json({{QStringLiteral("From"), QJsonObject{{QStringLiteral("name"), m.fromName},
                                                               {QStringLiteral("email"), m.fromEmail}}},
                          {QStringLiteral("To"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.to}}}},
                          {QStringLiteral("Subject"), m.subject},
                          {QStringLiteral("ContentType"), QStringLiteral("HTML")},
                          {QStringLiteral("PlainContent"), m.text},
                          {QStringLiteral("HTMLContent"), m.html},
                          {QStringLiteral("Headers"), headers}});
    } else if (id == QLatin1String("smtpcom")) {
        bearer(call, key);
        const auto part = [](const char* type, const QString& content) {
            return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("charset"), QStringLiteral("UTF-8")}};
        };
        call.body =
            json({{QStringLiteral("channel"), setting(c, "channel")},
                  {QStringLiteral("originator"),
                   QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("address"), m.fromEmail},
                                                                    {QStringLiteral("name"), m.fromName}}}}},
                  {QStringLiteral("recipients"),
                   QJsonObject{
                       {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("address"), m.to}}}}}},
                  {QStringLiteral("subject"), m.subject},
                  {QStringLiteral("body"),
                   QJsonObject{{QStringLiteral("parts"),
                                QJsonArray{part("text/plain", m.text), part("text/html", m.html)}}}},
                  {QStringLiteral("custom_headers"), headers}});
    } else if (id == QLatin1String("sendinblue")) {
        call.headers.append({"api-key", key});
        call.body = json({{QStringLiteral("sender"), QJsonObject{{QStringLiteral("email"), m.fromEmail},
                                                                 {QStringLiteral("name"), m.fromName}}},
                          {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.to}}}},
                          {QStringLiteral("subject"), m.subject},
                          {QStringLiteral("textContent"), m.text},
                          {QStringLiteral("htmlContent"), m.html},
                          {QStringLiteral("headers"), headers}});
    } else if (id == QLatin1String("mailgun")) {
        call.headers = {{"Accept", "application/json"},
                        {"Content-Type", "application/x-www-form-urlencoded"}};
        basic(call, "api", key);
        QUrlQuery form;
        auto add = [&form](const QString& name, const QString& value) {
            form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                              QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        add(QStringLiteral("from"), mailbox(m.fromName, m.fromEmail));
        add(QStringLiteral("to"), m.to);
        add(QStringLiteral("subject"), m.subject);
        add(QStringLiteral("text"), m.text);
        add(QStringLiteral("html"), m.html);
        add(QStringLiteral("h:X-Postino-Test"), m.runId);
        if (m.returnPath) {
            add(QStringLiteral("sender"), m.fromEmail);
        }
        call.body = form.query(QUrl::FullyEncoded).toLatin1();
    } else if (id == QLatin1String("mailjet")) {
        basic(call, key, c.secret(QStringLiteral("secret_key")));
        call.body =
            json({{QStringLiteral("Messages"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("From"), QJsonObject{{QStringLiteral("Email"), m.fromEmail},
                                                            {QStringLiteral("Name"), m.fromName}}},
                       {QStringLiteral("To"), QJsonArray{QJsonObject{{QStringLiteral("Email"), m.to}}}},
                       {QStringLiteral("Subject"), m.subject},
                       {QStringLiteral("TextPart"), m.text},
                       {QStringLiteral("HTMLPart"), m.html},
                       {QStringLiteral("Headers"), headers}}}}});
    } else if (id == QLatin1String("mailersend")) {
        bearer(call, key);
        QJsonObject body{{QStringLiteral("from"), QJsonObject{{QStringLiteral("email"), m.fromEmail},
                                                              {QStringLiteral("name"), m.fromName}}},
                         {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.to}}}},
                         {QStringLiteral("subject"), m.subject},
                         {QStringLiteral("text"), m.text},
                         {QStringLiteral("html"), m.html}};
        // Custom headers need MailerSend's paid plan; sent only when the user says they have it.
        if (apiCarriesTestHeader(id, c.settings)) {
            body.insert(QStringLiteral("headers"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Postino-Test")},
                                               {QStringLiteral("value"), m.runId}}});
        }
        call.body = json(body);
    } else if (id == QLatin1String("mandrill")) {
        call.headers = {{"Content-Type", "application/json"}};
        call.body =
            json({{QStringLiteral("key"), QString::fromUtf8(key)},
                  {QStringLiteral("message"),
                   QJsonObject{{QStringLiteral("from_email"), m.fromEmail},
                               {QStringLiteral("from_name"), m.fromName},
                               {QStringLiteral("to"),
                                QJsonArray{QJsonObject{{QStringLiteral("email"), m.to},
                                                       {QStringLiteral("type"), QStringLiteral("to")}}}},
                               {QStringLiteral("headers"), headers},
                               {QStringLiteral("subject"), m.subject},
                               {QStringLiteral("text"), m.text},
                               {QStringLiteral("html"), m.html}}}});
    } else if (id == QLatin1String("sendgrid")) {
        bearer(call, key);
        call.body =
            json({{QStringLiteral("personalizations"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.to}}}}}}},
                  {QStringLiteral("from"),
                   QJsonObject{{QStringLiteral("email"), m.fromEmail}, {QStringLiteral("name"), m.fromName}}},
                  {QStringLiteral("subject"), m.subject},
                  {QStringLiteral("content"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text/plain")},
                                          {QStringLiteral("value"), m.text}},
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("text/html")},
                                          {QStringLiteral("value"), m.html}}}},
                  {QStringLiteral("headers"), headers}});
    } else if (id == QLatin1String("smtp2go")) {
        call.headers.append({"X-Smtp2go-Api-Key", key});
        call.body =
            json({{QStringLiteral("sender"), mailbox(m.fromName, m.fromEmail)},
                  {QStringLiteral("to"), QJsonArray{m.to}},
                  {QStringLiteral("subject"), m.subject},
                  {QStringLiteral("text_body"), m.text},
                  {QStringLiteral("html_body"), m.html},
                  {QStringLiteral("custom_headers"),
                   QJsonArray{QJsonObject{{QStringLiteral("header"), QStringLiteral("X-Postino-Test")},
                                          {QStringLiteral("value"), m.runId}}}}});
    } else if (id == QLatin1String("sparkpost")) {
        call.headers.append({"Authorization", key}); // the raw key, no scheme
        call.body =
            json({{QStringLiteral("options"), QJsonObject{{QStringLiteral("open_tracking"), false},
                                                          {QStringLiteral("click_tracking"), false},
                                                          {QStringLiteral("transactional"), true}}},
                  {QStringLiteral("recipients"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("address"), QJsonObject{{QStringLiteral("email"), m.to}}}}}},
                  {QStringLiteral("content"),
                   QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("email"), m.fromEmail},
                                                                    {QStringLiteral("name"), m.fromName}}},
                               {QStringLiteral("subject"), m.subject},
                               {QStringLiteral("text"), m.text},
                               {QStringLiteral("html"), m.html},
                               {QStringLiteral("headers"), headers}}}});
    } else if (id == QLatin1String("postmark")) {
        call.headers.append({"X-Postmark-Server-Token", c.secret(QStringLiteral("server_api_token"))});
        QJsonObject body{{QStringLiteral("From"), mailbox(m.fromName, m.fromEmail)},
                         {QStringLiteral("To"), m.to},
                         {QStringLiteral("Subject"), m.subject},
                         {QStringLiteral("TextBody"), m.text},
                         {QStringLiteral("HtmlBody"), m.html},
                         {QStringLiteral("Headers"),
                          QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("X-Postino-Test")},
                                                 {QStringLiteral("Value"), m.runId}}}}};
        if (!setting(c, "message_stream").isEmpty()) {
            body.insert(QStringLiteral("MessageStream"), setting(c, "message_stream"));
        }
        call.body = json(body);
    } else if (id == QLatin1String("elasticemail")) {
        call.headers.append({"X-ElasticEmail-ApiKey", key});
        call.body =
            json({{QStringLiteral("Recipients"), QJsonObject{{QStringLiteral("To"), QJsonArray{m.to}}}},
                  {QStringLiteral("Content"),
                   QJsonObject{
                       {QStringLiteral("From"), mailbox(m.fromName, m.fromEmail)},
                       {QStringLiteral("Subject"), m.subject},
                       {QStringLiteral("Body"),
                        QJsonArray{QJsonObject{{QStringLiteral("ContentType"), QStringLiteral("PlainText")},
                                               {QStringLiteral("Content"), m.text}},
                                   QJsonObject{{QStringLiteral("ContentType"), QStringLiteral("HTML")},
                                               {QStringLiteral("Content"), m.html}}}},
                       {QStringLiteral("Headers"), headers}}}});
    } else if (id == QLatin1String("resend")) {
        bearer(call, key);
        call.body = json({{QStringLiteral("from"), mailbox(m.fromName, m.fromEmail)},
                          {QStringLiteral("to"), QJsonArray{m.to}},
                          {QStringLiteral("subject"), m.subject},
                          {QStringLiteral("text"), m.text},
                          {QStringLiteral("html"), m.html},
                          {QStringLiteral("headers"), headers}});
    } else if (id == QLatin1String("amazonses")) {
        // SES v2 SendEmail with the raw MIME message, signed with SigV4.
        const QByteArray body = json(
            {{QStringLiteral("Content"),
              QJsonObject{{QStringLiteral("Raw"),
                           QJsonObject{{QStringLiteral("Data"), QString::fromLatin1(m.raw.toBase64())}}}}}});
        return sesCall(c, "POST", endpoint(c, "sendUrl"), body);
    } else if (id == QLatin1String("gmail")) {
        // Gmail API users.messages.send: the whole MIME message, base64url, in "raw".
        call.url = QUrl(c.mailer->oauthUrl(QStringLiteral("sendUrl"), c.settings));
        bearer(call, c.secret(QStringLiteral("access_token")));
        call.body = json(
            {{QStringLiteral("raw"), QString::fromLatin1(m.raw.toBase64(QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals))}});
    } else if (id == QLatin1String("outlook")) {
        // Microsoft Graph POST /me/sendMail: answers 202 Accepted with no body.
        call.url = QUrl(c.mailer->oauthUrl(QStringLiteral("sendUrl"), c.settings));
        bearer(call, c.secret(QStringLiteral("access_token")));
        QJsonObject message{
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("HTML")},
                                                 {QStringLiteral("content"), m.html}}},
            {QStringLiteral("toRecipients"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), m.to}}}}}},
            {QStringLiteral("internetMessageHeaders"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Postino-Test")},
                                    {QStringLiteral("value"), m.runId}}}}};
        if (!m.fromEmail.isEmpty()) {
            message.insert(QStringLiteral("from"),
                           QJsonObject{{QStringLiteral("emailAddress"),
                                        QJsonObject{{QStringLiteral("address"), m.fromEmail},
                                                    {QStringLiteral("name"), m.fromName}}}});
        }
        call.body = json({{QStringLiteral("message"), message}, {QStringLiteral("saveToSentItems"), true}});
    } else if (id == QLatin1String("zoho")) {
        // Zoho Mail API POST /api/accounts/{accountId}/messages; always from the connected account.
        call.url = QUrl(c.mailer->oauthUrl(QStringLiteral("sendUrl"), c.settings));
        if (call.url.isEmpty()) {
            *error = QStringLiteral("the Zoho Mail account id is not known yet");
            return std::nullopt;
        }
        call.headers.append({"Authorization", "Zoho-oauthtoken " + c.secret(QStringLiteral("access_token"))});
        call.body = json({{QStringLiteral("fromAddress"), mailbox(m.fromName, m.fromEmail)},
                          {QStringLiteral("toAddress"), m.to},
                          {QStringLiteral("subject"), m.subject},
                          {QStringLiteral("content"), m.html},
                          {QStringLiteral("mailFormat"), QStringLiteral("html")}});
    } else {
        *error = QStringLiteral("no API request shape for mailer '%1'").arg(id);
        return std::nullopt;
    }
    return call;
}

std::optional<ApiCall> buildProbeCall(const ApiContext& c, QString* error)
{
    const QString id = c.mailer->id;
    const QByteArray key = c.secret(QStringLiteral("api_key"));
    ApiContext ctx = c;
    if (id == QLatin1String("postmark") && setting(c, "message_stream").isEmpty()) {
        ctx.settings.insert(QStringLiteral("message_stream"), QStringLiteral("outbound"));
    }
    ApiCall call{"GET", endpoint(ctx, "probeUrl"), {{"Accept", "application/json"}}, {}};
    if (id == QLatin1String("sendlayer") || id == QLatin1String("smtpcom") ||
        id == QLatin1String("mailersend") || id == QLatin1String("resend") ||
        id == QLatin1String("sendgrid")) {
        bearer(call, key);
    } else if (id == QLatin1String("sendinblue")) {
        call.headers.append({"api-key", key});
    } else if (id == QLatin1String("mailgun")) {
        basic(call, "api", key);
    } else if (id == QLatin1String("mailjet")) {
        basic(call, key, c.secret(QStringLiteral("secret_key")));
    } else if (id == QLatin1String("mandrill")) {
        call.method = "POST";
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        call.body = json({{QStringLiteral("key"), QString::fromUtf8(key)}});
    } else if (id == QLatin1String("postmark")) {
        call.headers.append({"X-Postmark-Server-Token", c.secret(QStringLiteral("server_api_token"))});
    } else if (id == QLatin1String("sparkpost")) {
        call.headers.append({"Authorization", key});
    } else if (id == QLatin1String("elasticemail")) {
        call.headers.append({"X-ElasticEmail-ApiKey", key});
    } else if (id == QLatin1String("smtp2go")) {
        call.method = "POST";
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        call.headers.append({"X-Smtp2go-Api-Key", key});
        call.body = "{}";
    } else if (id == QLatin1String("amazonses")) {
        return sesCall(ctx, "GET", call.url, {});
    } else {
        *error = QStringLiteral("no read-only probe for mailer '%1'").arg(id);
        return std::nullopt;
    }
    return call;
}

namespace {

QJsonValue parse(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        return doc.object();
    }
    if (doc.isArray()) {
        return doc.array();
    }
    return {};
}

QString str(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return v.toString();
    }
    // Ids such as Mailjet's are 19-digit integers: never let them turn into 1.15e+18.
    const double d = v.toDouble();
    return d == std::floor(d) ? QString::number(v.toInteger()) : QString::number(d, 'g', 17);
}

// The provider's own error code and message, wherever that provider puts them.
void readError(const QString& id, const QJsonValue& doc, const HttpHeaders& headers, ApiOutcome* out)
{
    const QJsonObject o = doc.toObject();
    if (id == QLatin1String("sendlayer")) {
        // {"Errors": [{"Code", "Message"}]}; a bare {"Error": "..."} is also handled by the official SDKs.
        const QJsonObject e = o.value(QLatin1String("Errors")).toArray().first().toObject();
        out->providerCode = str(e.value(QLatin1String("Code")));
        out->providerMessage = e.value(QLatin1String("Message")).toString();
        if (out->providerMessage.isEmpty()) {
            out->providerMessage = o.value(QLatin1String("Error")).toString();
        }
    } else if (id == QLatin1String("smtpcom")) {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        QStringList parts;
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            if (out->providerCode.isEmpty()) {
                out->providerCode = it.key();
            }
            parts << it.key() + QStringLiteral(": ") + str(it.value());
        }
        out->providerMessage = parts.join(QStringLiteral("; "));
    } else if (id == QLatin1String("sendgrid")) {
        const QJsonObject e = o.value(QLatin1String("errors")).toArray().first().toObject();
        out->providerCode = e.value(QLatin1String("field")).toString();
        out->providerMessage = e.value(QLatin1String("message")).toString();
    } else if (id == QLatin1String("sparkpost")) {
        const QJsonObject e = o.value(QLatin1String("errors")).toArray().first().toObject();
        out->providerCode = str(e.value(QLatin1String("code")));
        out->providerMessage = QString(e.value(QLatin1String("message")).toString() + QLatin1Char(' ') +
                                       e.value(QLatin1String("description")).toString())
                                   .trimmed();
    } else if (id == QLatin1String("postmark")) {
        out->providerCode = str(o.value(QLatin1String("ErrorCode")));
        out->providerMessage = o.value(QLatin1String("Message")).toString();
    } else if (id == QLatin1String("smtp2go")) {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out->providerCode = data.value(QLatin1String("error_code")).toString();
        out->providerMessage = data.value(QLatin1String("error")).toString();
        if (out->providerMessage.isEmpty()) {
            out->providerMessage = str(data.value(QLatin1String("failures")).toArray().first());
        }
    } else if (id == QLatin1String("mailjet")) {
        // Errors nest per message; the first one explains the rest.
        const QJsonObject msg = o.value(QLatin1String("Messages")).toArray().first().toObject();
        const QJsonObject e = msg.value(QLatin1String("Errors")).toArray().first().toObject();
        out->providerCode = e.isEmpty() ? str(o.value(QLatin1String("StatusCode")))
                                        : e.value(QLatin1String("ErrorCode")).toString();
        out->providerMessage = e.isEmpty() ? o.value(QLatin1String("ErrorMessage")).toString()
                                           : e.value(QLatin1String("ErrorMessage")).toString();
    } else if (id == QLatin1String("mandrill")) {
        if (doc.isArray()) {
            const QJsonObject first = doc.toArray().first().toObject();
            out->providerCode = first.value(QLatin1String("status")).toString();
            out->providerMessage = first.value(QLatin1String("reject_reason")).toString();
        } else {
            out->providerCode = o.value(QLatin1String("name")).toString();
            out->providerMessage = o.value(QLatin1String("message")).toString();
        }
    } else if (id == QLatin1String("elasticemail")) {
        out->providerMessage = o.value(QLatin1String("Error")).toString();
    } else if (id == QLatin1String("resend")) {
        out->providerCode = o.value(QLatin1String("name")).toString();
        out->providerMessage = o.value(QLatin1String("message")).toString();
    } else if (id == QLatin1String("mailersend")) {
        out->providerMessage = o.value(QLatin1String("message")).toString();
        static const QRegularExpression code(QStringLiteral("#MS\\d+"));
        const auto m = code.match(out->providerMessage);
        out->providerCode =
            m.hasMatch() ? m.captured(0) : o.value(QLatin1String("errors")).toObject().keys().value(0);
    } else if (id == QLatin1String("amazonses")) {
        QString type = QString::fromLatin1(headerValue(headers, "x-amzn-ErrorType"));
        if (type.isEmpty()) {
            type = o.value(QLatin1String("__type")).toString();
        }
        out->providerCode = type.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('#'), -1);
        out->providerMessage = o.value(QLatin1String("message")).toString();
        if (out->providerMessage.isEmpty()) {
            out->providerMessage = o.value(QLatin1String("Message")).toString();
        }
    } else if (id == QLatin1String("gmail")) {
        // Google: {"error": {"code", "message", "status", "errors": [{"reason"}]}}
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        out->providerCode = e.value(QLatin1String("errors"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("reason"))
                                .toString();
        if (out->providerCode.isEmpty()) {
            out->providerCode = e.value(QLatin1String("status")).toString();
        }
        out->providerMessage = e.value(QLatin1String("message")).toString();
    } else if (id == QLatin1String("outlook")) {
        // Microsoft Graph: {"error": {"code", "message"}}
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        out->providerCode = e.value(QLatin1String("code")).toString();
        out->providerMessage = e.value(QLatin1String("message")).toString();
    } else if (id == QLatin1String("zoho")) {
        // Zoho Mail: {"status": {"code", "description"}, "data": {"errorCode", "moreInfo"}}
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out->providerCode = data.value(QLatin1String("errorCode")).toString();
        out->providerMessage =
            QString(
                o.value(QLatin1String("status")).toObject().value(QLatin1String("description")).toString() +
                QLatin1Char(' ') + data.value(QLatin1String("moreInfo")).toString())
                .trimmed();
    } else { // Brevo, Mailgun and most others: {code, message}
        out->providerCode = str(o.value(QLatin1String("code")));
        out->providerMessage = o.value(QLatin1String("message")).toString();
    }
}

} // namespace

ApiOutcome interpretSend(const QString& id, int status, const HttpHeaders& headers, const QByteArray& body)
{
    ApiOutcome out;
    const QJsonValue doc = parse(body);
    const QJsonObject o = doc.toObject();
    if (id == QLatin1String("sendlayer") || id == QLatin1String("postmark")) {
        out.messageId = str(o.value(QLatin1String("MessageID")));
        out.ok = status == 200 && !out.messageId.isEmpty() &&
                 (id != QLatin1String("postmark") || o.value(QLatin1String("ErrorCode")).toInt() == 0);
    } else if (id == QLatin1String("smtpcom")) {
        // SMTP.com's reference answers {"status": "success", "data": {"msg_id": "..."}}. WP Mail SMTP
        // reads the id out of data.message ("msg_id: ..."), so that form is accepted as well.
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out.messageId = str(data.value(QLatin1String("msg_id")));
        if (out.messageId.isEmpty()) {
            static const QRegularExpression msgId(QStringLiteral("msg_id: (\\S+)"));
            const auto m = msgId.match(data.value(QLatin1String("message")).toString());
            out.messageId = m.hasMatch() ? m.captured(1) : QString();
        }
        out.ok = status == 200 && o.value(QLatin1String("status")).toString() != QLatin1String("fail");
    } else if (id == QLatin1String("sendinblue")) {
        out.messageId = o.value(QLatin1String("messageId")).toString();
        out.ok = (status == 201 || status == 202) && !out.messageId.isEmpty();
    } else if (id == QLatin1String("mailgun") || id == QLatin1String("resend")) {
        out.messageId = o.value(QLatin1String("id")).toString();
        out.ok = status == 200 && !out.messageId.isEmpty();
    } else if (id == QLatin1String("mailjet")) {
        const QJsonObject msg = o.value(QLatin1String("Messages")).toArray().first().toObject();
        out.messageId = str(
            msg.value(QLatin1String("To")).toArray().first().toObject().value(QLatin1String("MessageID")));
        out.ok = status == 200 && msg.value(QLatin1String("Status")).toString() == QLatin1String("success");
    } else if (id == QLatin1String("mailersend") || id == QLatin1String("sendgrid")) {
        out.messageId = QString::fromLatin1(headerValue(headers, "X-Message-Id"));
        out.ok = status == 202;
    } else if (id == QLatin1String("mandrill")) {
        const QJsonObject first = doc.toArray().first().toObject();
        const QString result = first.value(QLatin1String("status")).toString();
        out.messageId = first.value(QLatin1String("_id")).toString();
        out.ok = status == 200 && (result == QLatin1String("sent") || result == QLatin1String("queued"));
    } else if (id == QLatin1String("smtp2go")) {
        out.messageId = o.value(QLatin1String("data")).toObject().value(QLatin1String("email_id")).toString();
        out.ok = status == 200 && !out.messageId.isEmpty();
    } else if (id == QLatin1String("sparkpost")) {
        out.messageId = str(o.value(QLatin1String("results")).toObject().value(QLatin1String("id")));
        out.ok = status == 200 && !out.messageId.isEmpty();
    } else if (id == QLatin1String("elasticemail")) {
        // EmailSend: MessageID identifies the message, TransactionID the send (what the events
        // lookup GET /v4/events/{transactionid} asks for).
        out.messageId = o.value(QLatin1String("MessageID")).toString();
        out.transactionId = o.value(QLatin1String("TransactionID")).toString();
        out.ok = status == 200 && (!out.messageId.isEmpty() || !out.transactionId.isEmpty());
    } else if (id == QLatin1String("amazonses")) {
        out.messageId = o.value(QLatin1String("MessageId")).toString();
        out.ok = status == 200 && !out.messageId.isEmpty();
    } else if (id == QLatin1String("gmail")) {
        out.messageId = o.value(QLatin1String("id")).toString();
        out.ok = status == 200 && !out.messageId.isEmpty();
    } else if (id == QLatin1String("outlook")) {
        out.ok = status == 202; // Graph gives no message id for sendMail
    } else if (id == QLatin1String("zoho")) {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out.messageId = str(data.value(QLatin1String("messageId")));
        out.ok = status == 200 &&
                 o.value(QLatin1String("status")).toObject().value(QLatin1String("code")).toInt() == 200;
    }
    if (!out.ok) {
        readError(id, doc, headers, &out);
    }
    return out;
}

ApiOutcome interpretProbe(const QString& id, int status, const HttpHeaders& headers, const QByteArray& body)
{
    ApiOutcome out;
    const QJsonValue doc = parse(body);
    if (id == QLatin1String("mandrill")) {
        // ping2 answers {"PING": "PONG!"} for a good key, an error object otherwise.
        out.ok = status == 200 &&
                 doc.toObject().value(QLatin1String("PING")).toString().startsWith(QLatin1String("PONG"));
    } else if (id == QLatin1String("smtp2go")) {
        out.ok = status == 200 && doc.toObject()
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("error_code"))
                                      .toString()
                                      .isEmpty();
    } else {
        out.ok = status >= 200 && status < 300;
    }
    if (!out.ok) {
        readError(id, doc, headers, &out);
    }
    return out;
}

// --- Delivery status (issue 8, level 2) ---------------------------------------------------
//
// Each request follows the provider's public API reference, checked as noted:
//   Mailgun    GET {base}{domain}/events?message-id=<id without <>>  (events API reference: the
//              message-id filter, event types accepted/rejected/delivered/failed with
//              severity temporary/permanent; the items[]/delivery-status body shape from the
//              event-structure page [M]). Mailgun marks this API deprecated in favour of Logs.
//   Postmark   GET /messages/outbound/{id}/details  (Messages API; MessageEvents[].Type values
//              Delivered/Bounced/Transient and Details{DeliveryMessage, Summary} [M])
//   SparkPost  GET {base}/events/message?transmissions=<id>  (Events API: the send returns a
//              transmission id; event types injection/delivery/delay/bounce/out_of_band/
//              policy_rejection; the `transmissions` filter name [M])
//   Brevo      GET /v3/smtp/statistics/events?messageId=<id>  (getEmailEventReport; events[]
//              {event, reason} with delivered, deferred, soft/hardBounce(s), blocked [H])
//   SMTP2GO    POST /v3/activity/search {"search": <email_id>}  (Activity Search: `search`
//              matches the Email_id [H]; the events[] field names in the answer [L])
//   Mailjet    GET /v3/REST/message/{id}  (Data[].Status: queued, sent, opened, clicked,
//              bounce, hardbounced, softbounced, blocked, spam, deferred [H], from the
//              official client's types)
//   SendLayer  GET /api/v1/events?MessageID=<id>  (SendLayer's "Retrieving Email Events" guide:
//              Bearer key, {TotalRecords, Events[]{Event, LoggedAt, Reason, Message.Headers}};
//              events accepted / accepted-by-system, delivered, failed (bounced), rejected,
//              opened, clicked, unsubscribed, complained)
//   SendGrid   GET /v3/messages?limit=10&query=msg_id LIKE "<id>%"  (Email Activity API, only
//              with the paid activity add-on; status processed/delivered/not_delivered [H])
bool apiCarriesTestHeader(const QString& mailerId, const QJsonObject& settings)
{
    if (mailerId == QLatin1String("zoho"))
        return false;
    if (mailerId == QLatin1String("mailersend"))
        return settings.value(QLatin1String("has_pro_plan")).toBool();
    return true;
}

bool hasStatusApi(const MailerInfo& mailer)
{
    return !mailer.api.value(QLatin1String("statusUrl")).toString().isEmpty();
}

std::optional<ApiCall> buildStatusCall(const ApiContext& c, const QString& messageId, QString* error)
{
    const QString id = c.mailer->id;
    if (!hasStatusApi(*c.mailer)) {
        *error = QStringLiteral("no delivery status API for mailer '%1'").arg(id);
        return std::nullopt;
    }
    const QByteArray key = c.secret(QStringLiteral("api_key"));
    QUrl url = endpoint(c, "statusUrl");
    {
        // {messageId} goes into the path percent-encoded ('<', '>' and '@' included).
        QString path = url.toString(QUrl::FullyEncoded);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(messageId.trimmed()));
        path.replace(QStringLiteral("%7BmessageId%7D"), encoded);
        path.replace(QStringLiteral("{messageId}"), encoded);
        url = QUrl::fromEncoded(path.toLatin1());
    }
    ApiCall call{"GET", url, {{"Accept", "application/json"}}, {}};
    QUrlQuery query;
    auto addQuery = [&query](const QString& name, const QString& value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    QString bare = messageId.trimmed();
    if (bare.startsWith(QLatin1Char('<')) && bare.endsWith(QLatin1Char('>'))) {
        bare = bare.mid(1, bare.size() - 2);
    }
    if (id == QLatin1String("mailgun")) {
        basic(call, "api", key);
        addQuery(QStringLiteral("message-id"), bare);
        addQuery(QStringLiteral("limit"), QStringLiteral("50"));
    } else if (id == QLatin1String("postmark")) {
        call.headers.append({"X-Postmark-Server-Token", c.secret(QStringLiteral("server_api_token"))});
    } else if (id == QLatin1String("sparkpost")) {
        call.headers.append({"Authorization", key});
        addQuery(QStringLiteral("transmissions"), bare);
    } else if (id == QLatin1String("sendinblue")) {
        call.headers.append({"api-key", key});
        addQuery(QStringLiteral("messageId"), messageId.trimmed());
        addQuery(QStringLiteral("limit"), QStringLiteral("100"));
    } else if (id == QLatin1String("smtp2go")) {
        call.method = "POST";
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        call.headers.append({"X-Smtp2go-Api-Key", key});
        // The default window starts at today's midnight (UTC): a test sent just before
        // midnight would fall out of it.
        call.body = json({{QStringLiteral("search"), bare},
                          {QStringLiteral("start_date"), c.now.addDays(-1).toString(Qt::ISODate)},
                          {QStringLiteral("limit"), 100}});
    } else if (id == QLatin1String("mailjet")) {
        basic(call, key, c.secret(QStringLiteral("secret_key")));
    } else if (id == QLatin1String("sendlayer")) {
        bearer(call, key);
        addQuery(QStringLiteral("MessageID"), bare);
    } else if (id == QLatin1String("sendgrid")) {
        bearer(call, key);
        addQuery(QStringLiteral("limit"), QStringLiteral("10"));
        addQuery(QStringLiteral("query"), QStringLiteral("msg_id LIKE \"%1%\"").arg(bare));
    } else {
        *error = QStringLiteral("no delivery status request for mailer '%1'").arg(id);
        return std::nullopt;
    }
    if (!query.isEmpty()) {
        call.url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return call;
}

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Unknown:
        return QStringLiteral("unknown");
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Deferred:
        return QStringLiteral("deferred");
    case DeliveryState::Bounced:
        return QStringLiteral("bounced");
    case DeliveryState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("unknown");
}

bool isFinalDeliveryState(DeliveryState state)
{
    return state == DeliveryState::Delivered || state == DeliveryState::Bounced ||
           state == DeliveryState::Rejected;
}

namespace {

// Folds many events into one state: a final event wins over any other, a deferral over
// "queued", and among final ones delivered over a bounce that a retry overtook.
struct StateFold
{
    DeliveryState state = DeliveryState::Unknown;
    QString detail;
    int rank(DeliveryState s) const
    {
        switch (s) {
        case DeliveryState::Unknown:
            return 0;
        case DeliveryState::Queued:
            return 1;
        case DeliveryState::Deferred:
            return 2;
        case DeliveryState::Rejected:
            return 3;
        case DeliveryState::Bounced:
            return 4;
        case DeliveryState::Delivered:
            return 5;
        }
        return 0;
    }
    void add(DeliveryState s, const QString& why)
    {
        if (rank(s) > rank(state) || (s == state && detail.isEmpty())) {
            state = s;
            detail = why.trimmed();
        }
    }
};

QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString() && !v.toString().isEmpty()) {
            return v.toString();
        }
        if (v.isDouble()) {
            return str(v);
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

} // namespace

StatusOutcome interpretStatus(const QString& id, int status, const HttpHeaders& headers,
                              const QByteArray& body)
{
    StatusOutcome out;
    const QJsonValue doc = parse(body);
    const QJsonObject o = doc.toObject();
    if (status == 429 || status >= 500) {
        out.retryable = true;
        ApiOutcome e;
        readError(id, doc, headers, &e);
        out.providerCode = e.providerCode;
        out.providerMessage = e.providerMessage;
        return out;
    }
    StateFold fold;
    if (id == QLatin1String("mailgun") && status == 200) {
        out.understood = o.value(QLatin1String("items")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("items")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString event = e.value(QLatin1String("event")).toString();
            const QJsonObject ds = e.value(QLatin1String("delivery-status")).toObject();
            QString why = firstString(ds, {"description", "message"});
            if (why.isEmpty()) {
                why = firstString(e, {"reason"});
            }
            if (event == QLatin1String("failed")) {
                const bool permanent =
                    e.value(QLatin1String("severity")).toString() == QLatin1String("permanent");
                fold.add(permanent ? DeliveryState::Bounced : DeliveryState::Deferred, why);
            } else {
                fold.add(stateFromWord(event), why);
            }
        }
    } else if (id == QLatin1String("postmark")) {
        if (status == 422 && o.value(QLatin1String("ErrorCode")).toInt() == 701) {
            out.understood = true; // "message not found": not indexed yet
            return out;
        }
        if (status == 200) {
            out.understood =
                o.contains(QLatin1String("MessageEvents")) || o.contains(QLatin1String("Status"));
            fold.add(stateFromWord(o.value(QLatin1String("Status")).toString()), {});
            for (const QJsonValue& v : o.value(QLatin1String("MessageEvents")).toArray()) {
                const QJsonObject e = v.toObject();
                const QJsonObject d = e.value(QLatin1String("Details")).toObject();
                fold.add(stateFromWord(e.value(QLatin1String("Type")).toString()),
                         firstString(d, {"DeliveryMessage", "Summary", "Details", "BounceType"}));
            }
        }
    } else if (id == QLatin1String("sparkpost") && status == 200) {
        out.understood = o.value(QLatin1String("results")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("results")).toArray()) {
            const QJsonObject e = v.toObject();
            fold.add(stateFromWord(e.value(QLatin1String("type")).toString()),
                     firstString(e, {"raw_reason", "reason", "error_code"}));
        }
    } else if (id == QLatin1String("sendinblue") && status == 200) {
        out.understood = o.isEmpty() || o.value(QLatin1String("events")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            fold.add(stateFromWord(e.value(QLatin1String("event")).toString()), firstString(e, {"reason"}));
        }
    } else if (id == QLatin1String("smtp2go") && status == 200) {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out.understood = data.value(QLatin1String("events")).isArray();
        for (const QJsonValue& v : data.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            fold.add(stateFromWord(e.value(QLatin1String("event")).toString()),
                     firstString(e, {"smtp_response", "reason", "detail", "message"}));
        }
    } else if (id == QLatin1String("mailjet")) {
        if (status == 404) {
            out.understood = true; // not known yet
            return out;
        }
        if (status == 200) {
            const QJsonArray data = o.value(QLatin1String("Data")).toArray();
            out.understood = o.value(QLatin1String("Data")).isArray();
            for (const QJsonValue& v : data) {
                const QJsonObject m = v.toObject();
                const QString s = m.value(QLatin1String("Status")).toString().toLower();
                // Mailjet's "sent" means the receiving server took it.
                fold.add(s == QLatin1String("sent") ? DeliveryState::Delivered : stateFromWord(s),
                         firstString(m, {"StateID", "StatePermanent"}));
            }
        }
    } else if (id == QLatin1String("sendlayer") && status == 200) {
        out.understood = o.value(QLatin1String("Events")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("Events")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString event = e.value(QLatin1String("Event")).toString().toLower();
            // "failed" is SendLayer's bounce; a complaint or an unsubscribe means it arrived.
            DeliveryState state = stateFromWord(event);
            if (event == QLatin1String("failed"))
                state = DeliveryState::Bounced;
            else if (event == QLatin1String("complained") || event == QLatin1String("unsubscribed"))
                state = DeliveryState::Delivered;
            fold.add(state, e.value(QLatin1String("Reason")).toString());
        }
    } else if (id == QLatin1String("sendgrid") && status == 200) {
        out.understood = o.value(QLatin1String("messages")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("messages")).toArray()) {
            fold.add(stateFromWord(v.toObject().value(QLatin1String("status")).toString()), {});
        }
    }
    if (!out.understood && status != 200) {
        ApiOutcome e;
        readError(id, doc, headers, &e);
        out.providerCode = e.providerCode;
        out.providerMessage = e.providerMessage;
        // A key that may send but not read activity (SendGrid without the activity add-on,
        // restricted keys elsewhere) is a permission matter, not a failure of the message.
        out.noAccess = status == 401 || status == 403 || (id == QLatin1String("sendgrid") && status == 400);
        return out;
    }
    out.state = fold.state;
    out.detail = fold.detail;
    return out;
}

} // namespace postino
