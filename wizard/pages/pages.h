#pragma once

#include "finding.h"
#include "smtp/smtpclient.h"

#include <QHash>
#include <QJsonValue>
#include <QPointer>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QTableWidget;
class QPushButton;
class QSpinBox;
class QGroupBox;
class QTabWidget;

namespace postino {

namespace dns {
class DomainReport;
}

class FindingsView;
class InlineMessage;
class PostinoWizard;
class Profile;
class SessionSecrets;
class SmtpClient;
class SmtpCredentialCheck;
class AlertsDialog;
class ApiClient;
class TestSendAndConfirm;
struct TestSendConfirmResult;
struct VerifyRequest;
class OAuthSignIn;
class OAuthTokenClient;
struct DeliveryReport;
enum class DeliveryLevel;
class PortProbe;
struct PortResult;
struct ProbeReport;
struct FieldSpec;
struct TestSendResult;
struct TranscriptLine;

// Pages are thin: they read the wizard's Profile in initializePage(), write it back
// as the user edits, and hold Next back (isComplete) with an inline message.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardPage(PostinoWizard* wizard);
    bool validatePage() override { return isComplete(); }

protected:
    // Pages with many widgets make them the first time they are shown, not at start-up.
    virtual void build() {}
    void ensureBuilt();
    PostinoWizard* postino() const { return m_wizard; }
    Profile& profile() const;
    QLabel* addIntro(const QString& text);

private:
    PostinoWizard* m_wizard;
    bool m_built = false;
};

class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(PostinoWizard* wizard);
    void initializePage() override;
    // Takes over the settings in a wp-config.php, a WP Mail SMTP option export, another
    // plugin's settings or a Postino profile; the current profile stays as it is on failure.
    bool importFrom(const QString& path);

private:
    void chooseImportFile();

    InlineMessage* m_problems;
    QLabel* m_resumeNote;
    InlineMessage* m_importMessage;
    FindingsView* m_importFindings;
};

class ChooseMailerPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChooseMailerPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    bool isComplete() const override;

private:
    void showDetails();

    QListWidget* m_list = nullptr;
    QLabel* m_details = nullptr;
};

class ConfigurePage : public WizardPage
{
    Q_OBJECT
public:
    explicit ConfigurePage(PostinoWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    struct FieldRow
    {
        const FieldSpec* spec = nullptr;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QLabel* help = nullptr;
        QWidget* container = nullptr;
        bool touched = false;
    };
    void rebuild();
    void onEdited(const QString& key, const QJsonValue& value);
    void setEditorValue(FieldRow& row, const QJsonValue& value);
    void refresh();
    Findings currentFindings() const;
    void checkCredentials();
    void checkApiKey();
    void buildOAuthPanel();
    void refreshOAuthPanel();
    void signIn();
    void signOut();

    QString m_mailerId;
    QLabel* m_title;
    QLabel* m_keyLink;
    QWidget* m_formHost;
    QFormLayout* m_form = nullptr;
    QList<FieldRow> m_rows;
    InlineMessage* m_message;
    InlineMessage* m_keychainNote;
    QPushButton* m_checkButton;
    FindingsView* m_checkResult;
    QPointer<SmtpCredentialCheck> m_checkClient;
    QPointer<ApiClient> m_apiCheck;
    // Gmail, Microsoft and Zoho: the two ways to sign in, and the OAuth state.
    QWidget* m_oauthBox = nullptr;
    QLabel* m_methodNote = nullptr;
    QLabel* m_oauthState = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    FindingsView* m_oauthResult = nullptr;
    QPointer<OAuthSignIn> m_signInFlow;
    QPointer<OAuthTokenClient> m_signOutClient;
    bool m_updating = false;
};

class SenderPage : public WizardPage
{
    Q_OBJECT
public:
    explicit SenderPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    bool isComplete() const override;

private:
    void update();

