#pragma once

#include "finding.h"
#include "smtp/smtpclient.h"
#include "wizardpage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace postino {

class ExpanderButton;
class FindingsView;
class InlineMessage;
class StatusBanner;
class TestSendAndConfirm;
enum class DeliveryLevel;
struct DeliveryReport;
struct TestSendConfirmResult;
struct TestSendResult;
struct VerifyRequest;

class TestEmailPage : public WizardPage
{
    Q_OBJECT
public:
    explicit TestEmailPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    void cleanupPage() override;
    bool isComplete() const override;
    bool isSending() const;

private:
    void send();
    void onTranscript(const TranscriptLine& line);
    void onSent(const TestSendResult& result);
    void onJobFinished(const TestSendConfirmResult& result);
    void updateButtons();
    void copyTranscript();
    void saveReport();
    void trustCertificate();
    // Confirming delivery (accepted, delivered, arrived and authenticated), after a send.
    void buildDeliveryBox(QVBoxLayout* into);
    void applyImapPreset(int index);
    VerifyRequest confirmRequest();
    void onLevel(DeliveryLevel level, Severity severity, const QString& text);
    void onVerified(const DeliveryReport& report);
    void stop();
    void resetLevels();
    // The verdict per mailbox provider: the Checks page's DNS findings with this test's evidence.
    void showAcceptance(const TestSendConfirmResult& result);
    // The outcome at the top: sent and delivered, sent but not yet confirmed, not sent; and the one
    // thing to do next.
    void showOutcome();
    // The conversation with the server, under its own arrow: closed until a send fails.
    void buildTranscript(QVBoxLayout* into);
    void setTranscriptShown(bool shown);

    QLineEdit* m_recipient = nullptr;
    QLabel* m_recipientError = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_busy = nullptr;
    InlineMessage* m_unavailable = nullptr;
    StatusBanner* m_banner = nullptr;
    FindingsView* m_verdict = nullptr;
    QLabel* m_acceptance = nullptr;
    ExpanderButton* m_transcriptToggle = nullptr;
    QWidget* m_transcriptBox = nullptr; // the transcript and its Copy and Save report buttons
    QPlainTextEdit* m_transcript = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_saveReport = nullptr;
    QPushButton* m_trust = nullptr;
    InlineMessage* m_reportMessage = nullptr;
    TestSendAndConfirm* m_job = nullptr; // sends, then confirms delivery
    bool m_sendShown = false;            // the send's outcome is on the page
    bool m_accepted = false;             // the server or the provider took the message
    bool m_stopped = false;              // the send was stopped before the server answered
    bool m_delivered = false;            // the provider or the mailbox confirmed it arrived
    QGroupBox* m_deliveryBox = nullptr;
    QLabel* m_levelAccepted = nullptr;
    QLabel* m_levelDelivered = nullptr;
    QLabel* m_levelArrived = nullptr;
    QLabel* m_levelAuthenticated = nullptr;
    QLabel* m_deliveryProgress = nullptr;
    QCheckBox* m_checkMailbox = nullptr;
    QWidget* m_imapFields = nullptr;
    QComboBox* m_imapPreset = nullptr;
    QLineEdit* m_imapHost = nullptr;
    QSpinBox* m_imapPort = nullptr;
    QComboBox* m_imapSecurity = nullptr;
    QLineEdit* m_imapUser = nullptr;
    QLineEdit* m_imapPassword = nullptr;
    QCheckBox* m_imapDelete = nullptr;
    QLabel* m_imapNote = nullptr;
    QList<TranscriptLine> m_lines;
    Findings m_lastFindings;
    QString m_untrustedFingerprint;
};

} // namespace postino
