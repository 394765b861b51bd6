#include "alertsender.h"

#include "alerts/webhooktarget.h"
#include "api/httpexchange.h"
#include "catalog/catalog.h"
#include "profile/profile.h"
#include "send/testsend.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

void systemLookup(const QString& host, QObject* context, std::function<void(const QList<QHostAddress>&)> done)
{
    QHostInfo::lookupHost(host, context, [done](const QHostInfo& info) {
        done(info.error() == QHostInfo::NoError ? info.addresses() : QList<QHostAddress>{});
    });
}

} // namespace

AlertSender::AlertSender(QObject* parent)
    : Job(QStringLiteral("alert"), parent)
    , m_http(new HttpExchange(this))
{
    qRegisterMetaType<AlertResult>();
    setFinishFromEventLoop(true);
    relayTranscriptOf(m_http);
    connect(m_http, &HttpExchange::finished, this, [this](const HttpAnswer& answer) {
        if (isRunning()) {
            onAnswer(answer);
        }
    });
}

QString AlertSender::maskForTranscript(const QString& text) const
{
    return maskAlertSecrets(text, m_channel, m_options.secret);
}

void AlertSender::doCancel()
{
    ++m_generation;
    m_http->cancel();
    dropPart(m_email);
}

void AlertSender::addEndingFinding(const Finding& finding)
{
    m_result.ok = false;
    m_result.findings = {finding};
    m_result.elapsedMs = elapsedMs();
}

void AlertSender::done(Findings findings, bool ok)
{
    ++m_generation;
    m_result.ok = ok;
    // A service's own words may repeat the address or topic it was sent to.
    for (Finding& f : findings) {
        f.detail = maskAlertSecrets(f.detail, m_channel, m_options.secret);
        for (QString& step : f.advice.steps) {
            step = maskAlertSecrets(step, m_channel, m_options.secret);
        }
    }
    m_result.findings = std::move(findings);
    m_result.elapsedMs = elapsedMs();
    finishJob();
}

void AlertSender::sendTest(const Profile& profile, const AlertChannel& channel,
                           const AlertSendOptions& options)
{
    cancel();
    m_channel = channel;
    m_options = options;
    m_profile = std::make_shared<Profile>(profile);
    start();
}

void AlertSender::doStart()
{
    m_result = AlertResult();
    const Profile& profile = *m_profile;
    const AlertChannel& channel = m_channel;
    const AlertSendOptions& options = m_options;
    const Findings problems = validateAlertChannel(channel, options.secret);
    if (hasErrors(problems)) {
        done(problems, false);
        return;
    }
    const MailerInfo* mailer = profile.mailer();
    const QString recipient =
        profile.testRecipient().isEmpty() ? profile.sender().fromEmail : profile.testRecipient();
    const SampleAlert alert = sampleAlert(profile.sender().fromEmail, recipient,
                                          mailer ? Catalog::tr(mailer->name) : profile.mailerId());

    if (channel.type == QLatin1String("email")) {
        m_emailQueue = splitAddresses(channel.setting(QStringLiteral("to")));
        m_emailSent.clear();
        m_emailFindings.clear();
        note(TranscriptLine::Direction::Info,
             Text::tr("The email alert goes through the mailer you configured (%1).")
                 .arg(mailer ? Catalog::tr(mailer->name) : profile.mailerId()));
        sendNextEmail();
        return;
    }

    QString error;
    const auto call = buildAlertCall(channel, alert, options.secret, &error);
    if (!call) {
        done({Finding{
                 Severity::Error,
                 {.id = QStringLiteral("alert.unknown_type"), .subject = subject(), .detail = error},
                 Advice{Text::tr("Choose another alert channel"),
                        {Text::tr("On the Features page, pick one of the listed channels: email, Slack, "
                                  "Discord, Microsoft Teams, Twilio SMS, a webhook, ntfy or Pushover.")}}}},
             false);
        return;
    }
    m_call = *call;
    if (options.baseOverride.isValid()) {
        m_call.url.setScheme(options.baseOverride.scheme());
        m_call.url.setHost(options.baseOverride.host());
        m_call.url.setPort(options.baseOverride.port());
    }
    const QUrl url = m_call.url;
    if (const auto refused = checkTargetUrl(url, options.allowLocalTargets, subject())) {
        done({*refused}, false);
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(url.host())) {
        connectTo(url, {literal});
        return;
    }
    note(TranscriptLine::Direction::Info, Text::tr("Looking up %1…").arg(url.host()));
    const quint64 generation = m_generation;
    const auto lookup = options.lookup ? options.lookup : AlertSendOptions::HostLookup(systemLookup);
    lookup(url.host(), this, [this, generation, url](const QList<QHostAddress>& addresses) {
        if (generation != m_generation) {
            return; // cancelled or superseded
        }
        connectTo(url, addresses);
    });
}

