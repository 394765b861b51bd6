#pragma once

#include "catalog/resolvedmailer.h"
#include "finding.h"
#include "job/job.h"
#include "message/testmessage.h"
#include "secrets/secretlookup.h"
#include "smtp/smtpclient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace postino {

class Profile;
struct ApiMessage;
struct OAuthClientConfig;
struct OAuthTokenResult;
class OAuthTokenClient;

struct TestSendRequest
{
    QString recipient;
    QList<QSslCertificate> extraCaCertificates;
    SmtpTimeouts timeouts;
    QUrl apiBaseOverride; // tests and the CLI only (also the OAuth endpoints)
    // Gmail / Microsoft / Zoho over SMTP (app password, XOAUTH2): another server in place of the
    // provider's. Tests and the CLI only, never from a profile.
    QString smtpHostOverride;
    quint16 smtpPortOverride = 0;
    // Looks a secret up by (mailer id, field key); empty when there is none.
    SecretLookup secret;
    // Where refreshed OAuth tokens go (mailer id, field key, value); may be empty.
    std::function<void(const QString&, const QString&, const QByteArray&)> storeSecret;
};

struct TestSendResult
{
    bool ok = false;
    Findings findings;
    QString messageId;  // the Message-ID header we set
    QString providerId; // the server's queue id or the provider's message id
    QString runId;
    bool runIdInBodyOnly = false; // the provider took no custom header: the id is only in the text
    qint64 elapsedMs = 0;
    QSslCertificate peerCertificate; // offered for "trust this certificate" after a TLS finding
    Findings messageFormat;          // the built message's form, as receivers check it ("message.*")
};

// Sends the test email through whichever mailer the profile chose. Mailers whose
// sending is not built yet get a clear "not available" finding, never a fake success.
class TestEmailSender : public Job
{
    Q_OBJECT
public:
    explicit TestEmailSender(QObject* parent = nullptr);

    void start(const Profile& profile, const TestSendRequest& request);

    static bool canSend(const Profile& profile);
    // Findings that stop a send before any connection (missing fields, secrets, recipient).
    static Findings preflight(const Profile& profile, const TestSendRequest& request);

Q_SIGNALS:
    void finished(const postino::TestSendResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    Finding cancelledFinding() const override;
    void finishWith(TestSendResult result);
    static Findings preflight(const Profile& profile, const ResolvedMailer& mailer,
                              const TestSendRequest& request);
    void startApi(const Profile& profile, const ResolvedMailer& mailer, const TestSendRequest& request);
    ApiMessage buildApiMessage(const TestMessageOptions& options);
    TestMessageOptions messageOptions(const Profile& profile, const TestSendRequest& request,
                                      const QString& serverName) const;

    void startSmtp(const Profile& profile, const TestSendRequest& request, SmtpSettings smtp);
    void startOAuth(const Profile& profile, const ResolvedMailer& mailer, const TestSendRequest& request);
    void oauthReady(const Profile& profile, const ResolvedMailer& mailer, const TestSendRequest& request,
                    const QByteArray& accessToken, bool refreshed);
    // A token request with the request's endpoint, CA and timeout; a refused one ends the send with
    // its findings, an answered one goes to `onSuccess`.
    // The API client for the send, with the request's CA, base URL and timeout, its transcript relayed.
    void newApiClient(const TestSendRequest& request);
    void startTokenClient(OAuthClientConfig& config, const TestSendRequest& request,
                          std::function<void(const OAuthTokenResult&)> onSuccess);

    QPointer<SmtpClient> m_smtp;
    QPointer<class ApiClient> m_api;
    QPointer<OAuthTokenClient> m_tokens;
    TestSendResult m_pending; // what is known before the mailer answers
    TestSendResult m_result;
    std::shared_ptr<Profile> m_profile;
    TestSendRequest m_request;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::TestSendResult)
