#include "catalog/catalog.h"
#include "pages.h"
#include "postinowizard.h"
#include "profile/validators.h"
#include "report/report.h"
#include "secrets/secretstore.h"
#include "send/testsend.h"
#include "widgets/inlinemessage.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
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
{
    setObjectName(QStringLiteral("testEmailPage"));
    setTitle(tr("Send a test email"));
    m_sender = new TestEmailSender(this);
}

void TestEmailPage::build()
{
    m_recipient = new QLineEdit(this);
    m_recipientError = new QLabel(this);
    m_send = new QPushButton(tr("&Send test email"), this);
    m_cancel = new QPushButton(tr("S&top"), this);
    m_busy = new QProgressBar(this);
    m_unavailable = new InlineMessage(this);
    m_verdictTitle = new QLabel(this);
    m_verdict = new FindingsView(this);
    m_transcript = new QPlainTextEdit(this);
    m_copy = new QPushButton(tr("&Copy conversation"), this);
    m_saveReport = new QPushButton(tr("Save &report…"), this);
    m_trust = new QPushButton(this);
    m_reportMessage = new InlineMessage(this);
    addIntro(
        tr("Postino sends a real email with your settings and shows the conversation with the server as it "
           "happens. Passwords are hidden."));
    m_recipient->setObjectName(QStringLiteral("recipient"));
    setTextColor(m_recipientError, severityColor(Severity::Error));
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
    m_transcript->setPlaceholderText(tr("The conversation with the server appears here when you send."));
    m_transcript->setMinimumHeight(120);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_verdictTitle->setWordWrap(true);
    QFont bold = m_verdictTitle->font();
    bold.setBold(true);
    m_verdictTitle->setFont(bold);

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
    m_trust->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trust->hide();
    layout()->addWidget(m_trust);
    layout()->addWidget(m_transcript);
    m_copy->setObjectName(QStringLiteral("copyTranscriptButton"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveReport->setToolTip(
        tr("A text or HTML file to send to your host's support. It contains no passwords."));
    auto* reportRow = new QHBoxLayout;
    reportRow->addWidget(m_copy);
    reportRow->addWidget(m_saveReport);
    reportRow->addStretch();
    static_cast<QVBoxLayout*>(layout())->addLayout(reportRow);
    layout()->addWidget(m_reportMessage);
    connect(m_copy, &QPushButton::clicked, this, &TestEmailPage::copyTranscript);
    connect(m_saveReport, &QPushButton::clicked, this, &TestEmailPage::saveReport);
    connect(m_trust, &QPushButton::clicked, this, &TestEmailPage::trustCertificate);

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
    ensureBuilt();
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
    m_lines.clear();
    m_lastFindings.clear();
    m_trust->hide();
    m_reportMessage->clear();
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
    m_copy->setVisible(!m_lines.isEmpty());
    m_saveReport->setVisible(!m_lines.isEmpty() || !m_lastFindings.isEmpty());
    m_copy->setEnabled(!sending);
    m_saveReport->setEnabled(!sending);
    m_recipient->setEnabled(!sending);
    m_busy->setVisible(sending);
    Q_EMIT completeChanged();
}

void TestEmailPage::send()
{
    m_transcript->clear();
    m_lines.clear();
    m_trust->hide();
    m_reportMessage->clear();
    m_verdict->clear();
    m_verdictTitle->setText(tr("Sending…"));
    setTextColor(m_verdictTitle, palette().color(QPalette::WindowText).name());
    TestSendRequest request;
    request.recipient = m_recipient->text().trimmed();
    request.extraCaCertificates = postino()->extraCaCertificates();
    request.apiBaseOverride = postino()->apiBaseOverride();
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
    m_lines.append(line);
    m_transcript->appendPlainText(formatTranscriptLine(line));
}

void TestEmailPage::onFinished(const TestSendResult& result)
{
    if (result.ok) {
        m_verdictTitle->setText(
            tr("It works: the test email was sent to %1.").arg(m_recipient->text().trimmed()));
        setTextColor(m_verdictTitle, severityColor(Severity::Ok));
    } else {
        m_verdictTitle->setText(tr("The test email was not sent."));
        setTextColor(m_verdictTitle, severityColor(Severity::Error));
    }
    m_verdict->setFindings(result.findings);
    m_lastFindings = result.findings;
    const bool certificateProblem = !result.findings.isEmpty() &&
                                    result.findings.last().id.startsWith(QLatin1String("smtp.tls.")) &&
                                    result.findings.last().id != QLatin1String("smtp.tls.handshake_failed") &&
                                    !result.peerCertificate.isNull();
    m_untrustedFingerprint =
        certificateProblem
            ? QString::fromLatin1(result.peerCertificate.digest(QCryptographicHash::Sha256).toHex())
            : QString();
    if (certificateProblem) {
        m_trust->setText(tr("Trust this certificate for this server (SHA-256 %1…)")
                             .arg(certificateFingerprint(result.peerCertificate).left(23)));
        m_trust->show();
    }
    updateButtons();
    postino()->saveProgress();
    m_send->setFocus();
}

} // namespace postino

namespace postino {

void TestEmailPage::copyTranscript()
{
    QStringList text;
    for (const TranscriptLine& line : std::as_const(m_lines)) {
        text << formatTranscriptLine(line);
    }
    QGuiApplication::clipboard()->setText(text.join(QLatin1Char('\n')));
    m_reportMessage->showMessage(Severity::Info, tr("The conversation is on the clipboard."));
}

void TestEmailPage::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QDir::homePath() + QStringLiteral("/postino-report.html"),
        tr("Web page (*.html);;Text file (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    SessionReport report;
    report.title = tr("Postino test email report");
    report.settings = SessionReport::describe(profile());
    report.settings.append({tr("Sent to"), m_recipient->text().trimmed()});
    report.findings = m_lastFindings;
    report.transcript = m_lines;
    QString error;
    if (report.save(path, &error)) {
        m_reportMessage->showMessage(
            Severity::Ok,
            tr("Report saved to %1. It contains no passwords.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_reportMessage->showMessage(Severity::Error,
                                     tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

void TestEmailPage::trustCertificate()
{
    if (m_untrustedFingerprint.isEmpty()) {
        return;
    }
    // Pinned for this profile and this exact certificate only; verification stays on for every other.
    QStringList pinned = profile()
                             .setting(QStringLiteral("trusted_cert_sha256"))
                             .toString()
                             .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!pinned.contains(m_untrustedFingerprint)) {
        pinned.append(m_untrustedFingerprint);
    }
    profile().setSetting(QStringLiteral("trusted_cert_sha256"), pinned.join(QLatin1Char(',')));
    postino()->saveProgress();
    m_trust->hide();
    m_reportMessage->showMessage(Severity::Warning,
                                 tr("This certificate is now trusted for this server. Send the test again."));
}

} // namespace postino
