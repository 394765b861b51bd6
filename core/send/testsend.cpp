#include "testsend.h"

#include "acceptance/messagecheck.h"
#include "api/apiclient.h"
#include "catalog/catalog.h"
#include "oauth/oauthflow.h"
#include "profile/profile.h"
#include "profile/validators.h"

#include <QCoreApplication>
#include <QTimer>

namespace postino {

namespace {

// The test send's result once its SMTP or API part has reported.
template <typename PartResult>
TestSendResult withPart(TestSendResult result, const PartResult& part, const QString& providerId)
{
    result.ok = part.ok;
    result.findings = part.findings;
    result.providerId = providerId;
    result.elapsedMs = part.elapsedMs;
    return result;
}

} // namespace

TestEmailSender::TestEmailSender(QObject* parent)
    : Job(QStringLiteral("send"), parent)
{
    qRegisterMetaType<TestSendResult>();
    setFinishFromEventLoop(true);
}

bool TestEmailSender::canSend(const Profile& profile)
{
    const MailerInfo* m = profile.mailer();
    return m != nullptr;
}

Findings TestEmailSender::preflight(const Profile& profile, const TestSendRequest& request)
{
    return preflight(profile, profile.resolvedMailer(), request);
}

Findings TestEmailSender::preflight(const Profile& profile, const ResolvedMailer& mailer,
                                    const TestSendRequest& request)
{
    Findings out = profile.validate();
    const QString mailerId = mailer.info ? mailer.info->id : profile.mailerId();
    for (const FieldSpec* f : profile.missingSecrets(request.secret)) {
        out.append(Finding{Severity::Error,
                           {.id = QStringLiteral("profile.required"),
                            .subject = mailerId + QLatin1Char('.') + f->key,
                            .detail = tr("%1 is required.").arg(Catalog::tr(f->label))},
                           Advice{tr("Fill in %1").arg(Catalog::tr(f->label)),
                                  {tr("Copy it from your mailer's account page; Postino keeps it in "
                                      "the system keychain, never in the profile.")}}});
    }
    if (!isValidEmailAddress(request.recipient.trimmed())) {
        out.append(Finding{Severity::Error,
                           {.id = QStringLiteral("send.invalid_recipient"),
                            .subject = QStringLiteral("recipient"),
                            .detail = tr("\"%1\" is not a valid recipient address.").arg(request.recipient)},
                           Advice{tr("Correct the recipient"),
                                  {tr("Enter the address that should receive the test email.")}}});
    }
    return out;
}

void TestEmailSender::start(const Profile& profile, const TestSendRequest& request)
{
    cancel();
    m_profile = std::make_shared<Profile>(profile);
    m_request = request;
    Job::start();
}

void TestEmailSender::doStart()
{
    const Profile& profile = *m_profile;
    m_pending = TestSendResult();
    m_pending.runId = newRunId();
    // The mailer is resolved here once and handed down to whichever way it sends.
    const ResolvedMailer mailer = profile.resolvedMailer();
    const MailerInfo* m = mailer.info;

    Findings problems = preflight(profile, mailer, m_request);
    if (hasErrors(problems)) {
        TestSendResult r = m_pending;
        r.findings = problems;
        finishWith(r);
        return;
    }
    if (!canSend(profile)) {
        TestSendResult r = m_pending;
        r.findings.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("send.mailer_not_available"),
             .subject = m ? m->id : profile.mailerId(),
             .detail = tr("Sending a test email through %1 is not available in this version of Postino yet.")
                           .arg(m ? Catalog::tr(m->name) : profile.mailerId())},
            Advice{tr("Nothing was sent"),
                   {tr("Your settings are saved and can be exported."),
                    tr("To test sending now, choose Other SMTP with your provider's SMTP details.")}}});
        finishWith(r);
        return;
    }

    if (m->kind == MailerKind::Api) {
        startApi(profile, mailer, m_request);
        return;
    }
    if (m->kind == MailerKind::OAuth) {
        const QJsonObject& settings = mailer.settings;
        if (mailer.usesOAuth()) {
            startOAuth(profile, mailer, m_request);
            return;
        }
        // An app password over the provider's SMTP server.
        SmtpSettings smtp;
        smtp.host = m_request.smtpHostOverride.isEmpty() ? mailer.relayHost : m_request.smtpHostOverride;
        const int port = settings.value(QStringLiteral("smtp_port")).toString().toInt();
        smtp.port = static_cast<quint16>(port > 0 ? port : 587);
        smtp.security = smtp.port == 465 ? SmtpSecurity::Tls : SmtpSecurity::StartTls;
        if (m_request.smtpPortOverride) {
            smtp.port = m_request.smtpPortOverride;
        }
        smtp.username = settings.value(QStringLiteral("user")).toString().trimmed();
        smtp.password = m_request.secret ? m_request.secret(m->id, QStringLiteral("pass")) : QByteArray();
        startSmtp(profile, m_request, smtp);
        return;
    }

    startSmtp(profile, m_request,
              SmtpSettings::fromProfile(
                  profile, m_request.secret
                               ? m_request.secret(Catalog::builtin().otherSmtp()->id, QStringLiteral("pass"))
                               : QByteArray()));
}

