#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace postino::test {

// One request as the server read it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path + '?' + query, exactly as sent in the request line
    QByteArray path;   // the target up to '?', still percent-encoded
    QByteArray query;  // after '?', still percent-encoded; empty without one
    QByteArray body;   // Content-Length bytes, or the chunks of a chunked body joined
    QList<QPair<QByteArray, QByteArray>> headers; // in order; names as sent, values trimmed
    int connection = 0;                           // which accepted connection carried it, counting from 1

    QByteArray header(const QByteArray& name) const; // case-insensitive, first match; empty if none
};

// What the handler answers. Content-Length is added (and a handler's own one dropped), as is
// "Connection: close" when the server closes afterwards. 204 and 304 go without a body.
struct HttpResponse
{
    enum class Behaviour
    {
        Normal,
        NeverRespond,      // say nothing; the connection stays open until the client gives up
        CloseAfterHeaders, // status line and headers (announcing the body), then close
        TruncateBody,      // announce Content-Length, send half the body, close
        Huge, // announce and stream `hugeBytes` of body (`body` repeated, or 'x') as the socket drains
        Drip, // announce the body, then send it one byte every `dripIntervalMs`: never silent for long
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Behaviour behaviour = Behaviour::Normal;
    qint64 hugeBytes = 0;
    int dripIntervalMs = 200;

    HttpResponse& addHeader(const QByteArray& name, const QByteArray& value) // appends; chainable
    {
        headers.append(qMakePair(name, value));
        return *this;
    }

    static HttpResponse json(int status, const QByteArray& json);
    static HttpResponse html(int status, const QByteArray& html);
};

// An HTTPS server on 127.0.0.1 playing mail providers' HTTP APIs for a QNetworkAccessManager
// client. HTTP/1.1 only (ALPN offers nothing but http/1.1), keep-alive and pipelining, any
// number of connections at once, bodies by Content-Length or chunked. A header block over
// MaxHeaderBytes or a body over MaxBodyBytes is answered 413 and the connection closed.
class HttpsServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 64LL * 1024 * 1024;

    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit HttpsServer(const QSslCertificate& cert, const QSslKey& key, QObject* parent = nullptr);
    ~HttpsServer() override;

    quint16 start();                  // listens on 127.0.0.1, an ephemeral port; 0 on failure
    QUrl baseUrl() const;             // https://127.0.0.1:<port>; empty before start()
    void setHandler(Handler handler); // without one every request gets a 404
    QList<HttpRequest> requests() const { return m_requests; }
    QStringList errors() const { return m_errors; }   // TLS and socket errors, bad requests, 413s
    int connections() const { return m_connections; } // connections accepted so far
    // The largest write backlog (plain and encrypted) a connection had while answering: what a
    // Huge response costs the server.
    qint64 peakBacklog() const { return m_peakBacklog; }

Q_SIGNALS:
    void requestReceived(); // after the request is recorded and its answer started

private:
    class Listener;
    class Connection;

    void accept(qintptr descriptor);
    void readFrom(Connection* c);
    void process(Connection* c);
    bool readHeaders(Connection* c);
    int readChunks(Connection* c);
    void dispatch(Connection* c);
    void respond(Connection* c, const HttpRequest& request, const HttpResponse& response);
    void pump(Connection* c);
    void reject(Connection* c, int status, const QString& why);
    void closeGracefully(Connection* c, int lingerMs = 0);
    void drop(Connection* c);
    void noteBacklog(Connection* c);
    void socketError(Connection* c);

    QSslCertificate m_certificate;
    QSslKey m_key;
    Listener* m_listener = nullptr;
    Handler m_handler;
    QList<HttpRequest> m_requests;
    QStringList m_errors;
    int m_connections = 0;
    qint64 m_peakBacklog = 0;
};

} // namespace postino::test
