#pragma once

#include "api/apirequests.h"
#include "job/job.h"
#include "smtp/smtpclient.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace postino {

// The request headers in which mail providers' APIs carry keys and tokens (lower case).
inline const QList<QByteArray> kProviderSecretHeaders = {"authorization",           "api-key",
                                                         "x-postmark-server-token", "x-smtp2go-api-key",
                                                         "x-elasticemail-apikey",   "x-amz-security-token"};

struct HttpExchangeOptions
{
    // Bounds the whole exchange, not only silence: a server that drips a byte at a time
    // never trips Qt's transfer timeout, which restarts with every byte.
    int timeoutMs = 30000;
    qint64 maxBodyBytes = 1024 * 1024; // a larger answer is cut off and reported as TooLarge
    QList<QSslCertificate> extraCa;
    // When set, the connection goes to this address while the Host header, the TLS server name and the
    // certificate check keep the URL's host: a name checked once cannot be re-resolved elsewhere.
    QHostAddress connectTo;
    // How the URL appears in the transcript; empty: the URL without user info. Callers mask tokens here.
    QString displayUrl;
    // Header names whose values the transcript hides (compared in lower case).
    QList<QByteArray> secretHeaders;
    // The answer's body stays out of the transcript (an OAuth token endpoint answers with tokens).
    bool hideResponseBody = false;
};

// What came back: an HTTP answer (any status), an answer too large to be what was asked for, or no
// answer at all (the reply's network error).
struct HttpAnswer
{
    enum class Kind
    {
        Answered,
        TooLarge,
        NetworkError,
    };
    Kind kind = Kind::NetworkError;
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; // the reply's, or the first TLS error when the handshake failed
    QString host;        // the URL's host and port, for findings
    int port = 443;
    Findings findings; // why the exchange ended without an answer when it was stopped (cancelled, deadline)
    QByteArray header(const QByteArray& name) const { return headerValue(headers, name); }
};

// One HTTPS request, the way every outgoing call of Postino makes it: no redirect followed, a transfer
// timeout, a cap on the answer's size, TLS 1.2 or later, and a transcript without secrets. Owns its
// network access and reply.
class HttpExchange : public Job
{
    Q_OBJECT
public:
    explicit HttpExchange(QObject* parent = nullptr);
    ~HttpExchange() override;

    void start(const ApiCall& call, const HttpExchangeOptions& options);

Q_SIGNALS:
    void finished(const postino::HttpAnswer& answer);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_answer); }
    QString findingSubject() const override { return m_host + QLatin1Char(':') + QString::number(m_port); }
    void onFinished();
    void answerWith(const HttpAnswer& answer);
    void dropReply();

    QNetworkAccessManager* m_nam;
    QPointer<QNetworkReply> m_reply;
    HttpExchangeOptions m_options;
    ApiCall m_call;
    HttpAnswer m_answer;
    QByteArray m_body;
    bool m_tooLarge = false;
    QList<QSslError> m_sslErrors;
    QTimer m_deadline;
    bool m_timedOut = false;
    QString m_host;
    int m_port = 443;
};

// What a person can read of a body: JSON as it is, HTML without its tags, all of it short.
QString readableBody(const QByteArray& body);

} // namespace postino

Q_DECLARE_METATYPE(postino::HttpAnswer)