void TestEmailSender::startSmtp(const Profile& profile, const TestSendRequest& request, SmtpSettings smtp)
{
    smtp.extraCaCertificates = request.extraCaCertificates;
    smtp.timeouts = request.timeouts;

    TestMessageOptions options =
        messageOptions(profile, request, smtp.host + QLatin1Char(':') + QString::number(smtp.port));
    if (options.fromEmail.isEmpty()) {
        options.fromEmail = smtp.username; // Zoho: always the signed-in account
    }
    const TestMessage message = buildTestMessage(options);
    m_pending.messageId = message.messageId;
    m_pending.messageFormat = acceptance::checkMessageFormat(message.data, domainOfAddress(options.fromEmail),
                                                             acceptance::MessageOrigin::Built);

    SmtpEnvelope envelope;
    envelope.from = options.fromEmail;
    envelope.recipients = {options.to};
    envelope.message = message.data;

    m_smtp = new SmtpClient(this);
    connect(m_smtp, &SmtpClient::transcript, this, &TestEmailSender::transcript);
    connect(m_smtp, &SmtpClient::finished, this, [this](const SmtpResult& r) {
        TestSendResult result = withPart(m_pending, r, r.queueId);
        result.peerCertificate = r.peerCertificate;
        m_smtp->deleteLater();
        finishWith(result);
    });
    m_smtp->send(smtp, envelope);
}

void TestEmailSender::startOAuth(const Profile& profile, const ResolvedMailer& mailer,
                                 const TestSendRequest& request)
{
    const MailerInfo* m = mailer.info;
    const auto secret = request.secret;
    const QString mailerId = m->id;
    auto lookup = [secret, mailerId](const QString& field) {
        return secret ? secret(mailerId, field) : QByteArray();
    };
    Findings problems;
    auto config = oauthClientConfig(mailer, lookup, &problems);
    const OAuthTokens tokens = lookupOAuthTokens(lookup);
    if (config && tokens.isEmpty()) {
        problems.append(
            Finding{Severity::Error,
                    {.id = QStringLiteral("oauth.not_signed_in"),
                     .subject = mailerId,
                     .detail = tr("Postino holds no sign-in for %1.").arg(Catalog::tr(m->name))},
                    Advice{tr("Sign in first"),
                           {tr("Click Sign in on the Configure mailer page, or run \"postino-cli oauth "
                               "sign-in --mailer %1\" (or set POSTINO_SECRET_%2_REFRESH_TOKEN).")
                                .arg(mailerId, mailerId.toUpper())}}});
    }
    if (!config || hasErrors(problems)) {
        TestSendResult r = m_pending;
        r.findings = problems;
        finishWith(r);
        return;
    }
    if (tokens.accessTokenUsable()) {
        const QByteArray access = tokens.accessToken;
        QTimer::singleShot(0, this, [this, profile, mailer, request, access] {
            if (isRunning()) { // not cancelled meanwhile
                oauthReady(profile, mailer, request, access, false);
            }
        });
        return;
    }
    startTokenClient(*config, request, [this, profile, mailer, request, mailerId](const OAuthTokenResult& r) {
        if (request.storeSecret) {
            request.storeSecret(mailerId, oauthTokenField(), r.tokens.toJson());
        }
        oauthReady(profile, mailer, request, r.tokens.accessToken, true);
    });
    Q_EMIT transcript(TranscriptLine{TranscriptLine::Direction::Info, tr("Refreshing the sign-in…"), 0});
    m_tokens->refresh(*config, tokens);
}

