#include "httpsserver.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace postino::test {

namespace {

// How much of a Huge body may wait in the socket's buffers (plain plus encrypted) before the
// server stops writing and waits for bytesWritten.
constexpr qint64 HugeHighWater = 256 * 1024;
constexpr qsizetype HugeChunkBytes = 64 * 1024;
constexpr qsizetype MaxChunkSizeLine = 1024;
// After a 413 or 400 the server keeps reading (and discarding) this long before it closes, so
// the client's last bytes do not arrive at a closed socket and reset the answer away.
constexpr int RejectLingerMs = 200;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool isBodiless(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

HttpResponse HttpResponse::json(int code, const QByteArray& text)
{
    HttpResponse r;
    r.status = code;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = text;
    return r;
}

HttpResponse HttpResponse::html(int code, const QByteArray& text)
{
    HttpResponse r;
    r.status = code;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    r.body = text;
    return r;
}

class HttpsServer::Listener : public QTcpServer
{
public:
    explicit Listener(HttpsServer* server)
        : QTcpServer(server)
        , m_server(server)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    HttpsServer* m_server;
};

// One client connection: its socket (a child) and where the parser is. Deleted later, never
// in the middle of handling one of its socket's signals.
class HttpsServer::Connection : public QObject
{
public:
    using QObject::QObject;

    enum class Body
    {
        None,
        Length,
        Chunked,
    };
    enum class ChunkPart
    {
        Size,
        Data,
        Trailers,
    };

    QSslSocket* socket = nullptr;
    int id = 0;
    bool encrypted = false;
    bool gone = false;    // dropped: nothing more happens here
    bool closing = false; // answered for the last time: input is discarded
    bool stalled = false; // NeverRespond: nothing more is answered
    bool streaming = false;
    bool keepAlive = true;
    bool haveHeaders = false;
    QByteArray buffer; // received, not yet parsed
    HttpRequest request;
    Body body = Body::None;
    ChunkPart chunkPart = ChunkPart::Size;
    qint64 remaining = 0; // Length: body bytes still to come; Chunked: of the current chunk
    qint64 hugeLeft = 0;
    QByteArray hugeChunk;
};

HttpsServer::HttpsServer(const QSslCertificate& cert, const QSslKey& key, QObject* parent)
    : QObject(parent)
    , m_certificate(cert)
    , m_key(key)
    , m_listener(new Listener(this))
{}

HttpsServer::~HttpsServer() = default;

quint16 HttpsServer::start()
{
    if (!QSslSocket::supportsSsl()) {
        m_errors << QStringLiteral("no TLS backend");
        return 0;
    }
    if (m_listener->isListening()) {
        return m_listener->serverPort();
    }
    if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
        m_errors << m_listener->errorString();
        return 0;
    }
    return m_listener->serverPort();
}

QUrl HttpsServer::baseUrl() const
{
    if (!m_listener->isListening()) {
        return {};
    }
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_listener->serverPort()));
}

void HttpsServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpsServer::accept(qintptr descriptor)
{
    auto* c = new Connection(this);
    c->id = ++m_connections;
    c->socket = new QSslSocket(c);
    if (!c->socket->setSocketDescriptor(descriptor)) {
        m_errors << QStringLiteral("connection %1: %2").arg(c->id).arg(c->socket->errorString());
        delete c;
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)}); // never h2
    c->socket->setSslConfiguration(tls);

    QSslSocket* socket = c->socket;
    connect(socket, &QSslSocket::encrypted, c, [c] { c->encrypted = true; });
    connect(socket, &QSslSocket::readyRead, c, [this, c] { readFrom(c); });
    connect(socket, &QSslSocket::bytesWritten, c, [this, c] { pump(c); });
    connect(socket, &QSslSocket::encryptedBytesWritten, c, [this, c] { pump(c); });
    connect(socket, &QSslSocket::sslErrors, c, [this, c](const QList<QSslError>& sslErrors) {
        for (const QSslError& e : sslErrors) {
            m_errors << QStringLiteral("connection %1: %2").arg(c->id).arg(e.errorString());
        }
    });
    connect(socket, &QSslSocket::errorOccurred, c, [this, c] { socketError(c); });
    connect(socket, &QSslSocket::disconnected, c, [this, c] { drop(c); });
    socket->startServerEncryption();
}