    QLineEdit* m_fromEmail = nullptr;
    QLabel* m_fromEmailError = nullptr;
    QLineEdit* m_fromName = nullptr;
    QCheckBox* m_forceEmail = nullptr;
    QCheckBox* m_forceName = nullptr;
    QCheckBox* m_returnPath = nullptr;
    QLabel* m_returnPathHelp = nullptr;
    InlineMessage* m_message = nullptr;
    bool m_touched = false;
};

class FeaturesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FeaturesPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    // Opens the alerts settings (what the Alerts… button does); returns the dialog.
    AlertsDialog* openAlerts();

private:
    void showAlertSummary();

    QCheckBox* m_logs = nullptr;
    QCheckBox* m_errors = nullptr;
    QCheckBox* m_summary = nullptr;
    QCheckBox* m_alerts = nullptr;
    QPushButton* m_alertsButton = nullptr;
    QLabel* m_alertSummary = nullptr;
    QPointer<AlertsDialog> m_alertsDialog;
};

class ChecksPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(PostinoWizard* wizard);
    void initializePage() override;

protected:
    void build() override;

public:
    void cleanupPage() override;

private:
    void runChecks();
    void showPort(const PortResult& result);
    void fillRow(int row, const PortResult& result);
    void showReport(const ProbeReport& report);
    void useRecommendedPort();
    // Test from your web server: the PHP probe written, and its result shown in the table.
    void buildWebProbe(QLayout* buttonRow);
    void openWebProbe();
    void showWebServerReport(const ProbeReport& report);
    // The From domain's DNS: SPF, DKIM, DMARC, MX and the mailer's own records.
    QWidget* buildDns();
    void runDnsCheck();
    void showDnsReport();
    void copyDnsRecords();

    QTabWidget* m_tabs = nullptr;
    QLabel* m_dnsTarget = nullptr;
    QProgressBar* m_dnsBusy = nullptr;
    FindingsView* m_dnsResults = nullptr;
    QCheckBox* m_dnsOwnServers = nullptr;
    QLineEdit* m_dnsSelector = nullptr;
    QLineEdit* m_dnsReturnPath = nullptr;
    QPushButton* m_dnsAgain = nullptr;
    QPushButton* m_dnsCopy = nullptr;
    QPointer<dns::DomainReport> m_dnsReport;

    QLabel* m_target = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableWidget* m_table = nullptr;
    FindingsView* m_results = nullptr;
    QPushButton* m_useRecommended = nullptr;
    QPushButton* m_again = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_webProbe = nullptr;
    QLabel* m_source = nullptr; // says when the table shows the web server's results
    QPointer<PortProbe> m_probe;
    quint16 m_recommendedPort = 0;
    int m_recommendedSecurity = 0;
};

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
    void buildDeliveryBox();
    void applyImapPreset(int index);
    VerifyRequest confirmRequest();
    void onLevel(DeliveryLevel level, Severity severity, const QString& text);
    void onVerified(const DeliveryReport& report);
    void stop();
    void resetLevels();

    QLineEdit* m_recipient = nullptr;
    QLabel* m_recipientError = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_busy = nullptr;
    InlineMessage* m_unavailable = nullptr;
    QLabel* m_verdictTitle = nullptr;
    FindingsView* m_verdict = nullptr;
    QPlainTextEdit* m_transcript = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_saveReport = nullptr;
    QPushButton* m_trust = nullptr;
    InlineMessage* m_reportMessage = nullptr;
    TestSendAndConfirm* m_job = nullptr; // sends, then confirms delivery
    bool m_sendShown = false;            // the send's outcome is on the page
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

class ExportPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ExportPage(PostinoWizard* wizard);
    void initializePage() override;
    // Inserts the wp-config.php block into the file at `path` (what Insert does after its file dialog).
    // A block with placeholders asks for confirmation first. True when the file was changed.
    bool insertInto(const QString& path);

protected:
    void build() override;

private:
    void regenerate();
    void copy();
    void save();
    void insertIntoWpConfig();

    QLabel* m_summary = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_includeSecrets = nullptr;
    InlineMessage* m_secretNotice = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_command = nullptr;
    FindingsView* m_findings = nullptr;
    QPushButton* m_insert = nullptr;
    InlineMessage* m_message = nullptr;
    QString m_suggestedName;
    bool m_containsSecrets = false;
};

} // namespace postino
