#include "apiclient.h"

#include "advice/advicebook.h"
#include "catalog/catalog.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

// A provider's answer to a send is a few hundred bytes; anything this large is not one.
constexpr qint64 kMaxBodyBytes = 1024 * 1024;

bool isSecretHeader(const QByteArray& name)
{
    static const QList<QByteArray> secret{"authorization",           "api-key",
                                          "x-postmark-server-token", "x-smtp2go-api-key",
                                          "x-elasticemail-apikey",   "x-amz-security-token"};
    return secret.contains(name.toLower());
}

// What a person can read of a body: JSON as it is, HTML without its tags, all of it short.
QString readable(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(2000));
    static const QRegularExpression markup(QStringLiteral("<\\s*/?\\s*[a-zA-Z!][^>]*>"));
    const QString start = text.trimmed();
    const bool json = start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['));
    if (!json && markup.match(text).hasMatch()) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        static const QRegularExpression space(QStringLiteral("\\s+"));
        text = text.remove(tags).replace(space, QStringLiteral(" ")).trimmed();
    }
    return text.left(300);
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiResult>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Never follow a redirect: it could carry the key to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiClient::note(TranscriptLine::Direction direction, const QString& text)
{
    Q_EMIT transcript(TranscriptLine{direction, text, m_elapsed.isValid() ? m_elapsed.elapsed() : 0});
}

QString ApiClient::subject(const QString& field) const
{
    const QString id = m_context.mailer ? m_context.mailer->id : QString();
    return field.isEmpty() ? id : id + QLatin1Char('.') + field;
}

void ApiClient::begin(Phase phase, const Profile& profile, const SecretLookup& secret)
{
    cancel();
    m_phase = phase;
    m_result = ApiResult();
    m_elapsed.start();
    m_context = ApiContext{};
    m_context.mailer = profile.mailer();
    m_context.settings = m_context.mailer->withDefaults(profile.currentSettings());
    const QString mailerId = m_context.mailer->id;
    m_context.secret = [secret, mailerId](const QString& key) {
        return secret(mailerId, key);
    };
}

void ApiClient::send(const Profile& profile, const ApiMessage& message, const SecretLookup& secret)
{
    begin(Phase::Send, profile, secret);
    QString error;
    if (const auto call = buildSendCall(m_context, message, &error)) {
        start(*call);
    } else {
        done({Finding{QStringLiteral("api.not_supported"), Severity::Error, subject(), error, {}}}, false);
    }
}

void ApiClient::probe(const Profile& profile, const SecretLookup& secret)
{
    begin(Phase::Probe, profile, secret);
    QString error;
    if (const auto call = buildProbeCall(m_context, &error)) {
        start(*call);
    } else {
        done({Finding{QStringLiteral("api.not_supported"), Severity::Error, subject(), error, {}}}, false);
    }
}

void ApiClient::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
        done(
            {Finding{QStringLiteral("api.cancelled"), Severity::Info, subject(), Text::tr("Cancelled."), {}}},
            false);
    }
}

void ApiClient::start(const ApiCall& original)
{
    ApiCall call = original;
    if (m_override.isValid()) {
        call.url.setScheme(m_override.scheme());
        call.url.setHost(m_override.host());
        call.url.setPort(m_override.port());
    }
    if (call.url.scheme() != QLatin1String("https")) {
        done({Finding{QStringLiteral("api.not_https"),
                      Severity::Error,
                      call.url.toString(),
                      Text::tr("Postino only talks to email APIs over HTTPS."),
                      {}}},
             false);
        return;
    }
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Postino/%1").arg(QCoreApplication::applicationVersion()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCa.isEmpty()) {
        tls.addCaCertificates(m_extraCa);
    }
    request.setSslConfiguration(tls);
    note(TranscriptLine::Direction::Client,
         QString::fromLatin1(call.method) + QLatin1Char(' ') + call.url.toString(QUrl::RemoveUserInfo));
    for (const auto& [name, value] : std::as_const(call.headers)) {
        request.setRawHeader(name, value);
        note(TranscriptLine::Direction::Client,
             QString::fromLatin1(name) + QStringLiteral(": ") +
                 (isSecretHeader(name) ? Text::tr("(hidden)") : QString::fromUtf8(value)));
    }
    if (!call.body.isEmpty()) {
        // Bodies may carry the key (Mandrill) and always carry the message: only their size is shown.
        note(TranscriptLine::Direction::Client, Text::tr("(request body: %1 bytes)").arg(call.body.size()));
    }
    m_body.clear();
    m_tooLarge = false;
    m_sslErrors.clear();
    m_reply = m_nam->sendCustomRequest(request, call.method, call.body);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply) {
            return;
        }
        m_body += m_reply->read(kMaxBodyBytes + 1 - m_body.size());
        if (m_body.size() > kMaxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiClient::onFinished);
}

