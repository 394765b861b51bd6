#pragma once

#include "profilemodel.h"

#include <QSslCertificate>
#include <QUrl>
#include <QWizard>
#include <functional>

class QSettings;

namespace postino {

namespace dns {
class Resolver;
}

class SecretStore;
class SessionSecrets;
class StepList;

// The setup wizard. It owns the one Profile (in a ProfileModel) that every page edits through
// editProfile(), which saves it, so closing and reopening resumes where the user left off. Secrets
// stay in SessionSecrets, never in the profile.
class PostinoWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WelcomePageId,
        ChooseMailerPageId,
        ConfigurePageId,
        SenderPageId,
        FeaturesPageId,
        ChecksPageId,
        TestEmailPageId,
        ExportPageId,
    };
    Q_ENUM(PageId)

    // `secretBackend` may be null: secrets then live for this session only.
    PostinoWizard(ProfileStore store, SecretStore* secretBackend, QWidget* parent = nullptr);
    ~PostinoWizard() override;

    const Profile& profile() const { return m_model->profile(); }
    // The one way to change the profile: saves it and tells the pages (ProfileModel::changed).
    ProfileModel::Parts editProfile(const std::function<void(Profile&)>& change,
                                    ProfileModel::Save when = ProfileModel::Save::Now)
    {
        return m_model->edit(change, when);
    }
    ProfileModel* profileModel() const { return m_model; }
    SessionSecrets* secrets() const { return m_secrets; }
    const ProfileStore& store() const { return m_model->store(); }
    const Findings& loadProblems() const { return m_loadProblems; }

    // Extra CAs to trust for this session (tests, private servers); never "ignore errors".
    void setExtraCaCertificates(const QList<QSslCertificate>& certs) { m_extraCa = certs; }
    const QList<QSslCertificate>& extraCaCertificates() const { return m_extraCa; }
    // Sends API requests to another HTTPS server: tests and --api-base only, never a profile.
    // The last domain report's findings (Checks), which the Test email page's verdict per mailbox
    // provider reads together with the test's own evidence.
    void setDomainEvidence(const Findings& findings) { m_domainEvidence = findings; }
    const Findings& domainEvidence() const { return m_domainEvidence; }
    // The website's address typed on Choose mailer: its server's reputation is checked too.
    void setWebsite(const QString& address) { m_website = address; }
    QString website() const { return m_website; }

    void setApiBaseOverride(const QUrl& base) { m_apiBase = base; }
    QUrl apiBaseOverride() const { return m_apiBase; }

    // Makes the resolvers the DNS checks use. Default: the system's (or, when the user asks,
    // the domain's own name servers on top of it). Tests set in-memory records here, so no
    // test query ever leaves the machine.
    using ResolverFactory = std::function<dns::Resolver*(QObject* parent)>;
    static void setResolverFactory(ResolverFactory factory);
    static dns::Resolver* createResolver(QObject* parent);

    // Walks forward to the page saved last time, through each page's own validation.
    void resumeProgress();
    // Writes the profile file now; edits are saved without it.
    bool saveProgress();
    QString saveError() const { return m_model->saveError(); }

    void accept() override;
    void done(int result) override;
    // Replaces the profile with an imported one; secrets found in the source go to the session.
    void adoptImport(const Profile& profile, const QHash<QString, QByteArray>& secrets);
    // Fetches the stored secrets of one mailer from the keychain (once per key).
    void loadSecretsOf(const QString& mailerId);
    // Fetches every secret the profile uses: its mailer's and its alert channels'.
    void loadProfileSecrets();

private:
    void onCurrentIdChanged(int id);
    void chainButtonsInReadingOrder();
    // Secrets an older profile file held in plain go to the session (and the keychain); the file
    // drops each once the keychain holds it.
    void takeSecretsFromFile();
    void onSecretChanged(const QString& key);
    void onSecretStored(const QString& key);
    void showAbout();

    ProfileModel* m_model;
    Findings m_loadProblems;
    SessionSecrets* m_secrets;
    StepList* m_steps;
    QList<QSslCertificate> m_extraCa;
    QUrl m_apiBase;
    Findings m_domainEvidence;
    QString m_website;
    bool m_resuming = false;
    int m_resumeTarget = WelcomePageId;
};

} // namespace postino
