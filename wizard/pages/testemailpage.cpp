#include "testemailpage.h"

#include "acceptance/acceptance.h"
#include "catalog/catalog.h"
#include "delivery/deliveryverifier.h"
#include "postinowizard.h"
#include "profile/validators.h"
#include "report/report.h"
#include "secrets/secretstore.h"
#include "send/testsend.h"
#include "send/testsendconfirm.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace postino {

TestEmailPage::TestEmailPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("testEmailPage"), tr("Send a test email"))
{}

void TestEmailPage::build()
{
    // Made with the page's widgets, not with the wizard: its result type holds a certificate, and the
    // first certificate loads the TLS library, which is not needed before the first paint.
    m_job = new TestSendAndConfirm(this);
    m_recipient = makeNamed<QLineEdit>("recipient", this);
    m_send = makeNamed<QPushButton>("sendButton", tr("&Send test email"), this);
    m_cancel = makeNamed<QPushButton>("stopButton", tr("S&top"), this);
    m_cancel->setToolTip(tr("Stops sending the test email, or stops following it once sent."));
    m_busy = makeBusyBar(this);
    m_busy->setObjectName(QStringLiteral("sendBusy"));
    m_unavailable = makeNamed<InlineMessage>("sendUnavailable", this);
    m_banner = makeNamed<StatusBanner>("verdictBanner", this);
    m_verdict = makeNamed<FindingsView>("verdict", this);
    m_verdict->setAccessibleName(tr("What the test found"));
    m_acceptance = makeNamed<QLabel>("acceptanceSummary", this);
    m_acceptance->setWordWrap(true);
    m_acceptance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acceptance->hide();
    m_trust = makeNamed<QPushButton>("trustCertificateButton", this);
    m_reportMessage = new InlineMessage(this);
    addIntro(
        tr("Postino sends a real email with your settings and shows the conversation with the server as it "
           "happens. Passwords are hidden."));

    auto* form = new QFormLayout;
    m_recipientError = addFieldWithError(form, tr("Send &to:"), m_recipient);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    static_cast<QVBoxLayout*>(layout())->addLayout(makeButtonRow({m_send, m_cancel}));
    layout()->addWidget(m_unavailable);
    layout()->addWidget(m_busy);
    // What a send found, below the button: scrolls up and down when it is longer than the window
    // (never sideways), so nothing is squeezed. Its rows and fields are the Tab stops, not the area.
    auto* results = makeNamed<QScrollArea>("testEmailResults", this);
    auto* resultsWidget = new QWidget(results);
    auto* box = new QVBoxLayout(resultsWidget);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_banner);
    box->addWidget(m_verdict);
    box->addWidget(m_acceptance);
    m_trust->hide();
    box->addWidget(m_trust);
    buildDeliveryBox(box);
    buildTranscript(box);
    box->addWidget(m_reportMessage);
    box->addStretch();
    results->setWidget(resultsWidget);
    results->setWidgetResizable(true);
    results->setFrameShape(QFrame::NoFrame);
    results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    results->setFocusPolicy(Qt::NoFocus);
    layout()->addWidget(results);
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(results, 1);
    connect(m_copy, &QPushButton::clicked, this, &TestEmailPage::copyTranscript);
    connect(m_saveReport, &QPushButton::clicked, this, &TestEmailPage::saveReport);
    connect(m_trust, &QPushButton::clicked, this, &TestEmailPage::trustCertificate);

    connect(m_send, &QPushButton::clicked, this, &TestEmailPage::send);
    connect(m_cancel, &QPushButton::clicked, this, &TestEmailPage::stop);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] {
        const QString recipient = m_recipient->text().trimmed();
        editProfile([&recipient](Profile& p) { p.setTestRecipient(recipient); },
                    ProfileModel::Save::AfterTyping);
        updateButtons();
    });
    connect(m_job, &TestSendAndConfirm::transcript, this, &TestEmailPage::onTranscript);
    connect(m_job, &TestSendAndConfirm::sent, this, &TestEmailPage::onSent);
    connect(m_job, &TestSendAndConfirm::levelReached, this, &TestEmailPage::onLevel);
    connect(m_job, &TestSendAndConfirm::progress, this,
            [this](const QString& text) { m_deliveryProgress->setText(text); });
    connect(m_job, &TestSendAndConfirm::finished, this, &TestEmailPage::onJobFinished);
}

