#include "testsend.h"

#include "api/apiclient.h"
#include "catalog/catalog.h"
#include "profile/profile.h"
#include "profile/validators.h"

#include <QCoreApplication>
#include <QTimer>

namespace postino {

TestEmailSender::TestEmailSender(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<TestSendResult>();
}

bool TestEmailSender::canSend(const Profile& profile)
{
    const MailerInfo* m = profile.mailer();
    return m && (m->kind == MailerKind::Smtp || m->kind == MailerKind::Api);
}

Findings TestEmailSender::preflight(const Profile& profile, const TestSendRequest& request)
{
    Findings out = profile.validate();
    const MailerInfo* m = profile.mailer();
    if (m) {
        const QJsonObject settings = m->withDefaults(profile.currentSettings());
        for (const FieldSpec& f : m->fields) {
            if (f.secret && f.isRequired(settings) &&
                (!request.secret || request.secret(m->id, f.key).isEmpty())) {
                out.append(Finding{QStringLiteral("profile.required"),
                                   Severity::Error,
                                   m->id + QLatin1Char('.') + f.key,
                                   tr("%1 is required.").arg(Catalog::tr(f.label)),
                                   {}});
            }
        }
    }
    if (!isValidEmailAddress(request.recipient.trimmed())) {
        out.append(Finding{QStringLiteral("send.invalid_recipient"), Severity::Error,
                           QStringLiteral("recipient"),
                           tr("\"%1\" is not a valid recipient address.").arg(request.recipient),
                           Advice{{}, {tr("Enter the address that should receive the test email.")}}});
    }
    return out;
}

void TestEmailSender::start(const Profile& profile, const TestSendRequest& request)
{
    cancel();
    m_running = true;
    m_pending = TestSendResult();
    m_pending.runId = newRunId();
    const MailerInfo* m = profile.mailer();

    Findings problems = preflight(profile, request);
    if (hasErrors(problems)) {
        TestSendResult r = m_pending;
        r.findings = problems;
        QTimer::singleShot(0, this, [this, r] { finishWith(r); });
        return;
    }
    if (!canSend(profile)) {
        TestSendResult r = m_pending;
        r.findings.append(Finding{
            QStringLiteral("send.mailer_not_available"), Severity::Error, m ? m->id : profile.mailerId(),
            tr("Sending a test email through %1 is not available in this version of Postino yet.")
                .arg(m ? Catalog::tr(m->name) : profile.mailerId()),
            Advice{tr("Nothing was sent"),
                   {tr("Your settings are saved and can be exported."),
                    tr("To test sending now, choose Other SMTP with your provider's SMTP details.")}}});
        QTimer::singleShot(0, this, [this, r] { finishWith(r); });
        return;
    }

    if (m->kind == MailerKind::Api) {
        startApi(profile, request);
        return;
    }

    SmtpSettings smtp = SmtpSettings::fromProfile(
        profile,
        request.secret ? request.secret(QStringLiteral("smtp"), QStringLiteral("pass")) : QByteArray());
    smtp.extraCaCertificates = request.extraCaCertificates;
    smtp.timeouts = request.timeouts;

    const TestMessageOptions options =
        messageOptions(profile, request, smtp.host + QLatin1Char(':') + QString::number(smtp.port));
    const TestMessage message = buildTestMessage(options);
    m_pending.messageId = message.messageId;

    SmtpEnvelope envelope;
    envelope.from = options.fromEmail;
    envelope.recipients = {options.to};
    envelope.message = message.data;

    m_smtp = new SmtpClient(this);
    connect(m_smtp, &SmtpClient::transcript, this, &TestEmailSender::transcript);
    connect(m_smtp, &SmtpClient::finished, this, [this](const SmtpResult& r) {
        TestSendResult result = m_pending;
        result.ok = r.ok;
        result.findings = r.findings;
        result.providerId = r.queueId;
        result.elapsedMs = r.elapsedMs;
        result.peerCertificate = r.peerCertificate;
        m_smtp->deleteLater();
        finishWith(result);
    });
    m_smtp->send(smtp, envelope);
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

void TestEmailSender::startApi(const Profile& profile, const TestSendRequest& request)
{
    const MailerInfo* m = profile.mailer();
    const TestMessageOptions options =
        messageOptions(profile, request, m->apiHost(profile.currentSettings()));
    const TestMessage built = buildTestMessage(options);
    m_pending.messageId = built.messageId;

    ApiMessage message;
    message.fromEmail = options.fromEmail;
    message.fromName = options.fromName;
    message.to = options.to;
    message.subject = built.subject;
    message.text = built.text;
    message.html = built.html;
    message.raw = built.data;
    message.runId = options.runId;
    message.returnPath = m->returnPath && profile.sender().returnPath;

    m_api = new ApiClient(this);
    m_api->setExtraCaCertificates(request.extraCaCertificates);
    m_api->setBaseUrlOverride(request.apiBaseOverride);
    m_api->setTimeoutMs(request.timeouts.commandMs);
    connect(m_api, &ApiClient::transcript, this, &TestEmailSender::transcript);
    connect(m_api, &ApiClient::finished, this, [this](const ApiResult& r) {
        TestSendResult result = m_pending;
        result.ok = r.ok;
        result.findings = r.findings;
        result.providerId = r.messageId;
        result.elapsedMs = r.elapsedMs;
        m_api->deleteLater();
        finishWith(result);
    });
    const auto secret = request.secret;
    m_api->send(profile, message, [secret](const QString& mailer, const QString& field) {
        return secret ? secret(mailer, field) : QByteArray();
    });
}

void TestEmailSender::cancel()
{
    if (m_api && m_api->isRunning()) {
        m_api->cancel();
    }
    if (m_smtp && m_smtp->isRunning()) {
        m_smtp->cancel();
    }
}

bool TestEmailSender::isRunning() const
{
    return m_running;
}

void TestEmailSender::finishWith(TestSendResult result)
{
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace postino
