#include "catalog/catalog.h"
#include "pages.h"
#include "postinowizard.h"
#include "profile/validators.h"
#include "secrets/secretstore.h"
#include "send/testsend.h"
#include "widgets/inlinemessage.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

TestEmailPage::TestEmailPage(PostinoWizard* wizard)
    : WizardPage(wizard)
    , m_recipient(new QLineEdit(this))
    , m_recipientError(new QLabel(this))
    , m_send(new QPushButton(tr("&Send test email"), this))
    , m_cancel(new QPushButton(tr("S&top"), this))
    , m_busy(new QProgressBar(this))
    , m_unavailable(new InlineMessage(this))
    , m_verdictTitle(new QLabel(this))
    , m_verdict(new FindingsView(this))
    , m_transcript(new QPlainTextEdit(this))
    , m_sender(new TestEmailSender(this))
{
    setObjectName(QStringLiteral("testEmailPage"));
    setTitle(tr("Send a test email"));
    addIntro(
        tr("Postino sends a real email with your settings and shows the conversation with the server as it "
           "happens. Passwords are hidden."));
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipientError->setStyleSheet(QStringLiteral("color: %1").arg(severityColor(Severity::Error)));
    m_recipientError->hide();
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_cancel->setObjectName(QStringLiteral("stopButton"));
    m_unavailable->setObjectName(QStringLiteral("sendUnavailable"));
    m_verdictTitle->setObjectName(QStringLiteral("verdictTitle"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setAccessibleName(tr("Conversation with the server"));
    m_transcript->setMinimumHeight(120);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_verdictTitle->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("Send &to:"), this);
    label->setBuddy(m_recipient);
    auto* box = new QVBoxLayout;
    box->addWidget(m_recipient);
    box->addWidget(m_recipientError);
    form->addRow(label, box);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    auto* row = new QHBoxLayout;
    row->addWidget(m_send);
    row->addWidget(m_cancel);
    row->addStretch();
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    layout()->addWidget(m_unavailable);
    layout()->addWidget(m_busy);
    layout()->addWidget(m_verdictTitle);
    layout()->addWidget(m_verdict);
    layout()->addWidget(m_transcript);

    connect(m_send, &QPushButton::clicked, this, &TestEmailPage::send);
    connect(m_cancel, &QPushButton::clicked, m_sender, &TestEmailSender::cancel);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] {
        profile().setTestRecipient(m_recipient->text().trimmed());
        updateButtons();
    });
    connect(m_sender, &TestEmailSender::transcript, this, &TestEmailPage::onTranscript);
    connect(m_sender, &TestEmailSender::finished, this, &TestEmailPage::onFinished);
}

void TestEmailPage::initializePage()
{
    const Profile& p = profile();
    m_recipient->setText(p.testRecipient().isEmpty() ? p.sender().fromEmail : p.testRecipient());
    const MailerInfo* m = p.mailer();
    if (!TestEmailSender::canSend(p)) {
        m_unavailable->showMessage(
            Severity::Warning,
            tr("Sending a test email through %1 is not available in this version of Postino yet, so nothing "
               "will be sent. Your settings are kept and can be saved on the next page.")
                .arg(m ? Catalog::tr(m->name) : p.mailerId()));
    } else {
        m_unavailable->clear();
    }
    m_verdictTitle->clear();
    m_verdict->clear();
    m_transcript->clear();
    m_transcript->setVisible(TestEmailSender::canSend(p));
    updateButtons();
    m_send->setFocus();
}

void TestEmailPage::cleanupPage()
{
    m_sender->cancel();
}

bool TestEmailPage::isSending() const
{
    return m_sender->isRunning();
}

bool TestEmailPage::isComplete() const
{
    // Sending is optional; leaving mid-send is not.
    return !m_sender->isRunning();
}

void TestEmailPage::updateButtons()
{
    const bool sending = m_sender->isRunning();
    const QString to = m_recipient->text().trimmed();
    const bool validTo = isValidEmailAddress(to);
    m_recipientError->setText(!to.isEmpty() && !validTo ? tr("\"%1\" is not a valid email address.").arg(to)
                                                        : QString());
    m_recipientError->setVisible(!m_recipientError->text().isEmpty());
    m_send->setEnabled(!sending && validTo && TestEmailSender::canSend(profile()));
    m_cancel->setVisible(sending);
    m_recipient->setEnabled(!sending);
    m_busy->setVisible(sending);
    Q_EMIT completeChanged();
}

void TestEmailPage::send()
{
    m_transcript->clear();
    m_verdict->clear();
    m_verdictTitle->setText(tr("Sending…"));
    m_verdictTitle->setStyleSheet(QString());
    TestSendRequest request;
    request.recipient = m_recipient->text().trimmed();
    request.extraCaCertificates = postino()->extraCaCertificates();
    SessionSecrets* secrets = postino()->secrets();
    request.secret = [secrets](const QString& mailer, const QString& field) {
        return secrets->value(Profile::secretKey(mailer, field));
    };
    profile().setTestRecipient(request.recipient);
    m_sender->start(profile(), request);
    updateButtons();
    m_cancel->setFocus();
}

void TestEmailPage::onTranscript(const TranscriptLine& line)
{
    QString prefix;
    switch (line.direction) {
    case TranscriptLine::Direction::Client:
        prefix = QStringLiteral("→ ");
        break;
    case TranscriptLine::Direction::Server:
        prefix = QStringLiteral("← ");
        break;
    case TranscriptLine::Direction::Info:
        prefix = QStringLiteral("• ");
        break;
    }
    m_transcript->appendPlainText(prefix + line.text);
}

void TestEmailPage::onFinished(const TestSendResult& result)
{
    if (result.ok) {
        m_verdictTitle->setText(
            tr("It works: the test email was sent to %1.").arg(m_recipient->text().trimmed()));
        m_verdictTitle->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold").arg(severityColor(Severity::Ok)));
    } else {
        m_verdictTitle->setText(tr("The test email was not sent."));
        m_verdictTitle->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold").arg(severityColor(Severity::Error)));
    }
    m_verdict->setFindings(result.findings);
    updateButtons();
    postino()->saveProgress();
    m_send->setFocus();
}

} // namespace postino
