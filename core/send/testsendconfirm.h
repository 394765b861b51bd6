#pragma once

#include "delivery/deliveryverifier.h"
#include "job/job.h"
#include "send/testsend.h"

#include <QPointer>
#include <memory>
#include <optional>

namespace postino {

class Profile;

struct TestSendConfirmResult
{
    TestSendResult send;
    std::optional<DeliveryReport> delivery; // set once confirming began (the send was accepted)

    bool ok() const { return send.ok && (!delivery || !hasErrors(delivery->findings)); }
    // The send's findings, then what confirming found (its "accepted" is the send's own news).
    Findings findings() const;
    // What the verdict per mailbox provider reads from this test: the findings above, the form of
    // the message built and of the copy that arrived.
    Findings acceptanceEvidence() const;
};

// Sends the test email, then, when it was accepted and confirming was asked for, follows it
// (the provider's status API, the mailbox over IMAP): the one sequence behind the Test email
// page and "postino-cli send --confirm".
class TestSendAndConfirm : public Job
{
    Q_OBJECT
public:
    explicit TestSendAndConfirm(QObject* parent = nullptr);

    // `confirm` holds what only the caller knows (IMAP access, polling limits, resolver); the
    // message's ids and the From domain are filled in from the send. Without it, only sends.
    void start(const Profile& profile, const TestSendRequest& send,
               const std::optional<VerifyRequest>& confirm);
    // Still sending (as opposed to confirming or finished).
    bool isSending() const { return isRunning() && m_sender; }

Q_SIGNALS:
    void sent(const postino::TestSendResult& result); // the send's outcome, before confirming
    void levelReached(postino::DeliveryLevel level, postino::Severity severity, const QString& text);
    void progress(const QString& text);
    void finished(const postino::TestSendConfirmResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    Finding cancelledFinding() const override;
    void onSent(const TestSendResult& result);

    std::shared_ptr<Profile> m_profile;
    TestSendRequest m_sendRequest;
    std::optional<VerifyRequest> m_confirm;
    QPointer<TestEmailSender> m_sender;
    QPointer<DeliveryVerifier> m_verifier;
    TestSendConfirmResult m_result;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::TestSendConfirmResult)
