// The HTTPS server's own check: a QNetworkAccessManager that trusts only what it should talks
// to it the way the provider API clients will, and the server records and misbehaves as asked.

#include "httpsserver.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using postino::test::HttpRequest;
using postino::test::HttpResponse;
using postino::test::HttpsServer;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// What a raw TLS client saw: everything the server sent until it closed (or 5 s passed).
struct RawExchange
{
    bool encrypted = false;
    bool closed = false;
    QByteArray alpn;
    QByteArray received;
    QString error;
};

bool finish(QNetworkReply* reply, int ms = 10000)
{
    if (reply->isFinished()) {
        return true;
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(ms);
}

int statusOf(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestHttpsServer : public QObject
{
    Q_OBJECT

private:
    postino::test::TestCertificates m_certs;

    std::unique_ptr<HttpsServer> makeServer() const
    {
        auto server = std::make_unique<HttpsServer>(m_certs.good.certificate, m_certs.good.key);
        return server->start() != 0 ? std::move(server) : nullptr;
    }

    QSslConfiguration trusting() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_certs.ca);
        return tls;
    }

    // A request to the server that trusts the test CA (and verifies the peer as usual).
    QNetworkRequest request(const HttpsServer& server, const QString& pathAndQuery) const
    {
        QNetworkRequest r(QUrl(server.baseUrl().toString() + pathAndQuery));
        r.setSslConfiguration(trusting());
        return r;
    }

    // Writes `bytes` on a TLS connection that trusts the test CA and offers h2 before http/1.1.
    RawExchange exchange(const HttpsServer& server, const QByteArray& bytes) const
    {
        RawExchange result;
        QSslSocket socket;
        QSslConfiguration tls = trusting();
        tls.setAllowedNextProtocols({"h2", "http/1.1"});
        socket.setSslConfiguration(tls);
        socket.setProxy(QNetworkProxy::NoProxy);
        connect(&socket, &QSslSocket::readyRead, this,
                [&result, &socket] { result.received += socket.readAll(); });
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy disconnected(&socket, &QSslSocket::disconnected);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                      static_cast<quint16>(server.baseUrl().port()));
        result.encrypted = encrypted.wait(5000);
        if (!result.encrypted) {
            result.error = socket.errorString();
            return result;
        }
        result.alpn = socket.sslConfiguration().nextNegotiatedProtocol();
        socket.write(bytes);
        result.closed = disconnected.wait(5000);
        result.received += socket.readAll();
        socket.disconnect(this);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
    }

    void notListening()
    {
        HttpsServer server(m_certs.good.certificate, m_certs.good.key);
        QVERIFY(server.baseUrl().isEmpty());
        const quint16 port = server.start();
        QVERIFY(port != 0);
        QCOMPARE(server.baseUrl(), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    }

    void getRoundTrip()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) {
            HttpResponse response = HttpResponse::json(200, R"({"message":"success"})");
            response.addHeader("X-Message-Id", "abc-123");
            response.addHeader("Content-Length", "999"); // replaced by the real one
            return response;
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest r = request(
            *server, QStringLiteral("/v3/suppression/bounces?start_time=1&limit=10&email=a%40example.com"));
        r.setRawHeader("Authorization", "Bearer SG.test-key");
        r.setRawHeader("Accept", "application/json");
        QSignalSpy received(server.get(), &HttpsServer::requestReceived);
        std::unique_ptr<QNetworkReply> reply(nam.get(r));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(statusOf(reply.get()), 200);
        QCOMPARE(reply->readAll(), QByteArray(R"({"message":"success"})"));
        QCOMPARE(reply->rawHeader("X-Message-Id"), QByteArray("abc-123"));
        QCOMPARE(reply->rawHeader("Content-Length"), QByteArray("21"));
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/json"));
        QVERIFY(reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool());
        QVERIFY(!reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool());

        QCOMPARE(received.size(), 1);
        QCOMPARE(server->requests().size(), 1);
        const HttpRequest got = server->requests().first();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.path, QByteArray("/v3/suppression/bounces"));
        QCOMPARE(got.query, QByteArray("start_time=1&limit=10&email=a%40example.com"));
        QCOMPARE(got.target,
                 QByteArray("/v3/suppression/bounces?start_time=1&limit=10&email=a%40example.com"));
        QCOMPARE(got.header("authorization"), QByteArray("Bearer SG.test-key"));
        QCOMPARE(got.header("ACCEPT"), QByteArray("application/json"));
        QCOMPARE(got.header("Host"), QByteArray("127.0.0.1:") + QByteArray::number(server->baseUrl().port()));
        QVERIFY(got.header("X-Not-Sent").isNull());
        QVERIFY(got.body.isEmpty());
        QCOMPARE(got.connection, 1);
        QVERIFY2(server->errors().isEmpty(), qPrintable(server->errors().join(QLatin1Char('\n'))));
    }

    // SendGrid's v3/mail/send: a JSON body, a bearer key, 202 with an empty body.
    void postJson()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) {
            HttpResponse response;
            response.status = 202;
            response.addHeader("X-Message-Id", "sg-42");
            return response;
        });
        const QByteArray json =
            "{\"personalizations\":[{\"to\":[{\"email\":\"to@example.com\"}]}],"
            "\"from\":{\"email\":\"from@example.com\",\"name\":\"Postino\"},"
            "\"subject\":\"Gr\xc3\xbc\xc3\x9f"
            "e \xe2\x9c\x93\",\"content\":[{\"type\":\"text/plain\",\"value\":\"Hi\\r\\n\"}]}";
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest r = request(*server, QStringLiteral("/v3/mail/send"));
        r.setRawHeader("Authorization", "Bearer SG.test-key");
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(r, json));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(statusOf(reply.get()), 202);
        QVERIFY(reply->readAll().isEmpty());
        QCOMPARE(reply->rawHeader("X-Message-Id"), QByteArray("sg-42"));

        QCOMPARE(server->requests().size(), 1);
        const HttpRequest got = server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.target, QByteArray("/v3/mail/send"));
        QCOMPARE(got.path, QByteArray("/v3/mail/send"));
        QVERIFY(got.query.isEmpty());
        QCOMPARE(got.body, json);
        QCOMPARE(got.header("content-type"), QByteArray("application/json"));
        QCOMPARE(got.header("Content-Length"), QByteArray::number(json.size()));
        QVERIFY2(server->errors().isEmpty(), qPrintable(server->errors().join(QLatin1Char('\n'))));
    }

    // Mailgun's messages endpoint: a form body, HTTP Basic with "api", a repeated field.
    void postForm()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) {
            return HttpResponse::json(
                200, R"({"id":"<20240101.1@mg.example.com>","message":"Queued. Thank you."})");
        });
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("from"), QStringLiteral("Postino <postino@example.com>"));
        form.addQueryItem(QStringLiteral("to"), QStringLiteral("a@example.com"));
        form.addQueryItem(QStringLiteral("to"), QStringLiteral("b@example.com"));
        form.addQueryItem(QStringLiteral("subject"), QStringLiteral("Hello & welcome = 100%"));
        form.addQueryItem(QStringLiteral("text"), QStringLiteral("line 1\nline 2"));
        const QByteArray body = form.query(QUrl::FullyEncoded).toUtf8();
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest r = request(*server, QStringLiteral("/v3/mg.example.com/messages"));
        r.setRawHeader("Authorization", "Basic " + QByteArray("api:key-test").toBase64());
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(nam.post(r, body));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(statusOf(reply.get()), 200);
        QCOMPARE(reply->readAll(),
                 QByteArray(R"({"id":"<20240101.1@mg.example.com>","message":"Queued. Thank you."})"));

        QCOMPARE(server->requests().size(), 1);
        const HttpRequest got = server->requests().first();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.path, QByteArray("/v3/mg.example.com/messages"));
        QCOMPARE(got.body, body);
        QCOMPARE(got.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(got.header("Authorization"), QByteArray("Basic YXBpOmtleS10ZXN0"));
        const QUrlQuery decoded(QString::fromUtf8(got.body));
        QCOMPARE(decoded.allQueryItemValues(QStringLiteral("to")),
                 QStringList({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
        QCOMPARE(decoded.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("Hello & welcome = 100%"));
        QCOMPARE(decoded.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded),
                 QStringLiteral("line 1\nline 2"));
    }

    void keepAlive()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler(
            [](const HttpRequest& r) { return HttpResponse::json(200, "{\"path\":\"" + r.path + "\"}"); });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        for (const QString& path : {QStringLiteral("/first"), QStringLiteral("/second")}) {
            std::unique_ptr<QNetworkReply> reply(nam.get(request(*server, path)));
            QVERIFY(finish(reply.get()));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->readAll(), "{\"path\":\"" + path.toUtf8() + "\"}");
        }
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(server->connections(), 1);
        QCOMPARE(server->requests().at(0).connection, 1);
        QCOMPARE(server->requests().at(1).connection, 1);
        QVERIFY2(server->errors().isEmpty(), qPrintable(server->errors().join(QLatin1Char('\n'))));
    }

    void simultaneousRequests()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler(
            [](const HttpRequest& r) { return HttpResponse::html(200, "<p>" + r.path + "</p>"); });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 8; ++i) {
            replies.emplace_back(nam.get(request(*server, QStringLiteral("/page/%1").arg(i))));
        }
        for (int i = 0; i < 8; ++i) {
            QNetworkReply* reply = replies.at(static_cast<size_t>(i)).get();
            QVERIFY(finish(reply));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                     QStringLiteral("text/html; charset=utf-8"));
            QCOMPARE(reply->readAll(), "<p>/page/" + QByteArray::number(i) + "</p>");
        }
        QCOMPARE(server->requests().size(), 8);
        QVERIFY(server->connections() > 1); // QNetworkAccessManager opens up to six per host
        qInfo() << "8 simultaneous requests over" << server->connections() << "connections";
        QVERIFY2(server->errors().isEmpty(), qPrintable(server->errors().join(QLatin1Char('\n'))));
    }

    // Chunked bodies (QNetworkAccessManager never sends one), headers kept in order, two
    // requests pipelined in one write, Connection: close honoured, ALPN never choosing h2.
    void chunkedAndPipelined()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler(
            [](const HttpRequest& r) { return HttpResponse::json(200, r.body.isEmpty() ? r.path : r.body); });
        const QByteArray wire = "POST /v1/send?x=1 HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\n"
                                "X-B: 1\r\n"
                                "x-a:  two words \r\n"
                                "X-B: 3\r\n"
                                "Transfer-Encoding: chunked\r\n"
                                "\r\n"
                                "5\r\n{\"a\":\r\n"
                                "7;name=value\r\n\"hello\"\r\n"
                                "1\r\n}\r\n"
                                "0\r\n"
                                "X-Trailer: dropped\r\n"
                                "\r\n"
                                "GET /second HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\n"
                                "Connection: close\r\n"
                                "\r\n";
        const RawExchange raw = exchange(*server, wire);
        QVERIFY2(raw.encrypted, qPrintable(raw.error));
        QCOMPARE(raw.alpn, QByteArray("http/1.1"));
        QVERIFY(raw.closed);
        QCOMPARE(raw.received.count("HTTP/1.1 200 OK\r\n"), 2);
        QVERIFY(raw.received.contains("\r\n\r\n{\"a\":\"hello\"}HTTP/1.1 200 OK\r\n"));
        QVERIFY(raw.received.contains("Connection: close\r\n"));
        QVERIFY(raw.received.endsWith("\r\n\r\n/second"));

        QCOMPARE(server->requests().size(), 2);
        const HttpRequest first = server->requests().at(0);
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.target, QByteArray("/v1/send?x=1"));
        QCOMPARE(first.query, QByteArray("x=1"));
        QCOMPARE(first.body, QByteArray("{\"a\":\"hello\"}"));
        const QList<QPair<QByteArray, QByteArray>> headers = {{"Host", "127.0.0.1"},
                                                              {"X-B", "1"},
                                                              {"x-a", "two words"},
                                                              {"X-B", "3"},
                                                              {"Transfer-Encoding", "chunked"}};
        QCOMPARE(first.headers, headers);
        QCOMPARE(first.header("x-b"), QByteArray("1"));
        QCOMPARE(first.header("X-A"), QByteArray("two words"));
        QCOMPARE(server->requests().at(1).path, QByteArray("/second"));
        QCOMPARE(server->requests().at(1).connection, first.connection);
        QVERIFY2(server->errors().isEmpty(), qPrintable(server->errors().join(QLatin1Char('\n'))));
    }

    void tooLarge_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("header block") << QByteArray(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
        QTest::newRow("Content-Length")
            << QByteArray("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                          QByteArray::number(HttpsServer::MaxBodyBytes + 1) + "\r\n\r\n");
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            "\r\n" +
            QByteArray::number(HttpsServer::MaxBodyBytes + 1, 16) + "\r\n");
    }

    void tooLarge()
    {
        QFETCH(QByteArray, wire);
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) { return HttpResponse::json(200, "{}"); });
        const RawExchange raw = exchange(*server, wire);
        QVERIFY2(raw.encrypted, qPrintable(raw.error));
        QVERIFY2(raw.received.startsWith("HTTP/1.1 413 "), raw.received.left(200).constData());
        QVERIFY(raw.received.contains("Connection: close\r\n"));
        QVERIFY(raw.closed);
        QVERIFY(server->requests().isEmpty());
        QCOMPARE(server->errors().size(), 1);
        QVERIFY(server->errors().first().contains(QStringLiteral("413")));
    }

    // A client without the test CA refuses the certificate; the server sees the handshake fail.
    void untrustedClient()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) { return HttpResponse::json(200, "{}"); });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest r(QUrl(server->baseUrl().toString() + QStringLiteral("/v3/mail/send")));
        QSignalSpy sslErrors(&nam, &QNetworkAccessManager::sslErrors);
        std::unique_ptr<QNetworkReply> reply(nam.get(r));
        QVERIFY(finish(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(sslErrors.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!server->errors().isEmpty(), 5000);
        QVERIFY(server->errors().first().contains(QStringLiteral("TLS handshake")));
        qInfo() << "client:" << reply->errorString() << "| server:" << server->errors();
        QVERIFY(server->requests().isEmpty());
    }

    void neverRespond()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) {
            HttpResponse response;
            response.behaviour = HttpResponse::Behaviour::NeverRespond;
            return response;
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest r = request(*server, QStringLiteral("/v3/mail/send"));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        r.setTransferTimeout(1000);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(nam.post(r, QByteArray("{}")));
        QVERIFY(finish(reply.get(), 5000));
        const qint64 ms = timer.elapsed();
        qInfo() << "transfer timeout fired after" << ms << "ms:" << reply->error();
        QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError,
                 qPrintable(reply->errorString()));
        QVERIFY(ms >= 500);
        QVERIFY(ms < 2500);
        QCOMPARE(server->requests().size(), 1);
        QCOMPARE(server->requests().first().body, QByteArray("{}"));
    }

    void brokenResponses_data()
    {
        QTest::addColumn<HttpResponse::Behaviour>("behaviour");
        QTest::newRow("TruncateBody") << HttpResponse::Behaviour::TruncateBody;
        QTest::newRow("CloseAfterHeaders") << HttpResponse::Behaviour::CloseAfterHeaders;
    }

    void brokenResponses()
    {
        QFETCH(HttpResponse::Behaviour, behaviour);
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([behaviour](const HttpRequest&) {
            HttpResponse response = HttpResponse::json(200, "{\"data\":\"" + QByteArray(10000, 'd') + "\"}");
            response.behaviour = behaviour;
            return response;
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(nam.get(request(*server, QStringLiteral("/v3/messages"))));
        QVERIFY(finish(reply.get(), 5000));
        qInfo() << QTest::currentDataTag() << "failed the client after" << timer.elapsed()
                << "ms:" << reply->error() << reply->errorString();
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 10011);
        QVERIFY(reply->readAll().size() < 10011);
    }

    // 30 MB announced and streamed; the client stops after 1 MB.
    void hugeAborted()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest&) {
            HttpResponse response;
            response.headers = {{"Content-Type", "application/octet-stream"}};
            response.behaviour = HttpResponse::Behaviour::Huge;
            response.hugeBytes = 30'000'000;
            return response;
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(nam.get(request(*server, QStringLiteral("/export"))));
        qint64 got = 0;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&got, &reply] {
            got += reply->readAll().size();
            if (got >= MiB) {
                reply->abort();
            }
        });
        QVERIFY(finish(reply.get(), 5000));
        const qint64 ms = timer.elapsed();
        qInfo() << "read" << got << "bytes of 30 MB, then aborted, in" << ms << "ms; server backlog peaked at"
                << server->peakBacklog() << "bytes";
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 30'000'000);
        QVERIFY(got >= MiB);
        QVERIFY(got < 30'000'000);
        QVERIFY(ms < 5000);
        QVERIFY(server->peakBacklog() < MiB);
    }

    // All 30 MB, counted and dropped as they come; the connection then serves the next request.
    void hugeComplete()
    {
        const auto server = makeServer();
        QVERIFY(server);
        server->setHandler([](const HttpRequest& r) {
            if (r.path != "/export") {
                return HttpResponse::json(200, "{}");
            }
            HttpResponse response;
            response.body = "0123456789";
            response.behaviour = HttpResponse::Behaviour::Huge;
            response.hugeBytes = 30'000'000;
            return response;
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(nam.get(request(*server, QStringLiteral("/export"))));
        qint64 got = 0;
        QByteArray head;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&got, &head, &reply] {
            const QByteArray chunk = reply->readAll();
            if (head.isEmpty()) {
                head = chunk.left(20);
            }
            got += chunk.size();
        });
        QVERIFY(finish(reply.get(), 30000));
        const qint64 ms = timer.elapsed();
        qInfo() << "read all" << got << "bytes in" << ms << "ms; server backlog peaked at"
                << server->peakBacklog() << "bytes";
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(got, 30'000'000);
        QCOMPARE(head, QByteArray("01234567890123456789"));
        QVERIFY(server->peakBacklog() < MiB);

        std::unique_ptr<QNetworkReply> next(nam.get(request(*server, QStringLiteral("/after"))));
        QVERIFY(finish(next.get()));
        QCOMPARE(next->error(), QNetworkReply::NoError);
        QCOMPARE(next->readAll(), QByteArray("{}"));
        QCOMPARE(server->connections(), 1);
        QVERIFY2(server->errors().isEmpty(), qPrintable(server->errors().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestHttpsServer)
#include "tst_httpsserver.moc"