void AlertSender::connectTo(const QUrl& url, const QList<QHostAddress>& addresses)
{
    if (addresses.isEmpty()) {
        done({Finding{
                 Severity::Error,
                 {.id = QStringLiteral("alert.host_not_found"),
                  .subject = subject(),
                  .detail = Text::tr("The name %1 could not be found.").arg(url.host())},
                 Advice{Text::tr("Check the address"),
                        {Text::tr("Check the address for typos."),
                         Text::tr("Make sure this computer can reach the internet and resolve names.")}}}},
             false);
        return;
    }
    if (const auto refused = checkTargetAddresses(url, addresses, m_options.allowLocalTargets, subject())) {
        done({*refused}, false);
        return;
    }
    QStringList shown;
    for (const QHostAddress& a : addresses) {
        shown << a.toString();
    }
    note(TranscriptLine::Direction::Info,
         Text::tr("%1 is %2; connecting to %3 only.")
             .arg(url.host(), shown.join(QStringLiteral(", ")), shown.first()));
    HttpExchangeOptions http;
    http.timeoutMs = m_options.timeoutMs;
    http.maxBodyBytes = m_options.maxAnswerBytes;
    http.extraCa = m_options.extraCa;
    http.connectTo = addresses.first();
    // A service's address starts with its fixed prefix ("/services/"); the user's own webhook may carry
    // its token anywhere in the path.
    http.displayUrl = maskedUrl(url, m_channel.type == QLatin1String("webhook") ? 0 : 1);
    http.secretHeaders = {"authorization"};
    m_http->start(m_call, http);
}

void AlertSender::onAnswer(const HttpAnswer& answer)
{
    const QString service = alertText(alertChannelInfo(m_channel.type)->name);
    const QString where = answer.host + QLatin1Char(':') + QString::number(answer.port);
    m_result.httpStatus = answer.status;
    if (answer.kind == HttpAnswer::Kind::TooLarge) {
        done(
            {Finding{
                Severity::Error,
                {.id = QStringLiteral("alert.response_too_large"),
                 .subject = subject(),
                 .detail =
                     Text::tr("The answer from %1 was larger than %2 bytes and was cut off; that is not what "
                              "%3 answers.")
                         .arg(where)
                         .arg(m_options.maxAnswerBytes)
                         .arg(service)},
                Advice{Text::tr("Check the address"),
                       {Text::tr("Check that the address belongs to %1.").arg(service)}}}},
            false);
        return;
    }
    if (answer.kind == HttpAnswer::Kind::NetworkError) {
        switch (answer.error) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // how a transfer timeout surfaces
            done({Finding{
                     Severity::Error,
                     {.id = QStringLiteral("alert.timeout"),
                      .subject = subject(),
                      .detail = Text::tr("%1 did not answer within %2 seconds.")
                                    .arg(where)
                                    .arg(m_options.timeoutMs / 1000.0)},
                     Advice{Text::tr("Try again later"),
                            {Text::tr("A firewall may hold the connection; try again later or from another "
                                      "network.")}}}},
                 false);
            return;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            done(
                {Finding{Severity::Error,
                         {.id = QStringLiteral("alert.unreachable"),
                          .subject = subject(),
                          .detail = Text::tr("%1 could not be reached (%2).").arg(where, answer.errorString)},
                         Advice{Text::tr("Check the address"),
                                {Text::tr("Check the address and that outgoing HTTPS is allowed.")}}}},
                false);
            return;
        case QNetworkReply::SslHandshakeFailedError:
            done({Finding{Severity::Error,
                          {.id = QStringLiteral("alert.tls_error"),
                           .subject = subject(),
                           .detail = Text::tr("The secure connection to %1 could not be verified: %2")
                                         .arg(where, answer.errorString)},
                          Advice{Text::tr("Check what answers in the service's place"),
                                 {Text::tr("Something may intercept the connection (antivirus, proxy); try "
                                           "another network.")}}}},
                 false);
            return;
        default:
            done({Finding{Severity::Error,
                          {.id = QStringLiteral("alert.network_error"),
                           .subject = subject(),
                           .detail = Text::tr("The request to %1 failed: %2").arg(where, answer.errorString)},
                          Advice{Text::tr("Try again later"), {Text::tr("Try again in a few minutes.")}}}},
                 false);
            return;
        }
    }
    const int status = answer.status;
    if (status >= 300 && status < 400) {
        const QUrl location = m_call.url.resolved(QUrl(QString::fromUtf8(answer.header("Location"))));
        const bool otherHost = location.host().compare(m_call.url.host(), Qt::CaseInsensitive) != 0;
        done({Finding{
                 Severity::Error,
                 {.id = otherHost ? QStringLiteral("alert.redirect_refused")
                                  : QStringLiteral("alert.redirected"),
                  .subject = subject(),
                  .detail =
                      otherHost
                          ? Text::tr("%1 redirected the alert to another server (%2); Postino does not "
                                     "follow redirects, so nothing was sent there.")
                                .arg(where, location.host())
                          : Text::tr("%1 answered that the address moved (HTTP %2); Postino does not follow "
                                     "redirects.")
                                .arg(where)
                                .arg(status)},
                 Advice{Text::tr("Copy the address again"),
                        {Text::tr("Copy the webhook address again from %1.").arg(service)}}}},
             false);
        return;
    }
    const AlertOutcome outcome = interpretAlertReply(m_channel.type, status, answer.headers, answer.body);
    if (outcome.ok) {
        done({Finding{Severity::Ok,
                      {.id = QStringLiteral("alert.sent"),
                       .subject = subject(),
                       .detail = Text::tr("%1 accepted the test alert (HTTP %2).").arg(service).arg(status)},
                      Advice{Text::tr("Check that it arrived"),
                             {Text::tr("Look for the test alert where %1 delivers it.").arg(service)}}}},
             true);
        return;
    }
    if (!outcome.id.isEmpty()) {
        done({Finding{Severity::Error,
                      {.id = outcome.id, .subject = subject(), .detail = outcome.detail},
                      Advice{Text::tr("Check the channel's settings"),
                             outcome.steps.isEmpty()
                                 ? QStringList{Text::tr("Check the channel's settings against what %1 shows.")
                                                   .arg(service)}
                                 : outcome.steps}}},
             false);
        return;
    }
    // The service's own words, when it gave any, end the sentence; each form is a whole sentence.
    const bool said = !outcome.said.isEmpty();
    if (status == 429) {
        done(
            {Finding{
                Severity::Error,
                {.id = QStringLiteral("alert.rate_limited"),
                 .subject = subject(),
                 .detail =
                     said ? Text::tr("%1 is limiting how often alerts can be sent (HTTP 429: %2).")
                                .arg(service, outcome.said)
                          : Text::tr("%1 is limiting how often alerts can be sent (HTTP 429).").arg(service)},
                Advice{Text::tr("Wait a little"), {Text::tr("Wait a minute and send the test again.")}}}},
            false);
        return;
    }
    if (status >= 500) {
        done(
            {Finding{Severity::Error,
                     {.id = QStringLiteral("alert.service_unavailable"),
                      .subject = subject(),
                      .detail =
                          said ? Text::tr("%1 had a problem of its own (HTTP %2: %3).")
                                     .arg(service)
                                     .arg(status)
                                     .arg(outcome.said)
                               : Text::tr("%1 had a problem of its own (HTTP %2).").arg(service).arg(status)},
                     Advice{Text::tr("Try again later"), {Text::tr("Try again in a few minutes.")}}}},
            false);
        return;
    }
    done(
        {Finding{Severity::Error,
                 {.id = QStringLiteral("alert.rejected"),
                  .subject = subject(),
                  .detail = said ? Text::tr("%1 refused the test alert (HTTP %2: %3).")
                                       .arg(service)
                                       .arg(status)
                                       .arg(outcome.said)
                                 : Text::tr("%1 refused the test alert (HTTP %2).").arg(service).arg(status)},
                 Advice{Text::tr("Check the channel's settings"),
                        {Text::tr("Check the channel's settings against what %1 shows.").arg(service)}}}},
        false);
}