void ApiClient::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    if (m_tooLarge) {
        done(
            {Finding{QStringLiteral("api.unexpected_response"), Severity::Error, subject(),
                     Text::tr("The answer was larger than %1 bytes; that is not an email API's answer.")
                         .arg(kMaxBodyBytes),
                     Advice{{},
                            {Text::tr("Check that nothing between you and the provider (a proxy or a captive "
                                      "portal) answers in its place.")}}}},
            false);
        return;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A transport error after the status line (a body cut short) still means no reliable answer.
    const bool transportError =
        reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
    if (!statusAttribute.isValid() || transportError) {
        networkFailure(reply);
        return;
    }
    m_body += reply->read(kMaxBodyBytes + 1 - m_body.size());
    const int status = statusAttribute.toInt();
    HttpHeaders headers;
    for (const auto& pair : reply->rawHeaderPairs()) {
        headers.append(pair);
    }
    note(TranscriptLine::Direction::Server,
         QStringLiteral("HTTP %1 %2")
             .arg(status)
             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    if (!m_body.isEmpty()) {
        note(TranscriptLine::Direction::Server, readable(m_body));
    }
    conclude(status, headers, m_body);
}

void ApiClient::networkFailure(QNetworkReply* reply)
{
    const QString host = reply->url().host();
    const QString port = QString::number(reply->url().port(443));
    const QString where = host + QLatin1Char(':') + port;
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        done({Finding{
                 QStringLiteral("api.host_not_found"), Severity::Error, where,
                 Text::tr("The name %1 could not be found: this computer cannot look up the provider's "
                          "server.")
                     .arg(host),
                 Advice{Text::tr("Check the internet connection"),
                        {Text::tr("Make sure this computer (or the server running postino-cli) can reach the "
                                  "internet and resolve names.")}}}},
             false);
        return;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how a transfer timeout surfaces
        done({Finding{
                 QStringLiteral("api.host_unreachable"), Severity::Error, where,
                 Text::tr("%1 could not be reached on port %2 (%3). This is a network problem, not a problem "
                          "with your key.")
                     .arg(host, port, reply->errorString()),
                 Advice{Text::tr("Check the network"),
                        {Text::tr(
                             "A firewall or proxy may block HTTPS to the provider; ask your host or network "
                             "administrator to allow outgoing connections to %1 on port %2.")
                             .arg(host, port),
                         Text::tr("Try again in a few minutes in case the provider is down.")}}}},
             false);
        return;
    case QNetworkReply::SslHandshakeFailedError: {
        const QString detail =
            m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.first().errorString();
        done(
            {Finding{
                QStringLiteral("api.tls_error"), Severity::Error, where,
                Text::tr("The secure connection to %1 could not be verified: %2").arg(host, detail),
                Advice{Text::tr("Something is intercepting the connection"),
                       {Text::tr("Antivirus software, a company proxy or a captive portal may be in the way; "
                                 "try another network."),
                        Text::tr("Check that this computer's date and time are correct.")}}}},
            false);
        return;
    }
    default:
        done({Finding{QStringLiteral("api.network_error"), Severity::Error, where,
                      Text::tr("The request to %1 failed: %2").arg(host, reply->errorString()),
                      Advice{Text::tr("Try again"),
                             {Text::tr("The connection dropped before the provider answered; try again in a "
                                       "few minutes.")}}}},
             false);
        return;
    }
}

