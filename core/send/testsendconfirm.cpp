#include "send/testsendconfirm.h"

#include "profile/profile.h"
#include "profile/validators.h"

#include <QDateTime>

namespace postino {

Findings TestSendConfirmResult::findings() const
{
    Findings all = send.findings;
    if (delivery) {
        for (const Finding& f : delivery->findings) {
            if (!(f.id == QLatin1String("delivery.accepted") && !send.findings.isEmpty())) {
                all.append(f);
            }
        }
    }
    return all;
}

Findings TestSendConfirmResult::acceptanceEvidence() const
{
    Findings all = findings() + send.messageFormat;
    if (delivery)
        all += delivery->arrivedFormat;
    return all;
}

TestSendAndConfirm::TestSendAndConfirm(QObject* parent)
    : Job(QStringLiteral("send"), parent)
{
    qRegisterMetaType<TestSendConfirmResult>();
}

void TestSendAndConfirm::start(const Profile& profile, const TestSendRequest& send,
                               const std::optional<VerifyRequest>& confirm)
{
    cancel();
    m_profile = std::make_shared<Profile>(profile);
    m_sendRequest = send;
    m_confirm = confirm;
    Job::start();
}

void TestSendAndConfirm::doStart()
{
    m_result = TestSendConfirmResult();
    m_sender = new TestEmailSender(this);
    connect(m_sender, &TestEmailSender::transcript, this, &TestSendAndConfirm::transcript);
    connect(m_sender, &TestEmailSender::finished, this, &TestSendAndConfirm::onSent);
    m_sender->start(*m_profile, m_sendRequest);
}

void TestSendAndConfirm::onSent(const TestSendResult& result)
{
    m_sender->deleteLater();
    m_sender = nullptr;
    m_result.send = result;
    Q_EMIT sent(result);
    if (!isRunning()) {
        return; // a receiver of sent() cancelled
    }
    if (!result.ok || !m_confirm) {
        finishJob();
        return;
    }
    VerifyRequest follow = *m_confirm;
    follow.providerId = result.providerId;
    follow.runId = result.runId;
    follow.runIdInBodyOnly = result.runIdInBodyOnly;
    follow.messageIdHeader = result.messageId;
    follow.sentAt = QDateTime::currentDateTimeUtc().addMSecs(-result.elapsedMs);
    if (follow.fromDomain.isEmpty()) {
        follow.fromDomain = domainOfAddress(m_profile->sender().fromEmail);
    }
    if (!follow.secret) {
        follow.secret = m_sendRequest.secret;
    }
    m_verifier = new DeliveryVerifier(this);
    connect(m_verifier, &DeliveryVerifier::transcript, this, &TestSendAndConfirm::transcript);
    connect(m_verifier, &DeliveryVerifier::levelReached, this, &TestSendAndConfirm::levelReached);
    connect(m_verifier, &DeliveryVerifier::progress, this, &TestSendAndConfirm::progress);
    connect(m_verifier, &DeliveryVerifier::finished, this, [this](const DeliveryReport& report) {
        m_verifier->deleteLater();
        m_verifier = nullptr;
        m_result.delivery = report;
        finishJob();
    });
    m_verifier->start(*m_profile, follow);
}

void TestSendAndConfirm::doCancel()
{
    // The parts end quietly; this job's own cancelled finding says what happened.
    dropPart(m_sender);
    dropPart(m_verifier);
}

Finding TestSendAndConfirm::cancelledFinding() const
{
    return Finding{Severity::Info,
                   {.id = QStringLiteral("send.cancelled"), .detail = TestEmailSender::tr("Cancelled.")}};
}

void TestSendAndConfirm::addEndingFinding(const Finding& finding)
{
    if (m_sender) { // still sending
        m_result.send.ok = false;
        m_result.send.findings.append(finding);
        m_result.send.elapsedMs = elapsedMs();
        m_sender = nullptr;
        return;
    }
    if (!m_result.delivery) {
        m_result.delivery = DeliveryReport();
    }
    m_result.delivery->findings.append(finding);
    m_result.delivery->elapsedMs = elapsedMs();
    m_verifier = nullptr;
}

} // namespace postino