void TestEmailSender::newApiClient(const TestSendRequest& request)
{
    m_api = new ApiClient(this);
    m_api->setExtraCaCertificates(request.extraCaCertificates);
    m_api->setBaseUrlOverride(request.apiBaseOverride);
    m_api->setTimeoutMs(request.timeouts.commandMs);
    connect(m_api, &ApiClient::transcript, this, &TestEmailSender::transcript);
}

void TestEmailSender::startTokenClient(OAuthClientConfig& config, const TestSendRequest& request,
                                       std::function<void(const OAuthTokenResult&)> onSuccess)
{
    config.endpointOverride = request.apiBaseOverride;
    config.extraCa = request.extraCaCertificates;
    config.requestTimeoutMs = request.timeouts.commandMs;
    m_tokens = new OAuthTokenClient(this);
    connect(m_tokens, &OAuthTokenClient::transcript, this, &TestEmailSender::transcript);
    connect(m_tokens, &OAuthTokenClient::finished, this,
            [this, onSuccess = std::move(onSuccess)](const OAuthTokenResult& r) {
                m_tokens->deleteLater();
                if (!r.ok) {
                    TestSendResult result = m_pending;
                    result.findings = r.findings;
                    finishWith(result);
                    return;
                }
                onSuccess(r);
            });
}

void TestEmailSender::oauthReady(const Profile& profile, const ResolvedMailer& mailer,
                                 const TestSendRequest& request, const QByteArray& accessToken,
                                 bool refreshed)
{
    const MailerInfo* m = mailer.info;
    const QJsonObject& settings = mailer.settings;
    const QString mailerId = m->id;
    // Zoho's send URL names the account: look it up once when the profile does not know it yet.
    const bool needsAccountId =
        settings.value(QStringLiteral("account_id")).toString().isEmpty() &&
        m->oauth.value(QLatin1String("sendUrl")).toString().contains(QLatin1String("{account_id}"));
    const bool needsAccount = mailer.sendsWithXoauth2() &&
                              settings.value(QStringLiteral("account")).toString().isEmpty() &&
                              settings.value(QStringLiteral("user")).toString().isEmpty();
    if (needsAccountId || needsAccount) {
        const auto secret = request.secret;
        auto config = oauthClientConfig(
            mailer,
            [secret, mailerId](const QString& f) { return secret ? secret(mailerId, f) : QByteArray(); },
            nullptr);
        startTokenClient(*config, request,
                         [this, profile, request, accessToken, refreshed](const OAuthTokenResult& r) {
                             Profile next = profile;
                             QJsonObject s = next.currentSettings();
                             s.insert(QStringLiteral("account"), r.account);
                             s.insert(QStringLiteral("account_id"), r.accountId);
                             next.setMailerSettings(next.mailerId(), s);
                             // The account is part of the settings now: resolve again, once.
                             oauthReady(next, next.resolvedMailer(), request, accessToken, refreshed);
                         });
        m_tokens->lookupAccount(*config, accessToken);
        return;
    }

    if (mailer.sendsWithXoauth2()) {
        SmtpSettings smtp;
        smtp.host = request.smtpHostOverride.isEmpty() ? mailer.relayHost : request.smtpHostOverride;
        smtp.port = request.smtpPortOverride ? request.smtpPortOverride : quint16(587);
        smtp.security = SmtpSecurity::StartTls;
        smtp.username = settings.value(QStringLiteral("account")).toString();
        if (smtp.username.isEmpty()) {
            smtp.username = settings.value(QStringLiteral("user")).toString().trimmed();
        }
        smtp.oauthToken = accessToken;
        startSmtp(profile, request, smtp);
        return;
    }

    TestMessageOptions options = messageOptions(profile, request, mailer.apiHost);
    const QString account = settings.value(QStringLiteral("account")).toString();
    if (!m->sender.fromEmail && !account.isEmpty()) {
        options.fromEmail = account; // Zoho sends only as the connected account
    }
    const ApiMessage message = buildApiMessage(options);
    m_pending.runIdInBodyOnly = !apiCarriesTestHeader(m->id, mailer.settings);

    newApiClient(request);
    connect(m_api, &ApiClient::finished, this,
            [this, profile, mailer, request, refreshed](const ApiResult& r) {
                m_api->deleteLater();
                const OAuthTokens held = lookupOAuthTokens([&request, &profile](const QString& f) {
                    return request.secret ? request.secret(profile.mailerId(), f) : QByteArray();
                });
                if (!r.ok && r.httpStatus == 401 && !refreshed && !held.refreshToken.isEmpty()) {
                    // The access token was older than it looked: refresh once and send again.
                    TestSendRequest again = request;
                    const auto secret = request.secret;
                    const QString retried = profile.mailerId();
                    again.secret = [secret, retried](const QString& forMailer, const QString& field) {
                        if (forMailer == retried && (field == QLatin1String("access_token"))) {
                            return QByteArray();
                        }
                        if (forMailer == retried && field == oauthTokenField()) {
                            OAuthTokens t =
                                OAuthTokens::fromJson(secret ? secret(forMailer, field) : QByteArray());
                            t.accessToken.clear();
                            return t.isEmpty() ? QByteArray() : t.toJson();
                        }
                        return secret ? secret(forMailer, field) : QByteArray();
                    };
                    Q_EMIT transcript(
                        TranscriptLine{TranscriptLine::Direction::Info,
                                       tr("The provider refused the access token; refreshing it once…"), 0});
                    startOAuth(profile, mailer, again);
                    return;
                }
                finishWith(withPart(m_pending, r, r.messageId));
            });
    m_api->send(mailer, message, [accessToken, request](const QString& forMailer, const QString& field) {
        if (field == QLatin1String("access_token")) {
            return accessToken;
        }
        return request.secret ? request.secret(forMailer, field) : QByteArray();
    });
}