void HttpsServer::socketError(Connection* c)
{
    const QAbstractSocket::SocketError error = c->socket->error();
    // Once the handshake is done a peer that hangs up (QNetworkAccessManager dropping an idle
    // connection, or a client aborting a download) is routine. Before it, it is a client that
    // rejected the certificate, and worth recording like every other error.
    const bool routine = c->encrypted && (error == QAbstractSocket::RemoteHostClosedError ||
                                          error == QAbstractSocket::NetworkError);
    if (!routine) {
        m_errors << QStringLiteral("connection %1: %2%3")
                        .arg(c->id)
                        .arg(c->encrypted ? QString() : QStringLiteral("in the TLS handshake: "))
                        .arg(c->socket->errorString());
    }
    drop(c);
}

void HttpsServer::readFrom(Connection* c)
{
    if (c->gone) {
        return;
    }
    const QByteArray data = c->socket->readAll();
    if (c->closing) {
        return;
    }
    c->buffer += data;
    if ((c->stalled || c->streaming) && c->buffer.size() > MaxHeaderBytes + MaxBodyBytes) {
        reject(c, 413,
               QStringLiteral("over %1 bytes sent while the server was busy answering")
                   .arg(MaxHeaderBytes + MaxBodyBytes));
        return;
    }
    process(c);
}

void HttpsServer::process(Connection* c)
{
    const QPointer<Connection> alive(c);
    while (alive && !c->gone && !c->closing && !c->stalled && !c->streaming) {
        if (!c->haveHeaders && !readHeaders(c)) {
            return;
        }
        if (c->body == Connection::Body::Length) {
            if (c->buffer.size() < c->remaining) {
                return;
            }
            c->request.body = c->buffer.left(c->remaining);
            c->buffer.remove(0, c->remaining);
        } else if (c->body == Connection::Body::Chunked && readChunks(c) != 1) {
            return;
        }
        dispatch(c);
    }
}

