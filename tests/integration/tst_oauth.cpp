// OAuth 2.0 sign-in for Gmail, Microsoft 365 / Outlook and Zoho Mail against a local authorization server
// (tests/harness/oauthserver) with a scripted browser; the providers' send requests as documented; the
// app-password path against Gmail- and Microsoft-style SMTP replies; the CLI. Everything on 127.0.0.1.

#include "catalog/catalog.h"
#include "faultserver.h"
#include "oauth/oauthflow.h"
#include "oauthserver.h"
#include "profile/profile.h"
#include "send/testsend.h"
#include "testca.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace postino;
using postino::test::FaultScript;
using postino::test::FaultServer;
using postino::test::OAuthServer;
using postino::test::TestCertificates;

namespace {

Profile oauthProfile(const QString& mailer, const QJsonObject& extra = {})
{
    Profile p;
    p.setMailerId(mailer);
    QJsonObject s{{QStringLiteral("client_id"), QStringLiteral("client-123.apps.example")}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        s.insert(it.key(), it.value());
    }
    p.setMailerSettings(mailer, s);
    p.sender().fromEmail = QStringLiteral("owner@example.com");
    p.sender().fromName = QStringLiteral("Caffè Età");
    return p;
}

} // namespace

class TestOAuth : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    std::unique_ptr<OAuthServer> m_server;

    OAuthClientConfig config(const QString& mailer, const QJsonObject& extra = {})
    {
        const Profile p = oauthProfile(mailer, extra);
        const QByteArray secret = m_server->clientSecret;
        auto c = oauthClientConfig(
            *p.mailer(), p.currentSettings(),
            [secret](const QString& f) {
                return f == QLatin1String("client_secret") ? secret : QByteArray();
            },
            nullptr);
        c->endpointOverride = m_server->baseUrl();
        c->extraCa = m_certs.ca;
        c->requestTimeoutMs = 10000;
        return *c;
    }

    OAuthSignInResult signIn(const OAuthClientConfig& c, QString* redirect = nullptr)
    {
        OAuthSignIn flow;
        QSignalSpy done(&flow, &OAuthSignIn::finished);
        connect(&flow, &OAuthSignIn::authorizationUrlReady, this, [this](const QUrl& url) {
            QTimer::singleShot(0, this, [this, url] { postino::test::followInBrowser(url, m_certs.ca); });
        });
        flow.start(c);
        if (redirect) {
            *redirect = flow.redirectUri();
        }
        done.wait(20000);
        return done.isEmpty() ? OAuthSignInResult{} : done.first().first().value<OAuthSignInResult>();
    }

    static bool finish(QProcess& p)
    {
        if (p.state() == QProcess::NotRunning) {
            return true;
        }
        QSignalSpy done(&p, &QProcess::finished);
        return done.wait(30000);
    }

    static QStringList ids(const Findings& findings)
    {
        QStringList out;
        for (const Finding& f : findings) {
            out << f.id;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certs.create()); }

    void init()
    {
        m_server = std::make_unique<OAuthServer>(m_certs.good.certificate, m_certs.good.key);
        QVERIFY(m_server->start());
    }

    void documentedEndpoints()
    {
        // Without the override, each provider's own hosts; Zoho per data centre, Microsoft per tenant.
        const Profile g = oauthProfile(QStringLiteral("gmail"));
        auto gc = oauthClientConfig(*g.mailer(), g.currentSettings(), {}, nullptr);
        QCOMPARE(gc->authorizeUrl.toString(), QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        QCOMPARE(gc->tokenUrl.toString(), QStringLiteral("https://oauth2.googleapis.com/token"));
        QCOMPARE(gc->scope, QStringLiteral("https://mail.google.com/"));
        const Profile m =
            oauthProfile(QStringLiteral("outlook"),
                         {{QStringLiteral("tenant"), QStringLiteral("contoso.onmicrosoft.com")}});
        auto mc = oauthClientConfig(*m.mailer(), m.currentSettings(), {}, nullptr);
        QCOMPARE(
            mc->tokenUrl.toString(),
            QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
        QVERIFY(mc->revokeUrl.isEmpty());
        const Profile z =
            oauthProfile(QStringLiteral("zoho"), {{QStringLiteral("domain"), QStringLiteral("ca")}});
        auto zc = oauthClientConfig(*z.mailer(), z.currentSettings(), {}, nullptr);
        QCOMPARE(zc->authorizeUrl.toString(), QStringLiteral("https://accounts.zohocloud.ca/oauth/v2/auth"));
        QCOMPARE(z.mailer()->relayHostFor(z.currentSettings()), QStringLiteral("smtp.zohocloud.ca"));
        const Profile ze =
            oauthProfile(QStringLiteral("zoho"), {{QStringLiteral("domain"), QStringLiteral("eu")}});
        QCOMPARE(ze.mailer()->relayHostFor(ze.currentSettings()), QStringLiteral("smtp.zoho.eu"));
        QCOMPARE(pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")); // RFC 7636 appendix B
    }

    void signInCompletes_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("authorizePath");
        QTest::addColumn<QString>("tokenPath");
        QTest::newRow("gmail") << "gmail"
                               << "/o/oauth2/v2/auth"
                               << "/token";
        QTest::newRow("outlook") << "outlook"
                                 << "/common/oauth2/v2.0/authorize"
                                 << "/common/oauth2/v2.0/token";
        QTest::newRow("zoho") << "zoho"
                              << "/oauth/v2/auth"
                              << "/oauth/v2/token";
    }

    void signInCompletes()
    {
        QFETCH(QString, mailer);
        QFETCH(QString, authorizePath);
        QFETCH(QString, tokenPath);
        QString redirect;
        const OAuthSignInResult r = signIn(config(mailer), &redirect);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(m_server->verifiedExchanges, 1); // the server checked the PKCE verifier
        QVERIFY(r.tokens.accessToken.startsWith("at-"));
        QVERIFY(r.tokens.refreshToken.startsWith("rt-"));
        QVERIFY(r.tokens.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(r.account, QStringLiteral("owner@example.com"));
        if (mailer == QLatin1String("zoho")) {
            QCOMPARE(r.accountId, m_server->zohoAccountId);
        }
        QVERIFY(r.redirectUri.startsWith(QLatin1String("http://127.0.0.1:")));
        const QUrlQuery a = m_server->authorizations.first();
        QCOMPARE(a.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(a.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), r.redirectUri);
        QCOMPARE(a.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QVERIFY(!a.queryItemValue(QStringLiteral("state")).isEmpty());
        const auto requests = m_server->https().requests();
        QCOMPARE(QString::fromLatin1(requests.first().path), authorizePath);
        QCOMPARE(QString::fromLatin1(m_server->tokenRequests.first().path), tokenPath);
        if (mailer != QLatin1String("outlook")) {
            QCOMPARE(a.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        }
    }

    void listenerIsLoopbackOnly()
    {
        LoopbackListener l;
        QString error;
        QVERIFY(l.listen(0, &error));
        QCOMPARE(l.address(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(l.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")));
    }

    // Requests that reach the loopback listener without this sign-in's state (a browser's favicon
    // request, a forged redirect, one with no state at all) each get a 400 page that says why, and the
    // sign-in keeps waiting: the real redirect that follows completes it.
    void strayRequestsGetAnErrorPageAndSignInGoesOn()
    {
        OAuthSignIn flow;
        QSignalSpy done(&flow, &OAuthSignIn::finished);
        QUrl authorization;
        connect(&flow, &OAuthSignIn::authorizationUrlReady, this,
                [&authorization](const QUrl& url) { authorization = url; });
        QStringList transcript;
        connect(&flow, &OAuthSignIn::transcript, this,
                [&transcript](const TranscriptLine& l) { transcript << l.text; });
        flow.start(config(QStringLiteral("gmail")));
        QVERIFY(authorization.isValid());
        const QString redirect = flow.redirectUri();
        const QString rightState =
            QUrlQuery(authorization).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QVERIFY(!rightState.isEmpty());

        QNetworkAccessManager browser;
        const auto get = [&browser](const QString& url, QByteArray* body) {
            QNetworkReply* reply = browser.get(QNetworkRequest(QUrl(url)));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished() && !finished.wait(10000)) {
                reply->deleteLater();
                return 0;
            }
            *body = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        const QStringList stray{redirect + QStringLiteral("favicon.ico"),
                                redirect + QStringLiteral("?code=forged-code&state=not-the-state"),
                                redirect + QStringLiteral("?code=forged-code"),
                                redirect + QStringLiteral("?error=access_denied")};
        for (const QString& url : stray) {
            QByteArray body;
            QCOMPARE(get(url, &body), 400);
            QVERIFY2(body.contains("Not this sign-in") && body.contains("ignored"), body.constData());
            QVERIFY2(done.isEmpty(), qPrintable(url)); // still waiting
        }
        QCOMPARE(m_server->tokenRequests.size(), 0); // no forged code was exchanged
        QVERIFY2(transcript.join(QLatin1Char('\n')).contains(QLatin1String("still waiting")),
                 qPrintable(transcript.join(QLatin1Char('\n'))));

        // Now the real redirect, with the right state.
        QByteArray last;
        QCOMPARE(postino::test::followInBrowser(authorization, m_certs.ca, &last), 200);
        QVERIFY(done.count() > 0 || done.wait(20000));
        const auto r = done.first().first().value<OAuthSignInResult>();
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(m_server->verifiedExchanges, 1);
        QCOMPARE(r.account, QStringLiteral("owner@example.com"));
    }

    void errorsGetTheirOwnFinding_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("id");
        QTest::newRow("access_denied") << int(OAuthServer::Fault::DenyAccess) << "gmail"
                                       << "oauth.access_denied";
        QTest::newRow("state") << int(OAuthServer::Fault::WrongState) << "gmail"
                               << "oauth.state_mismatch";
        QTest::newRow("invalid_client") << int(OAuthServer::Fault::InvalidClientAtToken) << "outlook"
                                        << "oauth.invalid_client";
        QTest::newRow("invalid_grant") << int(OAuthServer::Fault::InvalidGrantAtToken) << "gmail"
                                       << "oauth.invalid_grant";
        QTest::newRow("redirect_uri_mismatch") << int(OAuthServer::Fault::RedirectMismatchAtToken) << "gmail"
                                               << "oauth.redirect_uri_mismatch";
        QTest::newRow("zoho invalid_code") << int(OAuthServer::Fault::ZohoStyleInvalidCode) << "zoho"
                                           << "oauth.invalid_grant";
        QTest::newRow("browser never returns") << int(OAuthServer::Fault::NeverRedirect) << "gmail"
                                               << "oauth.browser_timeout";
    }

    void errorsGetTheirOwnFinding()
    {
        QFETCH(int, fault);
        QFETCH(QString, mailer);
        QFETCH(QString, id);
        m_server->fault = OAuthServer::Fault(fault);
        OAuthClientConfig c = config(mailer);
        c.browserTimeoutMs = 1500;
        const OAuthSignInResult r = signIn(c);
        QVERIFY(!r.ok);
        QVERIFY(r.tokens.isEmpty());
        QCOMPARE(ids(r.findings), QStringList{id});
        QVERIFY(!r.findings.first().advice.steps.isEmpty());
        QCOMPARE(m_server->verifiedExchanges, 0);
    }

    void refreshAndRevoke_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("revokePath");
        QTest::addColumn<bool>("tokenInQuery");
        QTest::newRow("google") << QStringLiteral("gmail") << QStringLiteral("/revoke") << false;
        QTest::newRow("zoho") << QStringLiteral("zoho") << QStringLiteral("/oauth/v2/token/revoke") << true;
    }

    void refreshAndRevoke()
    {
        QFETCH(QString, mailer);
        QFETCH(QString, revokePath);
        QFETCH(bool, tokenInQuery);
        m_server->revokeRequests.clear();
        const OAuthClientConfig c = config(mailer);
        const OAuthSignInResult r = signIn(c);
        QVERIFY(r.ok);
        OAuthTokenClient client;
        QSignalSpy done(&client, &OAuthTokenClient::finished);
        client.refresh(c, r.tokens);
        QVERIFY(done.wait());
        const auto refreshed = done.takeFirst().first().value<OAuthTokenResult>();
        QVERIFY(refreshed.ok);
        QVERIFY(refreshed.tokens.accessToken != r.tokens.accessToken);
        QCOMPARE(refreshed.tokens.refreshToken, r.tokens.refreshToken); // kept
        client.revoke(c, refreshed.tokens);
        QVERIFY(done.wait());
        QCOMPARE(ids(done.takeFirst().first().value<OAuthTokenResult>().findings),
                 QStringList{QStringLiteral("oauth.revoked")});
        QCOMPARE(m_server->revokeRequests.size(), 1);
        const auto& revoke = m_server->revokeRequests.first();
        QVERIFY2(QString::fromLatin1(revoke.path).endsWith(revokePath), revoke.path.constData());
        // Zoho takes the token in the query; Google in a form body.
        QCOMPARE(revoke.query.contains("token="), tokenInQuery);
        QCOMPARE(revoke.body.contains("token="), !tokenInQuery);
        client.refresh(c, refreshed.tokens); // revoked: invalid_grant at the refresh stage
        QVERIFY(done.wait());
        const auto gone = done.takeFirst().first().value<OAuthTokenResult>();
        QCOMPARE(ids(gone.findings), QStringList{QStringLiteral("oauth.invalid_grant")});
        QVERIFY(gone.findings.first().detail.contains(QLatin1String("revoked")));
    }

    // Microsoft offers apps no revocation: sign-out forgets the tokens and says where to end the
    // grant, without a request to anyone.
    void microsoftSignOutSaysWhereToRemoveAccess()
    {
        const OAuthClientConfig c = config(QStringLiteral("outlook"));
        const OAuthSignInResult r = signIn(c);
        QVERIFY(r.ok);
        const int before = int(m_server->revokeRequests.size()) + int(m_server->tokenRequests.size());
        OAuthTokenClient client;
        QSignalSpy done(&client, &OAuthTokenClient::finished);
        client.revoke(c, r.tokens);
        if (done.isEmpty())
            QVERIFY(done.wait());
        const auto result = done.takeFirst().first().value<OAuthTokenResult>();
        QVERIFY(result.ok);
        QCOMPARE(ids(result.findings), QStringList{QStringLiteral("oauth.revoke_manually")});
        QVERIFY(result.findings.first()
                    .advice.steps.join(QLatin1Char(' '))
                    .contains(QLatin1String("myapps.microsoft.com")));
        QCOMPARE(int(m_server->revokeRequests.size()) + int(m_server->tokenRequests.size()), before);
    }

    // Shapes, as each provider documents them (the answers come from tests/harness/oauthserver):
    //   Gmail   https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send (body {raw},
    //           base64url MIME; answer a Message {id, threadId, labelIds})
    //   Graph   https://learn.microsoft.com/en-us/graph/api/user-sendmail (message{subject, body{contentType,
    //           content}, toRecipients[{emailAddress{address}}], internetMessageHeaders[{name,value}]},
    //           saveToSentItems; answer 202 with no body)
    //   Zoho    https://www.zoho.com/mail/help/api/post-send-an-email.html (Authorization: Zoho-oauthtoken,
    //           fromAddress, toAddress, subject, content, mailFormat "html"; answer {status{code,
    //           description}, data{messageId, ...}})
    void sendsAsDocumented_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("path");
        QTest::newRow("gmail") << "gmail"
                               << "/gmail/v1/users/me/messages/send";
        QTest::newRow("outlook") << "outlook"
                                 << "/v1.0/me/sendMail";
        QTest::newRow("zoho") << "zoho"
                              << "/api/accounts/123456789012345678901/messages";
    }

    void sendsAsDocumented()
    {
        QFETCH(QString, mailer);
        QFETCH(QString, path);
        const OAuthSignInResult signedIn = signIn(config(mailer));
        QVERIFY(signedIn.ok);
        m_server->expireAccessTokens(); // the stored access token no longer works: refresh first
        OAuthTokens stored = signedIn.tokens;
        stored.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
        QHash<QString, QByteArray> secrets{{QStringLiteral("client_secret"), m_server->clientSecret},
                                           {oauthTokenField(), stored.toJson()}};
        QByteArray saved;
        TestEmailSender sender;
        QSignalSpy done(&sender, &TestEmailSender::finished);
        QStringList transcript;
        connect(&sender, &TestEmailSender::transcript, this,
                [&transcript](const TranscriptLine& l) { transcript << l.text; });
        TestSendRequest request;
        request.recipient = QStringLiteral("inbox@example.net");
        request.extraCaCertificates = m_certs.ca;
        request.apiBaseOverride = m_server->baseUrl();
        request.secret = [secrets](const QString&, const QString& field) {
            return secrets.value(field);
        };
        request.storeSecret = [&saved](const QString&, const QString&, const QByteArray& v) {
            saved = v;
        };
        sender.start(oauthProfile(mailer), request);
        QVERIFY(done.wait(20000));
        const TestSendResult r = done.first().first().value<TestSendResult>();
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(!saved.isEmpty()); // the refreshed token went back to the store
        QCOMPARE(m_server->sends.size(), 1);
        const auto send = m_server->sends.first();
        QCOMPARE(QString::fromLatin1(send.path), path);
        QCOMPARE(send.header("Content-Type"), QByteArray("application/json"));
        const QByteArray access = OAuthTokens::fromJson(saved).accessToken;
        const QJsonObject body = QJsonDocument::fromJson(send.body).object();
        if (mailer == QLatin1String("gmail")) {
            QCOMPARE(send.header("Authorization"), "Bearer " + access);
            const QByteArray raw = body.value(QStringLiteral("raw")).toString().toLatin1();
            QVERIFY(!raw.contains('+') && !raw.contains('/') && !raw.endsWith('='));
            const QByteArray mime = QByteArray::fromBase64(raw, QByteArray::Base64UrlEncoding);
            QVERIFY(mime.contains("\r\nTo: inbox@example.net\r\n") ||
                    mime.contains("To: <inbox@example.net>"));
            QVERIFY(mime.contains(QByteArray(QByteArray("X-Postino-Test: ") + r.runId.toLatin1())));
            QCOMPARE(r.providerId, QStringLiteral("18c2f0a1b2"));
        } else if (mailer == QLatin1String("outlook")) {
            QCOMPARE(send.header("Authorization"), "Bearer " + access);
            const QJsonObject m = body.value(QStringLiteral("message")).toObject();
            QCOMPARE(m.value(QStringLiteral("toRecipients"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("emailAddress"))
                         .toObject()
                         .value(QStringLiteral("address"))
                         .toString(),
                     QStringLiteral("inbox@example.net"));
            QCOMPARE(
                m.value(QStringLiteral("body")).toObject().value(QStringLiteral("contentType")).toString(),
                QStringLiteral("HTML"));
            QCOMPARE(m.value(QStringLiteral("internetMessageHeaders"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("value"))
                         .toString(),
                     r.runId);
            QVERIFY(body.value(QStringLiteral("saveToSentItems")).toBool());
        } else {
            QCOMPARE(send.header("Authorization"), "Zoho-oauthtoken " + access);
            QVERIFY(body.value(QStringLiteral("fromAddress"))
                        .toString()
                        .contains(QLatin1String("<owner@example.com>")));
            QCOMPARE(body.value(QStringLiteral("toAddress")).toString(), QStringLiteral("inbox@example.net"));
            QCOMPARE(body.value(QStringLiteral("mailFormat")).toString(), QStringLiteral("html"));
            QCOMPARE(r.providerId, QStringLiteral("1700000000000100001"));
        }
        // No token or secret in the transcript.
        const QString all = transcript.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QString::fromLatin1(access)));
        QVERIFY(!all.contains(QString::fromLatin1(signedIn.tokens.refreshToken)));
        QVERIFY(!all.contains(QString::fromUtf8(m_server->clientSecret)));
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        const OAuthSignInResult signedIn = signIn(config(QStringLiteral("gmail")));
        QVERIFY(signedIn.ok);
        m_server->sendFailuresLeft = 1; // valid-looking token, refused once
        QHash<QString, QByteArray> secrets{{QStringLiteral("client_secret"), m_server->clientSecret},
                                           {oauthTokenField(), signedIn.tokens.toJson()}};
        TestEmailSender sender;
        QSignalSpy done(&sender, &TestEmailSender::finished);
        TestSendRequest request;
        request.recipient = QStringLiteral("inbox@example.net");
        request.extraCaCertificates = m_certs.ca;
        request.apiBaseOverride = m_server->baseUrl();
        request.secret = [secrets](const QString&, const QString& field) {
            return secrets.value(field);
        };
        sender.start(oauthProfile(QStringLiteral("gmail")), request);
        QVERIFY(done.wait(20000));
        const TestSendResult r = done.first().first().value<TestSendResult>();
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(m_server->sends.size(), 2);
    }

    void notSignedIn()
    {
        TestEmailSender sender;
        QSignalSpy done(&sender, &TestEmailSender::finished);
        TestSendRequest request;
        request.recipient = QStringLiteral("inbox@example.net");
        request.secret = [](const QString&, const QString& f) {
            return f == QLatin1String("client_secret") ? QByteArray("x") : QByteArray();
        };
        sender.start(oauthProfile(QStringLiteral("outlook")), request);
        QVERIFY(done.wait());
        QCOMPARE(ids(done.first().first().value<TestSendResult>().findings),
                 QStringList{QStringLiteral("oauth.not_signed_in")});
    }

    // The app-password path meets the replies Gmail and Microsoft give over SMTP.
    void appPasswordReplies_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("id");
        QTest::newRow("gmail 534 5.7.9")
            << "gmail"
            << QByteArray("534-5.7.9 Application-specific password required. Learn more at\r\n"
                          "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor\r\n")
            << "smtp.auth_app_password_required";
        QTest::newRow("gmail 535 5.7.8")
            << "gmail"
            << QByteArray("535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
                          "535 5.7.8  https://support.google.com/mail/?p=BadCredentials\r\n")
            << "smtp.auth_app_password_rejected";
        QTest::newRow("gmail 534 5.7.14")
            << "gmail"
            << QByteArray("534-5.7.14 <https://accounts.google.com/signin/continue>\r\n"
                          "534 5.7.14 Please log in via your web browser and then try again.\r\n")
            << "smtp.auth_web_login_required";
        QTest::newRow("microsoft 535 5.7.139")
            << "outlook"
            << QByteArray(
                   "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
                   "Tenant.\r\n")
            << "smtp.auth_smtp_disabled";
    }

    void appPasswordReplies()
    {
        QFETCH(QString, mailer);
        QFETCH(QByteArray, reply);
        QFETCH(QString, id);
        FaultScript script;
        script.send("220 smtp.example.test ESMTP\r\n")
            .on(QStringLiteral("^EHLO"), "250-smtp.example.test\r\n250-STARTTLS\r\n250 AUTH LOGIN PLAIN\r\n")
            .on(QStringLiteral("^STARTTLS"), "220 2.0.0 Ready to start TLS\r\n")
            .startTls(m_certs.good.certificate, m_certs.good.key)
            .on(QStringLiteral("^EHLO"), "250-smtp.example.test\r\n250 AUTH LOGIN PLAIN XOAUTH2\r\n")
            .on(QStringLiteral("^AUTH"), reply);
        FaultServer server(script);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Profile p = oauthProfile(mailer, {{QStringLiteral("method"), QStringLiteral("app_password")},
                                          {QStringLiteral("user"), QStringLiteral("owner@example.com")}});
        TestEmailSender sender;
        QSignalSpy done(&sender, &TestEmailSender::finished);
        TestSendRequest request;
        request.recipient = QStringLiteral("inbox@example.net");
        request.extraCaCertificates = m_certs.ca;
        request.smtpHostOverride = QStringLiteral("localhost");
        request.smtpPortOverride = server.serverPort();
        request.secret = [](const QString&, const QString& f) {
            return f == QLatin1String("pass") ? QByteArray("abcd efgh ijkl mnop") : QByteArray();
        };
        sender.start(p, request);
        QVERIFY(done.wait(20000));
        const TestSendResult r = done.first().first().value<TestSendResult>();
        QVERIFY(!r.ok);
        QVERIFY2(findById(r.findings, id), qPrintable(formatFindingsText(r.findings)));
        QVERIFY(!findById(r.findings, id)->advice.steps.isEmpty());
    }

    void cliSignInAndSend()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        {
            QFile f(ca);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_certs.ca.first().toPem());
        }
        const QString secrets = dir.filePath(QStringLiteral("secrets"));
        {
            QFile f(secrets);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("POSTINO_SECRET_GMAIL_CLIENT_SECRET=" + m_server->clientSecret + "\n");
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        const QString cli = QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli");
        const QStringList common{
            QStringLiteral("--mailer"),       QStringLiteral("gmail"),
            QStringLiteral("--set"),          QStringLiteral("client_id=client-123.apps.example"),
            QStringLiteral("--api-base"),     m_server->baseUrl().toString(),
            QStringLiteral("--ca-file"),      ca,
            QStringLiteral("--secrets-file"), secrets,
            QStringLiteral("--json")};
        QProcess p;
        p.start(cli, QStringList{QStringLiteral("oauth"), QStringLiteral("sign-in"),
                                 QStringLiteral("--no-browser")} +
                         common);
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QUrl url;
        for (int i = 0; i < 100 && !url.isValid(); ++i) {
            QTest::qWait(100);
            err += p.readAllStandardError();
            for (const QByteArray& line : err.split('\n')) {
                if (line.startsWith("https://")) {
                    url = QUrl::fromEncoded(line.trimmed());
                }
            }
        }
        QVERIFY2(url.isValid(), err.constData());
        QCOMPARE(postino::test::followInBrowser(url, m_certs.ca), 200);
        QVERIFY(finish(p)); // the server lives in this process: keep its event loop running
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY(json.value(QStringLiteral("ok")).toBool());
        QCOMPARE(json.value(QStringLiteral("account")).toString(), QStringLiteral("owner@example.com"));
        QFile stored(secrets);
        QCOMPARE(stored.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray file = stored.readAll();
        QVERIFY(file.contains("POSTINO_SECRET_GMAIL_OAUTH_TOKEN={"));
        QVERIFY(!out.contains("rt-") && !out.contains("at-")); // tokens never printed

        QProcess send;
        send.start(cli, QStringList{QStringLiteral("send"), QStringLiteral("--from"),
                                    QStringLiteral("owner@example.com"), QStringLiteral("--to"),
                                    QStringLiteral("inbox@example.net")} +
                            common);
        QVERIFY(finish(send));
        QVERIFY2(send.exitCode() == 0, send.readAllStandardOutput().constData());
        QCOMPARE(m_server->sends.size(), 1);

        QProcess out2;
        out2.start(cli, QStringList{QStringLiteral("oauth"), QStringLiteral("sign-out")} + common);
        QVERIFY(finish(out2));
        QCOMPARE(out2.exitCode(), 0);
        QCOMPARE(m_server->revokeRequests.size(), 1);
        QFile after(secrets);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(!after.readAll().contains("OAUTH_TOKEN"));
    }
};

QTEST_MAIN(TestOAuth)
#include "tst_oauth.moc"