void TestEmailPage::buildTranscript(QVBoxLayout* into)
{
    m_transcriptToggle = makeNamed<ExpanderButton>("transcriptToggle", this);
    m_transcriptToggle->setText(tr("S&how the conversation with the server"));
    m_transcriptToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_transcriptToggle->setAccessibleName(tr("Show the conversation with the server"));
    m_transcriptBox = makeNamed<QWidget>("transcriptBox", this);
    m_transcript = makeNamed<QPlainTextEdit>("transcript", m_transcriptBox);
    m_copy = makeNamed<QPushButton>("copyTranscriptButton", tr("&Copy conversation"), m_transcriptBox);
    m_saveReport = makeNamed<QPushButton>("saveReportButton", tr("Save &report…"), m_transcriptBox);
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setAccessibleName(tr("Conversation with the server"));
    m_transcript->setPlaceholderText(tr("The conversation with the server appears here when you send."));
    m_transcript->setMinimumHeight(120);
    m_saveReport->setToolTip(
        tr("A text or HTML file to send to your host's support. It contains no passwords."));
    auto* box = new QVBoxLayout(m_transcriptBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_transcript);
    box->addLayout(makeButtonRow({m_copy, m_saveReport}));
    into->addWidget(m_transcriptToggle);
    into->addWidget(m_transcriptBox);
    setTranscriptShown(false);
    // Tab follows the page from top to bottom: the delivery box was made before these, its last field
    // leads to the arrow.
    setTabOrder(m_imapDelete, m_transcriptToggle);
    setTabOrder(m_transcriptToggle, m_transcript);
    setTabOrder(m_transcript, m_copy);
    setTabOrder(m_copy, m_saveReport);
    connect(m_transcriptToggle, &QToolButton::toggled, this, &TestEmailPage::setTranscriptShown);
}

void TestEmailPage::setTranscriptShown(bool shown)
{
    m_transcriptToggle->setChecked(shown);
    m_transcriptBox->setVisible(shown);
}

void TestEmailPage::buildDeliveryBox(QVBoxLayout* into)
{
    m_deliveryBox = new QGroupBox(tr("Delivery"), this);
    m_deliveryBox->setObjectName(QStringLiteral("deliveryBox"));
    auto* box = new QVBoxLayout(m_deliveryBox);
    auto level = [this, box](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->addWidget(label);
        return label;
    };
    m_levelAccepted = level("levelAccepted");
    m_levelDelivered = level("levelDelivered");
    m_levelArrived = level("levelArrived");
    m_levelAuthenticated = level("levelAuthenticated");
    m_deliveryProgress = level("deliveryProgress");
    m_checkMailbox =
        new QCheckBox(tr("Also check that it &arrived: look in the recipient's mailbox (IMAP)"), this);
    m_checkMailbox->setObjectName(QStringLiteral("checkMailbox"));
    m_checkMailbox->setToolTip(
        tr("Postino only reads: it finds the test email by its test-run header and reads "
           "its headers. The password is used for this check only and never saved."));
    box->addWidget(m_checkMailbox);
    m_imapFields = new QWidget(this);
    auto* form = new QFormLayout(m_imapFields);
    form->setContentsMargins(0, 0, 0, 0);
    m_imapPreset = new QComboBox(this);
    m_imapPreset->setObjectName(QStringLiteral("imapPreset"));
    for (const ImapPreset& p : imapPresets()) {
        m_imapPreset->addItem(p.name, p.id);
    }
    m_imapPreset->addItem(tr("Other mailbox"), QString());
    m_imapHost = new QLineEdit(this);
    m_imapHost->setObjectName(QStringLiteral("imapHost"));
    m_imapPort = new QSpinBox(this);
    m_imapPort->setObjectName(QStringLiteral("imapPort"));
    m_imapPort->setRange(1, 65535);
    m_imapPort->setValue(993);
    m_imapSecurity = new QComboBox(this);
    m_imapSecurity->setObjectName(QStringLiteral("imapSecurity"));
    m_imapSecurity->addItem(tr("SSL/TLS (port 993)"), static_cast<int>(ImapSecurity::Tls));
    m_imapSecurity->addItem(tr("STARTTLS (port 143)"), static_cast<int>(ImapSecurity::StartTls));
    m_imapSecurity->addItem(tr("None (not recommended)"), static_cast<int>(ImapSecurity::None));
    m_imapUser = new QLineEdit(this);
    m_imapUser->setObjectName(QStringLiteral("imapUser"));
    m_imapPassword = new QLineEdit(this);
    m_imapPassword->setObjectName(QStringLiteral("imapPassword"));
    m_imapPassword->setEchoMode(QLineEdit::Password);
    m_imapPassword->setPlaceholderText(tr("Password or app password"));
    m_imapDelete = new QCheckBox(tr("&Delete the test email from the mailbox once found"), this);
    m_imapDelete->setObjectName(QStringLiteral("imapDelete"));
    m_imapNote = new QLabel(this);
    m_imapNote->setWordWrap(true);
    form->addRow(tr("&Provider:"), m_imapPreset);
    form->addRow(tr("IMAP &server:"), m_imapHost);
    form->addRow(tr("P&ort:"), m_imapPort);
    form->addRow(tr("&Encryption:"), m_imapSecurity);
    form->addRow(tr("&User name:"), m_imapUser);
    form->addRow(tr("Pass&word:"), m_imapPassword);
    form->addRow(QString(), m_imapDelete);
    form->addRow(QString(), m_imapNote);
    box->addWidget(m_imapFields);
    m_imapFields->setVisible(false);
    connect(m_checkMailbox, &QCheckBox::toggled, m_imapFields, &QWidget::setVisible);
    connect(m_imapPreset, &QComboBox::currentIndexChanged, this, &TestEmailPage::applyImapPreset);
    connect(m_imapSecurity, &QComboBox::currentIndexChanged, this, [this] {
        const auto security = static_cast<ImapSecurity>(m_imapSecurity->currentData().toInt());
        if (m_imapPort->value() == 993 || m_imapPort->value() == 143) {
            m_imapPort->setValue(security == ImapSecurity::Tls ? 993 : 143);
        }
    });
    applyImapPreset(0);
    into->addWidget(m_deliveryBox);
    resetLevels();
}

