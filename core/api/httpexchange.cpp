#include "httpexchange.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

} // namespace

QString readableBody(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(2000));
    static const QRegularExpression markup(QStringLiteral("<\\s*/?\\s*[a-zA-Z!][^>]*>"));
    const QString start = text.trimmed();
    const bool json = start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['));
    if (!json && markup.match(text).hasMatch()) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        static const QRegularExpression space(QStringLiteral("\\s+"));
        text = text.remove(tags).replace(space, QStringLiteral(" ")).trimmed();
    }
    return text.left(300);
}

HttpExchange::HttpExchange(QObject* parent)
    : Job(QStringLiteral("http"), parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<HttpAnswer>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Never follow a redirect: it could carry a key or a token to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort(); // finishes the reply: onFinished() reports the time-out
        }
    });
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::dropReply()
{
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpExchange::doCancel()
{
    dropReply();
}

void HttpExchange::addEndingFinding(const Finding& finding)
{
    m_answer = HttpAnswer{};
    m_answer.kind = HttpAnswer::Kind::NetworkError;
    m_answer.error = QNetworkReply::OperationCanceledError;
    m_answer.errorString = finding.detail;
    m_answer.host = m_host;
    m_answer.port = m_port;
    m_answer.findings.append(finding);
}

void HttpExchange::answerWith(const HttpAnswer& answer)
{
    m_answer = answer;
    finishJob();
}

void HttpExchange::start(const ApiCall& call, const HttpExchangeOptions& options)
{
    m_call = call;
    m_options = options;
    Job::start();
}

void HttpExchange::doStart()
{
    dropReply();
    const HttpExchangeOptions& options = m_options;
    m_host = m_call.url.host();
    m_port = m_call.url.port(m_call.url.scheme() == QLatin1String("http") ? 80 : 443);
    QUrl target = m_call.url;
    if (!options.connectTo.isNull()) {
        target.setHost(options.connectTo.toString());
    }
    QNetworkRequest request(target);
    request.setTransferTimeout(options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Postino/%1").arg(QCoreApplication::applicationVersion()));
    if (!options.connectTo.isNull()) {
        const bool defaultPort = m_call.url.port() < 0;
        const QByteArray hostHeader =
            QUrl::toAce(m_host) + (defaultPort ? QByteArray() : ':' + QByteArray::number(m_call.url.port()));
        request.setRawHeader("Host", hostHeader);
        request.setPeerVerifyName(m_host);
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!options.extraCa.isEmpty()) {
        tls.addCaCertificates(options.extraCa);
    }
    request.setSslConfiguration(tls);
    const QString shown =
        options.displayUrl.isEmpty() ? m_call.url.toString(QUrl::RemoveUserInfo) : options.displayUrl;
    note(TranscriptLine::Direction::Client, QString::fromLatin1(m_call.method) + QLatin1Char(' ') + shown);
    for (const auto& [name, value] : std::as_const(m_call.headers)) {
        request.setRawHeader(name, value);
        const bool secret = options.secretHeaders.contains(name.toLower());
        note(TranscriptLine::Direction::Client,
             QString::fromLatin1(name) + QStringLiteral(": ") +
                 (secret ? Text::tr("(hidden)") : QString::fromUtf8(value)));
    }
    if (!m_call.body.isEmpty()) {
        // Bodies may carry a key (Mandrill) and always carry the message: only their size is shown.
        note(TranscriptLine::Direction::Client, Text::tr("(request body: %1 bytes)").arg(m_call.body.size()));
    }
    m_body.clear();
    m_tooLarge = false;
    m_timedOut = false;
    m_sslErrors.clear();
    m_reply = m_nam->sendCustomRequest(request, m_call.method, m_call.body);
    m_deadline.start(options.timeoutMs);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply) {
            return;
        }
        m_body += m_reply->read(m_options.maxBodyBytes + 1 - m_body.size());
        if (m_body.size() > m_options.maxBodyBytes) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    m_deadline.stop();
    reply->deleteLater();
    HttpAnswer answer;
    answer.host = m_host;
    answer.port = m_port;
    if (m_tooLarge) {
        answer.kind = HttpAnswer::Kind::TooLarge;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answerWith(answer);
        return;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // A transport error after the status line (a body cut short) still means no reliable answer.
    const bool transportError =
        reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied;
    if (m_timedOut) {
        answer.kind = HttpAnswer::Kind::NetworkError;
        answer.error = QNetworkReply::TimeoutError;
        answer.errorString =
            Text::tr("The answer did not finish within %1 s.").arg(m_options.timeoutMs / 1000.0);
        answerWith(answer);
        return;
    }
    if (!statusAttribute.isValid() || transportError) {
        answer.kind = HttpAnswer::Kind::NetworkError;
        answer.error = reply->error();
        answer.errorString =
            reply->error() == QNetworkReply::SslHandshakeFailedError && !m_sslErrors.isEmpty()
                ? m_sslErrors.first().errorString()
                : reply->errorString();
        answerWith(answer);
        return;
    }
    m_body += reply->read(m_options.maxBodyBytes + 1 - m_body.size());
    answer.kind = HttpAnswer::Kind::Answered;
    answer.status = statusAttribute.toInt();
    for (const auto& pair : reply->rawHeaderPairs()) {
        answer.headers.append(pair);
    }
    answer.body = m_body.left(m_options.maxBodyBytes);
    note(TranscriptLine::Direction::Server,
         QStringLiteral("HTTP %1 %2")
             .arg(answer.status)
             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    if (!answer.body.isEmpty() && m_options.hideResponseBody) {
        note(TranscriptLine::Direction::Server,
             Text::tr("(answer body: %1 bytes, not shown: it may hold a token)").arg(answer.body.size()));
    } else if (!answer.body.isEmpty()) {
        note(TranscriptLine::Direction::Server, readableBody(answer.body));
    }
    answerWith(answer);
}

} // namespace postino
