#pragma once

#include "api/apirequests.h"
#include "api/httpexchange.h"
#include "finding.h"
#include "secrets/secretlookup.h"
#include "smtp/smtpclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>

namespace postino {

class Profile;
struct ResolvedMailer;

struct ApiResult
{
    bool ok = false;
    Findings findings;
    QString messageId;     // the provider's id for the message: drives delivery checks
    QString transactionId; // the send's id where the provider's status lookup needs it (Elastic Email)
    int httpStatus = 0;
    qint64 elapsedMs = 0;
};

// Sends the test email through a provider's HTTPS API, or checks its key read-only.
// Owns its network access and reply; every request has a transfer timeout.
class ApiClient : public Job
{
    Q_OBJECT
public:
    explicit ApiClient(QObject* parent = nullptr);

    // Points every request at another HTTPS server (scheme, host and port); path and query
    // stay as the provider documents them. For tests and the CLI only: never from a profile.
    void setBaseUrlOverride(const QUrl& base) { m_override = base; }
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCa = certificates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void send(const Profile& profile, const ApiMessage& message, const SecretLookup& secret);
    void probe(const Profile& profile, const SecretLookup& secret);
    // The same for a mailer its caller has already resolved (TestEmailSender).
    void send(const ResolvedMailer& mailer, const ApiMessage& message, const SecretLookup& secret);
    void probe(const ResolvedMailer& mailer, const SecretLookup& secret);

Q_SIGNALS:
    void finished(const postino::ApiResult& result);

private:
    enum class Phase
    {
        Send,
        Probe,
        OtherRegion, // probing the other region after a "not found here"
    };
    void begin(Phase phase, const ResolvedMailer& mailer, const SecretLookup& secret);
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return subject(); }
    void request(const ApiCall& call);
    void onAnswer(const HttpAnswer& answer);
    void conclude(int status, const HttpHeaders& headers, const QByteArray& body);
    void networkFailure(const HttpAnswer& answer);
    void done(Findings findings, bool ok);
    QString subject(const QString& field = {}) const;

    HttpExchange* m_http;
    QUrl m_override;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs = 30000;
    Phase m_phase = Phase::Send;
    ApiContext m_context;
    QString m_otherRegion;
    ApiMessage m_message;
    ApiResult m_result;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::ApiResult)