void TestEmailPage::applyImapPreset(int index)
{
    // In the data centre of the profile's mailer, where the provider has several.
    const auto preset = imapPreset(m_imapPreset->itemData(index).toString(), profile().resolvedMailer());
    if (!preset) {
        m_imapNote->clear();
        return;
    }
    m_imapHost->setText(preset->host);
    m_imapPort->setValue(preset->port);
    m_imapSecurity->setCurrentIndex(m_imapSecurity->findData(static_cast<int>(preset->security)));
    m_imapNote->setText(preset->note);
}

void TestEmailPage::resetLevels()
{
    const QString waiting = palette().color(QPalette::PlaceholderText).name();
    auto reset = [&waiting](QLabel* label, const QString& text) {
        label->setText(text);
        setTextColor(label, waiting);
    };
    reset(m_levelAccepted, tr("1. Accepted: not sent yet."));
    reset(m_levelDelivered, tr("2. Delivered (as the provider reports it): waiting."));
    reset(m_levelArrived, tr("3. Arrived in the mailbox: %1")
                              .arg(m_checkMailbox->isChecked() ? tr("waiting.") : tr("not checked.")));
    reset(m_levelAuthenticated, tr("SPF, DKIM and DMARC as the receiving mailbox judged them: waiting."));
    m_deliveryProgress->clear();
}

// What confirming needs beyond the send's own ids (the job adds those, and the From domain).
VerifyRequest TestEmailPage::confirmRequest()
{
    VerifyRequest request;
    request.resolverFactory = &PostinoWizard::createResolver;
    request.poll.baseOverride = postino()->apiBaseOverride();
    request.poll.extraCaCertificates = postino()->extraCaCertificates();
    SessionSecrets* secrets = postino()->secrets();
    request.secret = [secrets](const QString& mailer, const QString& field) {
        return secrets->value(Profile::secretKey(mailer, field));
    };
    if (m_checkMailbox->isChecked() && !m_imapHost->text().trimmed().isEmpty()) {
        ImapSettings imap;
        imap.host = m_imapHost->text().trimmed();
        imap.port = static_cast<quint16>(m_imapPort->value());
        imap.security = static_cast<ImapSecurity>(m_imapSecurity->currentData().toInt());
        imap.username = m_imapUser->text().trimmed().isEmpty() ? m_recipient->text().trimmed()
                                                               : m_imapUser->text().trimmed();
        imap.password = m_imapPassword->text().toUtf8(); // this check only; never stored
        imap.extraCaCertificates = postino()->extraCaCertificates();
        request.imap = imap;
        request.deleteTestMessage = m_imapDelete->isChecked();
    }
    return request;
}

