#include "apiclient.h"

#include "advice/advicebook.h"
#include "catalog/catalog.h"
#include "profile/profile.h"

#include <QCoreApplication>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

// A provider's answer to a send is a few hundred bytes; anything this large is not one.
constexpr qint64 kMaxBodyBytes = 1024 * 1024;

} // namespace

ApiClient::ApiClient(QObject* parent)
    : Job(QStringLiteral("api"), parent)
    , m_http(new HttpExchange(this))
{
    qRegisterMetaType<ApiResult>();
    setFinishFromEventLoop(true); // never from within send() or probe(): callers connect after calling them
    relayTranscriptOf(m_http);
    connect(m_http, &HttpExchange::finished, this, [this](const HttpAnswer& answer) {
        if (isRunning()) {
            onAnswer(answer);
        }
    });
}

QString ApiClient::subject(const QString& field) const
{
    const QString id = m_context.mailer ? m_context.mailer->id : QString();
    return field.isEmpty() ? id : id + QLatin1Char('.') + field;
}

void ApiClient::begin(Phase phase, const ResolvedMailer& mailer, const SecretLookup& secret)
{
    cancel();
    m_phase = phase;
    m_context = ApiContext{};
    m_context.mailer = mailer.info;
    m_context.settings = mailer.settings;
    const QString mailerId = m_context.mailer->id;
    m_context.secret = [secret, mailerId](const QString& key) {
        return secret(mailerId, key);
    };
}

namespace {

Advice notSupportedAdvice()
{
    return Advice{Text::tr("Use another way to send"),
                  {Text::tr("This version of Postino cannot make that request to this mailer: check for a "
                            "newer Postino."),
                   Text::tr("Meanwhile use the mailer's SMTP relay if it offers one (choose Other SMTP with "
                            "its server and login).")}};
}

} // namespace

void ApiClient::send(const Profile& profile, const ApiMessage& message, const SecretLookup& secret)
{
    send(profile.resolvedMailer(), message, secret);
}

void ApiClient::probe(const Profile& profile, const SecretLookup& secret)
{
    probe(profile.resolvedMailer(), secret);
}

void ApiClient::send(const ResolvedMailer& mailer, const ApiMessage& message, const SecretLookup& secret)
{
    begin(Phase::Send, mailer, secret);
    m_message = message;
    start();
}

void ApiClient::probe(const ResolvedMailer& mailer, const SecretLookup& secret)
{
    begin(Phase::Probe, mailer, secret);
    start();
}

void ApiClient::doStart()
{
    m_result = ApiResult();
    QString error;
    const auto call = m_phase == Phase::Send ? buildSendCall(m_context, m_message, &error)
                                             : buildProbeCall(m_context, &error);
    if (call) {
        request(*call);
    } else {
        done({Finding{Severity::Error,
                      {.id = QStringLiteral("api.not_supported"), .subject = subject(), .detail = error},
                      notSupportedAdvice()}},
             false);
    }
}

void ApiClient::doCancel()
{
    m_http->cancel();
}

void ApiClient::addEndingFinding(const Finding& finding)
{
    m_result.ok = false;
    m_result.findings = {finding};
    m_result.elapsedMs = elapsedMs();
}

void ApiClient::request(const ApiCall& original)
{
    ApiCall call = original;
    // Only the destination changes: a SigV4 signature (Amazon SES) was computed over the documented host.
    if (m_override.isValid()) {
        call.url.setScheme(m_override.scheme());
        call.url.setHost(m_override.host());
        call.url.setPort(m_override.port());
    }
    if (call.url.scheme() != QLatin1String("https")) {
        done({Finding{Severity::Error,
                      {.id = QStringLiteral("api.not_https"),
                       .subject = call.url.toString(),
                       .detail = Text::tr("Postino only talks to email APIs over HTTPS.")},
                      Advice{Text::tr("Check the API address"),
                             {Text::tr("Use the provider's https:// address; leave the API address "
                                       "setting empty for the default.")}}}},
             false);
        return;
    }
    HttpExchangeOptions options;
    options.timeoutMs = m_timeoutMs;
    options.maxBodyBytes = kMaxBodyBytes;
    options.extraCa = m_extraCa;
    options.secretHeaders = kProviderSecretHeaders;
    m_http->start(call, options);
}

void ApiClient::onAnswer(const HttpAnswer& answer)
{
    if (answer.kind == HttpAnswer::Kind::TooLarge) {
        done(
            {Finding{
                Severity::Error,
                {.id = QStringLiteral("api.unexpected_response"),
                 .subject = subject(),
                 .detail = Text::tr("The answer was larger than %1 bytes; that is not an email API's answer.")
                               .arg(kMaxBodyBytes)},
                Advice{Text::tr("Check what answers in the provider's place"),
                       {Text::tr("Check that nothing between you and the provider (a proxy or a captive "
                                 "portal) answers in its place.")}}}},
            false);
        return;
    }
    if (answer.kind == HttpAnswer::Kind::NetworkError) {
        networkFailure(answer);
        return;
    }
    conclude(answer.status, answer.headers, answer.body);
}