// True once a whole header block is parsed; false while it is incomplete, or after reject().
bool HttpsServer::readHeaders(Connection* c)
{
    while (c->buffer.startsWith("\r\n")) {
        c->buffer.remove(0, 2); // RFC 9112 §2.2: an empty line before a request is ignored
    }
    const qsizetype end = c->buffer.indexOf("\r\n\r\n");
    if (end < 0 ? c->buffer.size() > MaxHeaderBytes : end + 4 > MaxHeaderBytes) {
        reject(c, 413, QStringLiteral("header block over %1 bytes").arg(MaxHeaderBytes));
        return false;
    }
    if (end < 0) {
        return false;
    }
    QList<QByteArray> lines = c->buffer.left(end).split('\n');
    c->buffer.remove(0, end + 4);
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }

    HttpRequest& r = c->request;
    r = HttpRequest{};
    r.connection = c->id;
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() ||
        !parts.at(2).startsWith("HTTP/1.")) {
        reject(c, 400, QStringLiteral("bad request line: %1").arg(QString::fromLatin1(lines.first())));
        return false;
    }
    r.method = parts.at(0);
    r.target = parts.at(1);
    const qsizetype question = r.target.indexOf('?');
    r.path = question < 0 ? r.target : r.target.left(question);
    r.query = question < 0 ? QByteArray() : r.target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (name.isEmpty() || name.contains(' ') || name.contains('\t')) {
            reject(c, 400, QStringLiteral("bad header line: %1").arg(QString::fromLatin1(line)));
            return false;
        }
        r.headers.append({name, line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = r.header("Connection").toLower();
    c->keepAlive =
        parts.at(2) == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");

    const QByteArray transferEncoding = r.header("Transfer-Encoding").toLower();
    const QByteArray contentLength = r.header("Content-Length");
    c->body = Connection::Body::None;
    c->remaining = 0;
    if (!transferEncoding.isEmpty()) { // RFC 9112 §6.3: it overrides Content-Length
        if (!transferEncoding.endsWith("chunked")) {
            reject(c, 400,
                   QStringLiteral("Transfer-Encoding %1 without chunked")
                       .arg(QString::fromLatin1(transferEncoding)));
            return false;
        }
        c->body = Connection::Body::Chunked;
        c->chunkPart = Connection::ChunkPart::Size;
    } else if (!contentLength.isEmpty()) {
        bool ok = false;
        const qint64 length = contentLength.toLongLong(&ok);
        if (!ok || length < 0) {
            reject(c, 400, QStringLiteral("bad Content-Length %1").arg(QString::fromLatin1(contentLength)));
            return false;
        }
        if (length > MaxBodyBytes) {
            reject(c, 413, QStringLiteral("Content-Length %1 over %2 bytes").arg(length).arg(MaxBodyBytes));
            return false;
        }
        if (length > 0) {
            c->body = Connection::Body::Length;
            c->remaining = length;
        }
    }
    if (c->body != Connection::Body::None &&
        r.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
        c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    c->haveHeaders = true;
    return true;
}

// 1 when the chunked body is complete, 0 while it is not, -1 after reject().
int HttpsServer::readChunks(Connection* c)
{
    using Part = Connection::ChunkPart;
    for (;;) {
        switch (c->chunkPart) {
        case Part::Size: {
            const qsizetype eol = c->buffer.indexOf("\r\n");
            if (eol < 0) {
                if (c->buffer.size() > MaxChunkSizeLine) {
                    reject(c, 400, QStringLiteral("chunk size line too long"));
                    return -1;
                }
                return 0;
            }
            QByteArray line = c->buffer.left(eol);
            c->buffer.remove(0, eol + 2);
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            if (semicolon >= 0) {
                line.truncate(semicolon);
            }
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                reject(c, 400, QStringLiteral("bad chunk size %1").arg(QString::fromLatin1(line)));
                return -1;
            }
            if (size == 0) {
                c->chunkPart = Part::Trailers;
            } else if (c->request.body.size() + size > MaxBodyBytes) {
                reject(c, 413, QStringLiteral("chunked body over %1 bytes").arg(MaxBodyBytes));
                return -1;
            } else {
                c->remaining = size;
                c->chunkPart = Part::Data;
            }
            break;
        }
        case Part::Data:
            if (c->buffer.size() < c->remaining + 2) {
                return 0;
            }
            if (c->buffer.mid(c->remaining, 2) != "\r\n") {
                reject(c, 400, QStringLiteral("chunk without CRLF after its data"));
                return -1;
            }
            c->request.body += c->buffer.left(c->remaining);
            c->buffer.remove(0, c->remaining + 2);
            c->remaining = 0;
            c->chunkPart = Part::Size;
            break;
        case Part::Trailers: {
            const qsizetype eol = c->buffer.indexOf("\r\n");
            if (eol < 0) {
                if (c->buffer.size() > MaxHeaderBytes) {
                    reject(c, 413, QStringLiteral("trailers over %1 bytes").arg(MaxHeaderBytes));
                    return -1;
                }
                return 0;
            }
            const bool last = eol == 0;
            c->buffer.remove(0, eol + 2); // trailer fields are read and dropped
            if (last) {
                return 1;
            }
            break;
        }
        }
    }
}

void HttpsServer::dispatch(Connection* c)
{
    HttpRequest request = std::move(c->request);
    c->request = HttpRequest{};
    c->haveHeaders = false;
    c->body = Connection::Body::None;
    c->remaining = 0;
    m_requests.append(request);
    const HttpResponse response =
        m_handler ? m_handler(request) : HttpResponse::json(404, R"({"error":"HttpsServer has no handler"})");
    respond(c, request, response);
    Q_EMIT requestReceived();
}

void HttpsServer::respond(Connection* c, const HttpRequest& request, const HttpResponse& response)
{
    using Behaviour = HttpResponse::Behaviour;
    const bool bodiless = isBodiless(response.status);
    QByteArray body = bodiless ? QByteArray() : response.body;
    if (response.behaviour == Behaviour::TruncateBody && body.size() < 2) {
        body = QByteArray(1024, 'x'); // something to cut in half
    }
    const qint64 length = response.behaviour == Behaviour::Huge && !bodiless
                              ? std::max<qint64>(0, response.hugeBytes)
                              : body.size();
    bool keepAlive = c->keepAlive;

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& h : response.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            continue;
        }
        if (h.first.compare("Connection", Qt::CaseInsensitive) == 0 && h.second.toLower().contains("close")) {
            keepAlive = false;
        }
        head += h.first + ": " + h.second + "\r\n";
    }
    if (!bodiless) {
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    const bool closes =
        response.behaviour == Behaviour::CloseAfterHeaders || response.behaviour == Behaviour::TruncateBody;
    if (!keepAlive && !closes) { // the two that close pretend to be a server dying unannounced
        head += "Connection: close\r\n";
    }
    head += "\r\n";
    const bool sendBody = request.method != "HEAD";

    switch (response.behaviour) {
    case Behaviour::Normal:
        c->socket->write(sendBody ? QByteArray(head + body) : head);
        noteBacklog(c);
        if (!keepAlive) {
            closeGracefully(c);
        }
        break;
    case Behaviour::NeverRespond:
        c->stalled = true;
        break;
    case Behaviour::CloseAfterHeaders:
        c->socket->write(head);
        closeGracefully(c);
        break;
    case Behaviour::TruncateBody:
        c->socket->write(sendBody ? QByteArray(head + body.left(body.size() / 2)) : head);
        closeGracefully(c);
        break;
    case Behaviour::Drip: {
        c->socket->write(head);
        c->stalled = true; // nothing pipelined behind it is answered meanwhile
        auto* drip = new QTimer(c->socket);
        const QByteArray rest = sendBody ? body : QByteArray();
        auto sent = std::make_shared<qsizetype>(0);
        connect(drip, &QTimer::timeout, c->socket, [c, drip, rest, sent] {
            if (c->gone || *sent >= rest.size()) {
                drip->stop();
                return;
            }
            c->socket->write(rest.mid((*sent)++, 1));
        });
        drip->start(std::max(1, response.dripIntervalMs));
        break;
    }
    case Behaviour::Huge: {
        c->socket->write(head);
        c->keepAlive = keepAlive;
        if (!sendBody || length == 0) {
            if (!keepAlive) {
                closeGracefully(c);
            }
            break;
        }
        const QByteArray pattern = response.body.isEmpty() ? QByteArray("x") : response.body;
        c->hugeChunk = pattern.repeated(std::max<qsizetype>(1, HugeChunkBytes / pattern.size()));
        c->hugeLeft = length;
        c->streaming = true;
        pump(c);
        break;
    }
    }
}