void TestEmailPage::onLevel(DeliveryLevel level, Severity severity, const QString& text)
{
    QLabel* label = level == DeliveryLevel::Accepted    ? m_levelAccepted
                    : level == DeliveryLevel::Delivered ? m_levelDelivered
                    : level == DeliveryLevel::Arrived   ? m_levelArrived
                                                        : m_levelAuthenticated;
    const QString prefix = level == DeliveryLevel::Accepted    ? tr("1. Accepted:")
                           : level == DeliveryLevel::Delivered ? tr("2. Delivered:")
                           : level == DeliveryLevel::Arrived   ? tr("3. Arrived:")
                                                               : tr("Authentication:");
    label->setText(prefix + QLatin1Char(' ') + text);
    setTextColor(label, severity);
    if ((level == DeliveryLevel::Delivered || level == DeliveryLevel::Arrived) && severity == Severity::Ok &&
        !m_delivered) {
        m_delivered = true;
        showOutcome();
    }
}

void TestEmailPage::showOutcome()
{
    // The finding that decides: the first error, else the first warning.
    const auto first = [this](Severity severity) -> const Finding* {
        for (const Finding& f : std::as_const(m_lastFindings)) {
            if (f.severity() == severity)
                return &f;
        }
        return nullptr;
    };
    const Finding* error = first(Severity::Error);
    const Finding* deciding = error ? error : first(Severity::Warning);
    const auto stepOf = [deciding](const QString& otherwise) {
        return deciding && !deciding->advice.steps.isEmpty() ? deciding->advice.steps.first() : otherwise;
    };
    if (m_stopped) {
        m_banner->showStatus(Severity::Info, tr("Stopped before the server accepted the test email"),
                             tr("Nothing was sent. Send it again when you are ready."));
    } else if (!m_accepted) {
        m_banner->showStatus(
            Severity::Error, tr("Not sent"),
            stepOf(tr("Open the conversation with the server below to see where it stopped.")));
    } else if (error) {
        m_banner->showStatus(Severity::Error, tr("Sent, but not delivered"),
                             stepOf(tr("Look at the delivery details below.")));
    } else if (m_delivered) {
        m_banner->showStatus(Severity::Ok, tr("Sent and delivered"),
                             stepOf(tr("Go on to the next page to save these settings to your server.")));
    } else {
        m_banner->showStatus(
            deciding ? Severity::Warning : Severity::Info, tr("Sent, not yet confirmed"),
            stepOf(tr("Look for the test email in the recipient's inbox, and in the spam folder.")));
    }
}

void TestEmailPage::onJobFinished(const TestSendConfirmResult& result)
{
    if (!m_sendShown) {
        onSent(result.send); // stopped while sending
    }
    if (result.delivery) {
        onVerified(*result.delivery);
        if (wasStopped(result.delivery->findings)) {
            announce(m_deliveryProgress, tr("Stopped following the test email; send it again to follow it."));
        }
    }
    showAcceptance(result);
    updateButtons();
}

void TestEmailPage::showAcceptance(const TestSendConfirmResult& result)
{
    if (!result.send.ok) {
        m_acceptance->hide();
        return;
    }
    Findings evidence = postino()->domainEvidence() + result.acceptanceEvidence();
    evidence << acceptance::submissionFinding(profile());
    const acceptance::AcceptanceVerdict verdict = acceptance::judgeAcceptance(
        evidence, {.mailerName = profile().mailer() ? Catalog::tr(profile().mailer()->name) : QString(),
                   .sentFromMailerServers = acceptance::sendsFromMailerServers(profile())});
    QString text =
        QStringLiteral("<b>%1</b>").arg(tr("Will Gmail, Yahoo and Outlook.com accept it?").toHtmlEscaped());
    for (const QString& line : verdict.summaryLines())
        text += QStringLiteral("<br>") + line.toHtmlEscaped();
    if (postino()->domainEvidence().isEmpty())
        text += QStringLiteral("<br>") +
                tr("Run the domain checks on the Checks page for the full answer.").toHtmlEscaped();
    announce(m_acceptance, text);
    m_acceptance->show();
}