void ApiClient::networkFailure(const HttpAnswer& answer)
{
    const QString host = answer.host;
    const QString port = QString::number(answer.port);
    const QString where = host + QLatin1Char(':') + port;
    switch (answer.error) {
    case QNetworkReply::HostNotFoundError:
        done({Finding{
                 Severity::Error,
                 {.id = QStringLiteral("api.host_not_found"),
                  .subject = where,
                  .detail =
                      Text::tr("The name %1 could not be found: this computer cannot look up the provider's "
                               "server.")
                          .arg(host)},
                 Advice{Text::tr("Check the internet connection"),
                        {Text::tr("Make sure this computer (or the server running postino-cli) can reach the "
                                  "internet and resolve names.")}}}},
             false);
        return;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how a transfer timeout surfaces
        done({Finding{
                 Severity::Error,
                 {.id = QStringLiteral("api.host_unreachable"),
                  .subject = where,
                  .detail =
                      Text::tr(
                          "%1 could not be reached on port %2 (%3). This is a network problem, not a problem "
                          "with your key.")
                          .arg(host, port, answer.errorString)},
                 Advice{Text::tr("Check the network"),
                        {Text::tr(
                             "A firewall or proxy may block HTTPS to the provider; ask your host or network "
                             "administrator to allow outgoing connections to %1 on port %2.")
                             .arg(host, port),
                         Text::tr("Try again in a few minutes in case the provider is down.")}}}},
             false);
        return;
    case QNetworkReply::SslHandshakeFailedError: {
        const QString detail = answer.errorString;
        done(
            {Finding{
                Severity::Error,
                {.id = QStringLiteral("api.tls_error"),
                 .subject = where,
                 .detail =
                     Text::tr("The secure connection to %1 could not be verified: %2").arg(host, detail)},
                Advice{Text::tr("Something is intercepting the connection"),
                       {Text::tr("Antivirus software, a company proxy or a captive portal may be in the way; "
                                 "try another network."),
                        Text::tr("Check that this computer's date and time are correct.")}}}},
            false);
        return;
    }
    default:
        done({Finding{Severity::Error,
                      {.id = QStringLiteral("api.network_error"),
                       .subject = where,
                       .detail = Text::tr("The request to %1 failed: %2").arg(host, answer.errorString)},
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
            done({Finding{Severity::Error,
                          {.id = QStringLiteral("api.region_mismatch"),
                           .subject = subject(QStringLiteral("region")),
                           .detail = Text::tr("Your %1 account is in the %2 region, not the one selected.")
                                         .arg(name, m_otherRegion)},
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
        m_result.transactionId = outcome.transactionId;
        if (m_phase == Phase::Send) {
            QString detail = Text::tr("%1 accepted the test email.").arg(name);
            if (!outcome.messageId.isEmpty()) {
                detail += QLatin1Char(' ') + Text::tr("Its message id is %1.").arg(outcome.messageId);
            }
            done(
                {Finding{Severity::Ok,
                         {.id = QStringLiteral("api.sent"), .subject = subject(), .detail = detail},
                         Advice{Text::tr("Check the recipient's inbox"),
                                {Text::tr(
                                    "The message should arrive within a few minutes; look in the spam folder "
                                    "too.")}}}},
                true);
        } else {
            done({Finding{Severity::Ok,
                          {.id = QStringLiteral("api.credentials_ok"),
                           .subject = subject(),
                           .detail = Text::tr("%1 accepted the key; nothing was sent.").arg(name)}}},
                 true);
        }
        return;
    }
    // A "not found" or "unauthorised" may only mean the account lives in the other region.
    const QStringList regions = apiRegions(*m_context.mailer);
    const bool regional = regions.size() > 1 && m_phase == Phase::Probe && !askedOtherRegion;
    if (regional && mayBeInOtherRegion(mailerId, status, outcome)) {
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
            request(*call);
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
    QString said = outcome.providerMessage.isEmpty() ? readableBody(body) : outcome.providerMessage;
    if (!outcome.providerCode.isEmpty() && !outcome.providerMessage.isEmpty()) {
        said = outcome.providerCode + QStringLiteral(": ") + said;
    }
    const QString detail = said.isEmpty()
                               ? Text::tr("%1 answered HTTP %2.").arg(name).arg(status)
                               : Text::tr("%1 answered HTTP %2: %3").arg(name).arg(status).arg(said);
    if (const AdviceRule* rule = book.match(facts)) {
        done({Finding{rule->severity,
                      {.id = rule->id, .subject = subject(rule->field), .detail = detail},
                      book.adviceFor(*rule)}},
             false);
        return;
    }
    done({Finding{Severity::Error,
                  {.id = QStringLiteral("api.unexpected_response"), .subject = subject(), .detail = detail},
                  Advice{Text::tr("Check the provider's status, then try again"),
                         {Text::tr("Look at the provider's status page for an outage, and try again in a few "
                                   "minutes."),
                          Text::tr("If it keeps happening, save the report and send it to the provider's "
                                   "support.")}}}},
         false);
}

void ApiClient::done(Findings findings, bool ok)
{
    m_result.ok = ok;
    m_result.findings = std::move(findings);
    m_result.elapsedMs = elapsedMs();
    finishJob();
}

} // namespace postino