TestMessageOptions TestEmailSender::messageOptions(const Profile& profile, const TestSendRequest& request,
                                                   const QString& serverName) const
{
    TestMessageOptions options;
    options.fromEmail = profile.sender().fromEmail.trimmed();
    options.fromName = profile.sender().fromName;
    options.to = request.recipient.trimmed();
    options.mailerName = Catalog::tr(profile.mailer()->name);
    options.serverName = serverName;
    options.runId = m_pending.runId;
    return options;
}

// The test message, built once and handed to a provider's API in its parts and as raw MIME.
ApiMessage TestEmailSender::buildApiMessage(const TestMessageOptions& options)
{
    const TestMessage built = buildTestMessage(options);
    m_pending.messageId = built.messageId;
    m_pending.messageFormat = acceptance::checkMessageFormat(built.data, domainOfAddress(options.fromEmail),
                                                             acceptance::MessageOrigin::Built);
    ApiMessage message;
    message.fromEmail = options.fromEmail;
    message.fromName = options.fromName;
    message.to = options.to;
    message.subject = built.subject;
    message.text = built.text;
    message.html = built.html;
    message.raw = built.data;
    message.runId = options.runId;
    return message;
}

void TestEmailSender::startApi(const Profile& profile, const ResolvedMailer& mailer,
                               const TestSendRequest& request)
{
    const MailerInfo* m = mailer.info;
    const TestMessageOptions options = messageOptions(profile, request, mailer.apiHost);
    ApiMessage message = buildApiMessage(options);
    message.returnPath = m->returnPath && profile.sender().returnPath;
    m_pending.runIdInBodyOnly = !apiCarriesTestHeader(m->id, mailer.settings);

    newApiClient(request);
    connect(m_api, &ApiClient::finished, this, [this](const ApiResult& r) {
        m_api->deleteLater();
        finishWith(withPart(m_pending, r, r.messageId));
    });
    const auto secret = request.secret;
    m_api->send(mailer, message, [secret](const QString& mailerId, const QString& field) {
        return secret ? secret(mailerId, field) : QByteArray();
    });
}

void TestEmailSender::doCancel()
{
    // The part under way is dropped without a word: this job's own cancelled finding ends it.
    dropPart(m_tokens);
    dropPart(m_api);
    dropPart(m_smtp);
}

Finding TestEmailSender::cancelledFinding() const
{
    return Finding{Severity::Info, {.id = QStringLiteral("send.cancelled"), .detail = tr("Cancelled.")}};
}

void TestEmailSender::addEndingFinding(const Finding& finding)
{
    m_result = m_pending;
    m_result.ok = false;
    m_result.findings.append(finding);
    m_result.elapsedMs = elapsedMs();
}

void TestEmailSender::finishWith(TestSendResult result)
{
    m_result = std::move(result);
    finishJob();
}

} // namespace postino