void TestEmailPage::onVerified(const DeliveryReport& report)
{
    m_deliveryProgress->clear();
    Findings all = m_lastFindings;
    for (const Finding& f : report.findings) {
        if (f.id != QLatin1String("delivery.accepted")) {
            all.append(f);
        }
    }
    m_lastFindings = all;
    m_verdict->setFindings(all);
    m_delivered = m_delivered || report.providerState == DeliveryState::Delivered || report.arrived;
    showOutcome();
    updateButtons();
    m_send->setFocus();
}

void TestEmailPage::stop()
{
    if (m_job) {
        m_job->cancel();
    }
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
    m_banner->clear();
    m_verdict->clear();
    m_acceptance->hide();
    m_transcript->clear();
    m_lines.clear();
    m_lastFindings.clear();
    m_trust->hide();
    m_reportMessage->clear();
    resetLevels();
    m_deliveryBox->setVisible(TestEmailSender::canSend(p));
    m_transcriptToggle->setVisible(TestEmailSender::canSend(p));
    setTranscriptShown(false);
    updateButtons();
    m_send->setFocus();
}

void TestEmailPage::cleanupPage()
{
    stop();
    m_imapPassword->clear();
}

bool TestEmailPage::isSending() const
{
    return m_job && m_job->isRunning();
}

bool TestEmailPage::isComplete() const
{
    // Sending is optional; leaving mid-send is not. Following the message afterwards does not hold
    // the user back (Stop ends it; so does leaving the page).
    return !m_job || !m_job->isSending();
}

void TestEmailPage::updateButtons()
{
    const bool sending = isSending();
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
    m_acceptance->hide();
    resetLevels();
    m_accepted = false;
    m_delivered = false;
    m_banner->showProgress(tr("Sending…"));
    TestSendRequest request;
    request.recipient = m_recipient->text().trimmed();
    request.extraCaCertificates = postino()->extraCaCertificates();
    request.apiBaseOverride = postino()->apiBaseOverride();
    SessionSecrets* secrets = postino()->secrets();
    request.secret = [secrets](const QString& mailer, const QString& field) {
        return secrets->value(Profile::secretKey(mailer, field));
    };
    request.storeSecret = [secrets](const QString& mailer, const QString& field, const QByteArray& value) {
        secrets->setValue(Profile::secretKey(mailer, field), value); // a refreshed sign-in
    };
    editProfile([&request](Profile& p) { p.setTestRecipient(request.recipient); });
    m_sendShown = false;
    m_job->start(profile(), request, confirmRequest());
    updateButtons();
    m_cancel->setFocus();
}

void TestEmailPage::onTranscript(const TranscriptLine& line)
{
    m_lines.append(line);
    m_transcript->appendPlainText(formatTranscriptLine(line));
}

void TestEmailPage::onSent(const TestSendResult& result)
{
    m_sendShown = true;
    m_accepted = result.ok;
    // Stop pressed (or the page left) while sending: neither a success nor a failure.
    const bool stopped = !result.ok && wasStopped(result.findings);
    m_stopped = stopped;
    m_verdict->setFindings(result.findings);
    m_lastFindings = result.findings;
    showOutcome();
    if (!result.ok)
        setTranscriptShown(true); // where it stopped is in the conversation
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
    if (stopped) {
        m_levelAccepted->setText(tr("1. Accepted: stopped before the server answered."));
    } else if (!result.ok) {
        m_levelAccepted->setText(tr("1. Accepted: no, see below."));
        setTextColor(m_levelAccepted, Severity::Error);
    }
    updateButtons();
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
    editProfile([&pinned](Profile& p) {
        p.setSetting(QStringLiteral("trusted_cert_sha256"), pinned.join(QLatin1Char(',')));
    });
    m_trust->hide();
    m_reportMessage->showMessage(Severity::Warning,
                                 tr("This certificate is now trusted for this server. Send the test again."));
}

} // namespace postino