void ApiClient::conclude(int status, const HttpHeaders& headers, const QByteArray& body)
{
    const QString mailerId = m_context.mailer->id;
    const bool askedOtherRegion = m_phase == Phase::OtherRegion;
    m_result.httpStatus = status;
    const ApiOutcome outcome = m_phase == Phase::Send ? interpretSend(mailerId, status, headers, body)
                                                      : interpretProbe(mailerId, status, headers, body);
    const QString name = Catalog::tr(m_context.mailer->name);
    if (m_phase == Phase::OtherRegion) {
        // The key works in the other region: the region setting is what is wrong.
        if (outcome.ok) {
            done({Finding{QStringLiteral("api.region_mismatch"), Severity::Error,
                          subject(QStringLiteral("region")),
                          Text::tr("Your %1 account is in the %2 region, not the one selected.")
                              .arg(name, m_otherRegion),
                          Advice{Text::tr("Choose the right region"),
                                 {Text::tr("Set the region to %1 on the Configure mailer page.")
                                      .arg(m_otherRegion)}}}},
                 false);
            return;
        }
        m_phase = Phase::Probe; // not there either: the other region's answer says the same
    }
    if (outcome.ok) {
        m_result.messageId = outcome.messageId;
        if (m_phase == Phase::Send) {
            QString detail = Text::tr("%1 accepted the test email.").arg(name);
            if (!outcome.messageId.isEmpty()) {
                detail += QLatin1Char(' ') + Text::tr("Its message id is %1.").arg(outcome.messageId);
            }
            done(
                {Finding{QStringLiteral("api.sent"), Severity::Ok, subject(), detail,
                         Advice{Text::tr("Check the recipient's inbox"),
                                {Text::tr(
                                    "The message should arrive within a few minutes; look in the spam folder "
                                    "too.")}}}},
                true);
        } else {
            done({Finding{QStringLiteral("api.credentials_ok"),
                          Severity::Ok,
                          subject(),
                          Text::tr("%1 accepted the key; nothing was sent.").arg(name),
                          {}}},
                 true);
        }
        return;
    }
    // A "not found" or "unauthorised" may only mean the account lives in the other region.
    const QStringList regions = apiRegions(*m_context.mailer);
    const bool regional = regions.size() > 1 && m_phase == Phase::Probe && !askedOtherRegion;
    const bool maybeOtherRegion =
        (mailerId == QLatin1String("mailgun") && status == 404 &&
         outcome.providerMessage.contains(QLatin1String("Domain not found"), Qt::CaseInsensitive)) ||
        (mailerId == QLatin1String("sparkpost") && status == 401);
    if (regional && maybeOtherRegion) {
        const QString current = m_context.settings.value(QStringLiteral("region")).toString();
        for (const QString& r : regions) {
            if (r != current) {
                m_otherRegion = r;
            }
        }
        m_phase = Phase::OtherRegion;
        ApiContext other = m_context;
        other.region = m_otherRegion;
        QString error;
        if (const auto call = buildProbeCall(other, &error)) {
            note(TranscriptLine::Direction::Info, Text::tr("Trying the %1 region too…").arg(m_otherRegion));
            start(*call);
            return;
        }
    }
    AdviceFacts facts;
    facts.stage = m_phase == Phase::Send ? QStringLiteral("send") : QStringLiteral("probe");
    facts.mailer = mailerId;
    facts.code = status;
    facts.providerCode = outcome.providerCode;
    facts.text = outcome.providerMessage + QLatin1Char(' ') + QString::fromUtf8(body.left(4000));
    const AdviceBook& book = AdviceBook::apiErrors();
    QString said = outcome.providerMessage.isEmpty() ? readable(body) : outcome.providerMessage;
    if (!outcome.providerCode.isEmpty() && !outcome.providerMessage.isEmpty()) {
        said = outcome.providerCode + QStringLiteral(": ") + said;
    }
    const QString detail = said.isEmpty()
                               ? Text::tr("%1 answered HTTP %2.").arg(name).arg(status)
                               : Text::tr("%1 answered HTTP %2: %3").arg(name).arg(status).arg(said);
    if (const AdviceRule* rule = book.match(facts)) {
        done({Finding{rule->id, rule->severity, subject(rule->field), detail, book.adviceFor(*rule)}}, false);
        return;
    }
    done({Finding{QStringLiteral("api.unexpected_response"), Severity::Error, subject(), detail, {}}}, false);
}

void ApiClient::done(Findings findings, bool ok)
{
    m_result.ok = ok;
    m_result.findings = std::move(findings);
    m_result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    const ApiResult result = m_result;
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

} // namespace postino
