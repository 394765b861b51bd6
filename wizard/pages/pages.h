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
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace postino {

class FindingsView;
class InlineMessage;
class PostinoWizard;
class Profile;
class SessionSecrets;
class SmtpClient;
class SmtpCredentialCheck;
class ApiClient;
class TestEmailSender;
class PortCheck;
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
    PostinoWizard* postino() const { return m_wizard; }
    Profile& profile() const;
    QLabel* addIntro(const QString& text);

private:
    PostinoWizard* m_wizard;
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
    bool isComplete() const override;

private:
    void showDetails();

    QListWidget* m_list;
    QLabel* m_details;
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
    bool m_updating = false;
};

class SenderPage : public WizardPage
{
    Q_OBJECT
public:
    explicit SenderPage(PostinoWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void update();

    QLineEdit* m_fromEmail;
    QLabel* m_fromEmailError;
    QLineEdit* m_fromName;
    QCheckBox* m_forceEmail;
    QCheckBox* m_forceName;
    QCheckBox* m_returnPath;
    QLabel* m_returnPathHelp;
    InlineMessage* m_message;
    bool m_touched = false;
};

class FeaturesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FeaturesPage(PostinoWizard* wizard);
    void initializePage() override;

private:
    QCheckBox* m_logs;
    QCheckBox* m_errors;
    QCheckBox* m_summary;
    QCheckBox* m_alerts;
};

class ChecksPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(PostinoWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;

private:
    void runChecks();

    QLabel* m_target;
    QProgressBar* m_busy;
    FindingsView* m_results;
    QLabel* m_dnsNote;
    QPushButton* m_again;
    QPointer<PortCheck> m_check;
};

class TestEmailPage : public WizardPage
{
    Q_OBJECT
public:
    explicit TestEmailPage(PostinoWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isSending() const;

private:
    void send();
    void onTranscript(const TranscriptLine& line);
    void onFinished(const TestSendResult& result);
    void updateButtons();
    void copyTranscript();
    void saveReport();
    void trustCertificate();

    QLineEdit* m_recipient;
    QLabel* m_recipientError;
    QPushButton* m_send;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    InlineMessage* m_unavailable;
    QLabel* m_verdictTitle;
    FindingsView* m_verdict;
    QPlainTextEdit* m_transcript;
    QPushButton* m_copy;
    QPushButton* m_saveReport;
    QPushButton* m_trust;
    InlineMessage* m_reportMessage;
    TestEmailSender* m_sender;
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

private:
    void regenerate();
    void copy();
    void save();
    void insertIntoWpConfig();

    QLabel* m_summary;
    QComboBox* m_format;
    QCheckBox* m_includeSecrets;
    InlineMessage* m_secretNotice;
    QPlainTextEdit* m_preview;
    QLabel* m_command;
    FindingsView* m_findings;
    QPushButton* m_insert;
    InlineMessage* m_message;
    QString m_suggestedName;
    bool m_containsSecrets = false;
};

} // namespace postino