// Tops up a Huge body as the socket drains; both bytesWritten signals call it.
void HttpsServer::pump(Connection* c)
{
    if (c->gone || !c->streaming) {
        return;
    }
    while (c->hugeLeft > 0 &&
           c->socket->bytesToWrite() + c->socket->encryptedBytesToWrite() < HugeHighWater) {
        const qint64 n = std::min<qint64>(c->hugeLeft, c->hugeChunk.size());
        c->socket->write(c->hugeChunk.constData(), n);
        c->hugeLeft -= n;
    }
    noteBacklog(c);
    if (c->hugeLeft > 0) {
        return;
    }
    c->streaming = false;
    c->hugeChunk.clear();
    if (!c->keepAlive) {
        closeGracefully(c);
        return;
    }
    process(c); // requests pipelined behind it
}

void HttpsServer::noteBacklog(Connection* c)
{
    m_peakBacklog = std::max(m_peakBacklog, c->socket->bytesToWrite() + c->socket->encryptedBytesToWrite());
}

void HttpsServer::reject(Connection* c, int status, const QString& why)
{
    m_errors << QStringLiteral("connection %1: answered %2: %3").arg(c->id).arg(status).arg(why);
    const QByteArray body = why.toUtf8() + '\n';
    const QByteArray answer =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body;
    c->socket->write(answer);
    closeGracefully(c, RejectLingerMs);
}

void HttpsServer::closeGracefully(Connection* c, int lingerMs)
{
    if (c->closing || c->gone) {
        return;
    }
    c->closing = true;
    c->buffer.clear();
    c->request = HttpRequest{};
    if (lingerMs <= 0) {
        c->socket->disconnectFromHost(); // after what is written is sent; may drop(c) right away
        return;
    }
    QTimer::singleShot(lingerMs, c, [c] {
        if (!c->gone) {
            c->socket->disconnectFromHost();
        }
    });
}

void HttpsServer::drop(Connection* c)
{
    if (c->gone) {
        return;
    }
    c->gone = true;
    c->streaming = false;
    c->socket->disconnect(c);
    c->deleteLater(); // and its socket, whose destructor closes it
}

} // namespace postino::test