void AlertSender::sendNextEmail()
{
    if (m_emailQueue.isEmpty()) {
        if (hasErrors(m_emailFindings)) {
            done(m_emailFindings, false);
        } else {
            done({Finding{Severity::Ok,
                          {.id = QStringLiteral("alert.sent"),
                           .subject = subject(),
                           .detail = Text::tr("A test email went to %1 through your mailer.")
                                         .arg(m_emailSent.join(QStringLiteral(", ")))},
                          Advice{Text::tr("Check that it arrived"),
                                 {Text::tr("Look in each inbox, and in the spam folder too.")}}}},
                 true);
        }
        return;
    }
    const QString to = m_emailQueue.takeFirst();
    TestSendRequest request;
    request.recipient = to;
    request.extraCaCertificates = m_options.extraCa;
    request.apiBaseOverride = m_options.baseOverride;
    request.timeouts.connectMs = request.timeouts.greetingMs = request.timeouts.commandMs =
        m_options.timeoutMs;
    request.secret = m_options.secret;
    m_email = new TestEmailSender(this);
    connect(m_email, &TestEmailSender::transcript, this, &AlertSender::transcript);
    connect(m_email, &TestEmailSender::finished, this, [this, to](const TestSendResult& r) {
        m_email->deleteLater();
        if (r.ok) {
            m_emailSent << to;
        }
        for (Finding f : r.findings) {
            if (f.isError()) {
                f.detail = Text::tr("To %1: %2").arg(to, f.detail);
                m_emailFindings.append(f);
            }
        }
        sendNextEmail();
    });
    m_email->start(*m_profile, request);
}

} // namespace postino
