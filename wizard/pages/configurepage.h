#pragma once

#include "finding.h"
#include "wizardpage.h"

#include <QJsonValue>
#include <QList>
#include <QPointer>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace postino {

class ApiClient;
class FindingsView;
class InlineMessage;
class OAuthSignIn;
class OAuthTokenClient;
class SmtpCredentialCheck;
struct FieldSpec;

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
    void showSettings(ProfileModel::Parts parts);
    void setEditorValue(FieldRow& row, const QJsonValue& value);
    void refresh();
    Findings currentFindings() const;
    void checkCredentials();
    void checkApiKey();
    void showCheckResult(const Findings& findings);
    void stopCheck();
    void showChecking(bool running);
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
    QPushButton* m_checkStop = nullptr;
    QProgressBar* m_checkBusy = nullptr;
    QPointer<SmtpCredentialCheck> m_checkClient;
    QPointer<ApiClient> m_apiCheck;
    // Gmail, Microsoft and Zoho: the two ways to sign in, and the OAuth state.
    QWidget* m_oauthBox = nullptr;
    QLabel* m_methodNote = nullptr;
    QLabel* m_oauthState = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    QProgressBar* m_signInBusy = nullptr;
    FindingsView* m_oauthResult = nullptr;
    QPointer<OAuthSignIn> m_signInFlow;
    QPointer<OAuthTokenClient> m_signOutClient;
    bool m_updating = false;
    bool m_editing = false; // the profile is changing through this page's own fields
};

} // namespace postino
