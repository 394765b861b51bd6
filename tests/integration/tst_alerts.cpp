// Failure alerts end to end against a local HTTPS server playing each service: the request each service
// documents (method, path, headers, body shape, form encoding for Twilio), its documented success and
// error answers, the refused targets (each rule on its own), bounded time and size, the email channel
// through the configured mailer, and the CLI. Nothing leaves 127.0.0.1: host names used in the refusal
// tests are answered by a fake lookup, never by DNS.

// Test tables are easier to read with plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "alerts/alertchannels.h"
#include "alerts/alertsender.h"
#include "alerts/webhooktarget.h"
#include "httpsserver.h"
#include "profile/profile.h"
#include "testca.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>
#include <tuple>

using namespace postino;
using postino::test::HttpRequest;
using postino::test::HttpResponse;
using postino::test::HttpsServer;
using postino::test::TestCertificates;

Q_DECLARE_METATYPE(postino::test::HttpResponse)
Q_DECLARE_METATYPE(postino::AddressClass)

#define CHECKED(call)                                                                                        \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed()) {                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

namespace {

using Secrets = QHash<QString, QByteArray>; // "<group>.<field>" -> value

const QByteArray kSlackUrl = "https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/xoxSlackSecret0123456789";
const QByteArray kDiscordUrl =
    "https://discord.com/api/webhooks/1234567890123456789/DiscordSecret-Token_0123";
const QByteArray kTeamsUrl =
    "https://prod-12.westeurope.logic.azure.com:443/workflows/5f1e2d3c/triggers/manual/"
    "paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=TeamsSig0123";
const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QByteArray kTwilioToken = "f00dfeedf00dfeedf00dfeedf00dfeed";
const QByteArray kNtfyToken = "tk_ntfysecret0123456789abcdef";
const QByteArray kNtfyTopic = "caffe-eta-mail-alerts";
const QByteArray kPushoverToken = "azGDORePK8gMaC0QOYAMyEEuzJnyUi";
const QByteArray kSendGridKey = "SG.alerts-test-key.0123456789";

HttpResponse plain(int status, const QByteArray& text)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
    r.body = text;
    return r;
}

QByteArray quoted(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

AlertChannel channel(const QString& type, QJsonObject settings = {})
{
    AlertChannel c;
    c.id = type;
    c.type = type;
    c.settings = std::move(settings);
    return c;
}

// A custom webhook's address is a secret: it goes where the secrets go.
Secrets webhookUrl(const QString& url)
{
    return {{QStringLiteral("alert_webhook.url"), url.toUtf8()}};
}

// Every channel, filled in as a user would, with its secrets.
struct Fixture
{
    AlertChannel channel;
    Secrets secrets;
};

Fixture fixture(const QString& type)
{
    if (type == QLatin1String("slack")) {
        return {channel(type), {{QStringLiteral("alert_slack.url"), kSlackUrl}}};
    }
    if (type == QLatin1String("discord")) {
        return {channel(type), {{QStringLiteral("alert_discord.url"), kDiscordUrl}}};
    }
    if (type == QLatin1String("teams")) {
        return {channel(type), {{QStringLiteral("alert_teams.url"), kTeamsUrl}}};
    }
    if (type == QLatin1String("twilio")) {
        return {channel(type, {{QStringLiteral("account_sid"), kSid},
                               {QStringLiteral("from"), QStringLiteral("+15005550006")},
                               {QStringLiteral("to"), QStringLiteral("+393401234567")}}),
                {{QStringLiteral("alert_twilio.auth_token"), kTwilioToken}}};
    }
    if (type == QLatin1String("webhook")) {
        return {channel(type), webhookUrl(QStringLiteral("https://monitor.example.com/hooks/mail"))};
    }
    if (type == QLatin1String("ntfy")) {
        return {channel(type),
                {{QStringLiteral("alert_ntfy.topic"), kNtfyTopic},
                 {QStringLiteral("alert_ntfy.token"), kNtfyToken}}};
    }
    if (type == QLatin1String("pushover")) {
        return {channel(type, {{QStringLiteral("user"), QStringLiteral("uQiRzpo4DXghDmr9QzzfQu27cmVRsG")}}),
                {{QStringLiteral("alert_pushover.token"), kPushoverToken}}};
    }
    return {channel(type), {}};
}

// The documented success of each service.
HttpResponse success(const QString& type)
{
    if (type == QLatin1String("slack")) {
        return plain(200, "ok");
    }
    if (type == QLatin1String("discord")) {
        HttpResponse r;
        r.status = 204;
        return r;
    }
    if (type == QLatin1String("teams")) {
        HttpResponse r;
        r.status = 202;
        return r;
    }
    if (type == QLatin1String("twilio")) {
        return HttpResponse::json(
            201,
            quoted(
                "{'account_sid':'AC0123456789abcdef0123456789abcdef','body':'…','direction':'outbound-api',"
                "'from':'+15005550006','sid':'SM1f0e2d3c4b5a69788796a5b4c3d2e1f0','status':'queued',"
                "'to':'+393401234567','error_code':null,'error_message':null}"));
    }
    if (type == QLatin1String("ntfy")) {
        return HttpResponse::json(200,
                                  quoted("{'id':'hwQ2YpKdmg','time':1673542291,'expires':1673585491,'event':"
                                         "'message','topic':'caffe-eta-mail-alerts','message':'…'}"));
    }
    if (type == QLatin1String("pushover")) {
        return HttpResponse::json(200,
                                  quoted("{'status':1,'request':'647d2300-702c-4b38-8b2f-d56326ae460b'}"));
    }
    return HttpResponse::json(200, quoted("{'received':true}"));
}

Profile siteProfile()
{
    Profile p;
    p.setMailerId(QStringLiteral("sendgrid"));
    p.setMailerSettings(QStringLiteral("sendgrid"),
                        {{QStringLiteral("domain"), QStringLiteral("caffe-eta.example")}});
    p.sender().fromEmail = QStringLiteral("shop@caffe-eta.example");
    p.sender().fromName = QStringLiteral("Caffè Età");
    p.setTestRecipient(QStringLiteral("owner@caffe-eta.example"));
    return p;
}

QJsonValue at(const QJsonValue& root, const QString& path)
{
    QJsonValue v = root;
    for (const QString& part : path.split(QLatin1Char('/'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        v = isIndex ? v.toArray().at(index) : v.toObject().value(part);
    }
    return v;
}

QString formValue(const QByteArray& body, const QString& key)
{
    const QUrlQuery q(QString::fromLatin1(body));
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

struct Run
{
    bool finished = false;
    AlertResult result;
    QList<TranscriptLine> transcript;
    qint64 elapsedMs = 0;
    QString id() const { return result.findings.isEmpty() ? QString() : result.findings.last().id; }
    QString explain() const
    {
        QString s = QStringLiteral("finished=%1 ok=%2\n").arg(finished).arg(result.ok);
        s += formatFindingsText(result.findings);
        for (const TranscriptLine& l : transcript) {
            s += formatTranscriptLine(l) + QLatin1Char('\n');
        }
        return s;
    }
};

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificates m_certs;
    std::unique_ptr<HttpsServer> m_server;
    QList<HttpResponse> m_answers;

    void answer(const QList<HttpResponse>& answers)
    {
        m_answers = answers;
        m_server->setHandler([this](const HttpRequest&) {
            return m_answers.size() > 1 ? m_answers.takeFirst()
                                        : m_answers.value(0, plain(404, "no answer set"));
        });
    }

    AlertSendOptions localOptions(const Secrets& secrets)
    {
        AlertSendOptions o;
        o.allowLocalTargets = true;
        o.baseOverride = m_server->baseUrl();
        o.extraCa = m_certs.ca;
        o.timeoutMs = 5000;
        o.secret = [secrets](const QString& group, const QString& field) {
            return secrets.value(group + QLatin1Char('.') + field);
        };
        return o;
    }

    static Run run(const AlertChannel& c, const AlertSendOptions& options,
                   const Profile& profile = siteProfile(), int waitMs = 15000)
    {
        Run r;
        AlertSender sender;
        QSignalSpy done(&sender, &AlertSender::finished);
        QObject::connect(&sender, &AlertSender::transcript, &sender,
                         [&r](const TranscriptLine& l) { r.transcript.append(l); });
        QElapsedTimer timer;
        timer.start();
        sender.sendTest(profile, c, options);
        r.finished = done.wait(waitMs);
        r.elapsedMs = timer.elapsed();
        if (r.finished) {
            r.result = done.first().first().value<AlertResult>();
        }
        return r;
    }

    // No secret may show in the transcript or a finding.
    static void verifyNoSecrets(const Run& r, const Secrets& secrets)
    {
        QString all;
        for (const TranscriptLine& l : r.transcript) {
            all += l.text + QLatin1Char('\n');
        }
        for (const Finding& f : r.result.findings) {
            all += QString::fromUtf8(QJsonDocument(f.toJson()).toJson());
        }
        for (const QByteArray& s : secrets) {
            const QUrl url(QString::fromUtf8(s));
            // A URL's token is its path after the first segment and its query.
            const QString secretPart = url.isValid() && !url.host().isEmpty()
                                           ? url.path().section(QLatin1Char('/'), 2) + url.query()
                                           : QString::fromUtf8(s);
            QVERIFY2(!all.contains(secretPart), qPrintable(QStringLiteral("secret shown: ") + secretPart));
        }
    }

    // One HTTP channel's documented send, success answer included.
    HttpRequest sendOne(const QString& type, Run* out = nullptr)
    {
        const Fixture f = fixture(type);
        answer({success(type)});
        const qsizetype before = m_server->requests().size();
        const Run r = run(f.channel, localOptions(f.secrets));
        if (out) {
            *out = r;
        }
        [&] {
            QVERIFY2(r.finished && r.result.ok, qPrintable(r.explain()));
            QCOMPARE(r.id(), QStringLiteral("alert.sent"));
            QCOMPARE(r.result.findings.last().severity(), Severity::Ok);
            QCOMPARE(m_server->requests().size(), before + 1);
            verifyNoSecrets(r, f.secrets);
        }();
        return m_server->requests().value(before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* name :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
            qunsetenv(name);
        }
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
        m_server = std::make_unique<HttpsServer>(m_certs.good.certificate, m_certs.good.key);
        QVERIFY(m_server->start() != 0);
    }

    // ---- 1. each service's documented request ----------------------------------------------------

    void slackSendsBlocks()
    {
        const HttpRequest req = sendOne(QStringLiteral("slack"));
        CHECKED(void());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QUrl(QString::fromUtf8(kSlackUrl)).path().toLatin1());
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QVERIFY(!body.value(QStringLiteral("text")).toString().isEmpty()); // the notification fallback
        const QJsonArray blocks = body.value(QStringLiteral("blocks")).toArray();
        QVERIFY(blocks.size() >= 3);
        QCOMPARE(at(blocks, QStringLiteral("0/type")).toString(), QStringLiteral("header"));
        QCOMPARE(at(blocks, QStringLiteral("0/text/type")).toString(), QStringLiteral("plain_text"));
        QVERIFY(at(blocks, QStringLiteral("0/text/text"))
                    .toString()
                    .contains(QLatin1String("caffe-eta.example")));
        QVERIFY(at(blocks, QStringLiteral("0/text/text")).toString().size() <= 150);
        const QString all = QString::fromUtf8(req.body);
        QVERIFY(all.contains(QLatin1String("owner@caffe-eta.example"))); // recipient
        QVERIFY(all.contains(QLatin1String("SMTP connect() failed")));   // error
        QVERIFY(all.contains(QLatin1String("#1042")));                   // subject
        for (const QJsonValue& b : blocks) {
            const QString t = b.toObject().value(QStringLiteral("type")).toString();
            QVERIFY2(
                QStringList({QStringLiteral("header"), QStringLiteral("section"), QStringLiteral("context")})
                    .contains(t),
                qPrintable(t));
        }
    }

    void discordSendsAnEmbed()
    {
        const HttpRequest req = sendOne(QStringLiteral("discord"));
        CHECKED(void());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QUrl(QString::fromUtf8(kDiscordUrl)).path().toLatin1());
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        const QJsonArray embeds = body.value(QStringLiteral("embeds")).toArray();
        QCOMPARE(embeds.size(), 1);
        QVERIFY(at(embeds, QStringLiteral("0/title")).toString().size() <= 256);
        QVERIFY(at(embeds, QStringLiteral("0/color")).isDouble());
        const QJsonArray fields = at(embeds, QStringLiteral("0/fields")).toArray();
        QVERIFY(fields.size() >= 4 && fields.size() <= 25);
        for (const QJsonValue& f : fields) {
            QVERIFY(!f.toObject().value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(f.toObject().value(QStringLiteral("value")).toString().size() <= 1024);
        }
        QVERIFY(QString::fromUtf8(req.body).contains(QLatin1String("owner@caffe-eta.example")));
    }

    void teamsSendsAnAdaptiveCard()
    {
        const HttpRequest req = sendOne(QStringLiteral("teams"));
        CHECKED(void());
        const QUrl documented(QString::fromUtf8(kTeamsUrl));
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, documented.path().toLatin1());
        QCOMPARE(req.query,
                 documented.query(QUrl::FullyEncoded).toLatin1()); // the signature travels as given
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
        QCOMPARE(at(body, QStringLiteral("attachments/0/contentType")).toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        QVERIFY(at(body, QStringLiteral("attachments/0/contentUrl")).isNull());
        QCOMPARE(at(body, QStringLiteral("attachments/0/content/type")).toString(),
                 QStringLiteral("AdaptiveCard"));
        QCOMPARE(at(body, QStringLiteral("attachments/0/content/version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(at(body, QStringLiteral("attachments/0/content/$schema")).toString(),
                 QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json"));
        QCOMPARE(at(body, QStringLiteral("attachments/0/content/body/0/type")).toString(),
                 QStringLiteral("TextBlock"));
    }

    void teamsLegacyConnectorAnswerIsSuccess()
    {
        const Fixture f = fixture(QStringLiteral("teams"));
        answer({plain(200, "1")});
        const Run r = run(f.channel, localOptions(f.secrets));
        QVERIFY2(r.result.ok, qPrintable(r.explain()));
    }

    void twilioPostsAFormWithinOneSms()
    {
        const HttpRequest req = sendOne(QStringLiteral("twilio"));
        CHECKED(void());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kSid).toLatin1());
        QCOMPARE(req.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(req.header("Authorization"),
                 "Basic " + QByteArray(kSid.toLatin1() + ':' + kTwilioToken).toBase64());
        QCOMPARE(formValue(req.body, QStringLiteral("To")), QStringLiteral("+393401234567"));
        QCOMPARE(formValue(req.body, QStringLiteral("From")), QStringLiteral("+15005550006"));
        QVERIFY(req.body.contains("To=%2B393401234567")); // '+' percent-encoded, not a space
        const QString text = formValue(req.body, QStringLiteral("Body"));
        QVERIFY2(text.size() <= 160, qPrintable(text));
        QVERIFY(text.contains(QLatin1String("caffe-eta.examp"))); // the site, cut to 15 characters
        QVERIFY(text.contains(QLatin1String("#1042")));
        QCOMPARE(QUrlQuery(QString::fromLatin1(req.body)).queryItems().size(), 3);
    }

    // Always one SMS: 160 GSM-7 septets, or 70 characters once anything needs UCS-2.
    void smsTextIsAlwaysOneMessage()
    {
        SampleAlert a = sampleAlert(QStringLiteral("x@a-very-long-site-name-indeed.example"), {}, {});
        a.subject = QString(300, QLatin1Char('s'));
        QString text = smsText(a);
        QCOMPARE(gsm7Septets(text), 160);
        QVERIFY2(text.endsWith(QLatin1String("...")), qPrintable(text));

        a.subject =
            QStringLiteral("Ordine n. 1042: è confermato, grazie {€}"); // GSM-7, two from the extension
        text = smsText(a);
        QVERIFY(gsm7Septets(text) > 0 && gsm7Septets(text) <= 160);
        QVERIFY2(text.contains(QStringLiteral("è confermato")), qPrintable(text));

        a.subject = QStringLiteral("Ваш заказ 1042 подтверждён, спасибо за покупку в нашем магазине 🎉");
        text = smsText(a);
        QCOMPARE(gsm7Septets(text), -1);
        QVERIFY2(text.size() <= 70, qPrintable(text));

        QCOMPARE(gsm7Septets(QStringLiteral("a…")), -1);
        QCOMPARE(gsm7Septets(QStringLiteral("[€]")), 6);
    }

    void webhookPostsJson()
    {
        const HttpRequest req = sendOne(QStringLiteral("webhook"));
        CHECKED(void());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/hooks/mail"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QStringLiteral("event")).toString(), QStringLiteral("failed_email"));
        QCOMPARE(body.value(QStringLiteral("test")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("site_url")).toString(),
                 QStringLiteral("https://caffe-eta.example"));
        QCOMPARE(at(body, QStringLiteral("email_data/to_email_addresses")).toString(),
                 QStringLiteral("owner@caffe-eta.example"));
        QVERIFY(!at(body, QStringLiteral("email_data/error_message")).toString().isEmpty());
    }

    void ntfyPublishesJson()
    {
        const HttpRequest req = sendOne(QStringLiteral("ntfy"));
        CHECKED(void());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/"));
        QCOMPARE(req.header("Authorization"), "Bearer " + kNtfyToken);
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QCOMPARE(body.value(QStringLiteral("topic")).toString(), QStringLiteral("caffe-eta-mail-alerts"));
        QVERIFY(!body.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(body.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("owner@caffe-eta.example")));
        QCOMPARE(body.value(QStringLiteral("priority")).toInt(), 4);
    }

    // The custom webhook's address and the ntfy topic are secrets: a service that echoes them (ntfy's
    // answer names the topic; a webhook's error may repeat its path) shows them in neither the transcript
    // nor the findings, and the transcript names only the webhook's server.
    void webhookAddressAndNtfyTopicAreMasked()
    {
        const QString url = QStringLiteral("https://monitor.example.com/h00k-s3cret/mail?key=k3y");
        answer({plain(
            404, "No hook at /h00k-s3cret/mail?key=k3y (https://monitor.example.com/h00k-s3cret/mail)")});
        const Secrets webhook = webhookUrl(url);
        const Run failed = run(channel(QStringLiteral("webhook")), localOptions(webhook));
        QVERIFY2(failed.finished && !failed.result.ok, qPrintable(failed.explain()));
        QCOMPARE(failed.id(), QStringLiteral("alert.rejected"));
        QCOMPARE(m_server->requests().last().path, QByteArray("/h00k-s3cret/mail"));
        QString shown = failed.explain();
        QVERIFY2(!shown.contains(QLatin1String("h00k-s3cret")) && !shown.contains(QLatin1String("k3y")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("POST https://127.0.0.1:")), qPrintable(shown));

        Run ntfy;
        sendOne(QStringLiteral("ntfy"), &ntfy); // the documented answer repeats the topic
        CHECKED(void());
        shown = ntfy.explain();
        QVERIFY2(!shown.contains(QString::fromUtf8(kNtfyTopic)), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("hwQ2YpKdmg")), qPrintable(shown)); // the rest stays readable
    }

    void pushoverPostsAForm()
    {
        const HttpRequest req = sendOne(QStringLiteral("pushover"));
        CHECKED(void());
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/1/messages.json"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(formValue(req.body, QStringLiteral("token")).toLatin1(), kPushoverToken);
        QCOMPARE(formValue(req.body, QStringLiteral("user")),
                 QStringLiteral("uQiRzpo4DXghDmr9QzzfQu27cmVRsG"));
        QVERIFY(formValue(req.body, QStringLiteral("title")).size() <= 250);
        QVERIFY(formValue(req.body, QStringLiteral("message"))
                    .contains(QLatin1String("owner@caffe-eta.example")));
    }

    void emailGoesThroughTheConfiguredMailer()
    {
        // SendGrid is the profile's mailer; the test alert reaches each of the addresses through it.
        answer({HttpResponse::json(202, "").addHeader("X-Message-Id", "alert-msg-1")});
        const qsizetype before = m_server->requests().size();
        AlertChannel c =
            channel(QStringLiteral("email"),
                    {{QStringLiteral("to"), QStringLiteral("ops@example.net, owner@example.org")}});
        const Secrets secrets{{QStringLiteral("sendgrid.api_key"), kSendGridKey}};
        const Run r = run(c, localOptions(secrets));
        QVERIFY2(r.result.ok, qPrintable(r.explain()));
        QCOMPARE(r.id(), QStringLiteral("alert.sent"));
        QCOMPARE(m_server->requests().size(), before + 2);
        QStringList to;
        for (const HttpRequest& req : m_server->requests().mid(before)) {
            QCOMPARE(req.path, QByteArray("/v3/mail/send"));
            to << at(QJsonDocument::fromJson(req.body).object(),
                     QStringLiteral("personalizations/0/to/0/email"))
                      .toString();
        }
        QCOMPARE(to, QStringList({QStringLiteral("ops@example.net"), QStringLiteral("owner@example.org")}));
        verifyNoSecrets(r, secrets);
    }

    void emailFailureNamesTheAddress()
    {
        answer({HttpResponse::json(
            401, quoted("{'errors':[{'field':null,'message':'The provided authorization grant "
                        "is invalid, expired, or revoked'}]}"))});
        AlertChannel c =
            channel(QStringLiteral("email"), {{QStringLiteral("to"), QStringLiteral("ops@example.net")}});
        const Run r = run(c, localOptions({{QStringLiteral("sendgrid.api_key"), kSendGridKey}}));
        QVERIFY(!r.result.ok);
        QVERIFY2(r.result.findings.last().detail.contains(QLatin1String("ops@example.net")),
                 qPrintable(r.explain()));
    }

    // ---- 2. each service's own errors, in plain words ---------------------------------------------

    void serviceErrors_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<QString>("id");
        QTest::newRow("slack invalid_token")
            << "slack" << plain(403, "invalid_token") << "alert.slack.invalid_token";
        QTest::newRow("slack no_service") << "slack" << plain(404, "no_service") << "alert.slack.no_service";
        QTest::newRow("slack channel_not_found")
            << "slack" << plain(404, "channel_not_found") << "alert.slack.channel_not_found";
        QTest::newRow("slack channel_is_archived")
            << "slack" << plain(410, "channel_is_archived") << "alert.slack.channel_not_found";
        QTest::newRow("slack action_prohibited")
            << "slack" << plain(403, "action_prohibited") << "alert.slack.action_prohibited";
        QTest::newRow("slack invalid_payload")
            << "slack" << plain(400, "invalid_payload") << "alert.slack.invalid_payload";
        QTest::newRow("discord bad token")
            << "discord"
            << HttpResponse::json(401, quoted("{'message': 'Invalid Webhook Token', 'code': 50027}"))
            << "alert.discord.invalid_token";
        QTest::newRow("discord unknown webhook")
            << "discord" << HttpResponse::json(404, quoted("{'message': 'Unknown Webhook', 'code': 10015}"))
            << "alert.discord.unknown_webhook";
        QTest::newRow("discord bad embed")
            << "discord" << HttpResponse::json(400, quoted("{'embeds': ['0']}"))
            << "alert.discord.invalid_payload";
        QTest::newRow("discord rate limited")
            << "discord"
            << HttpResponse::json(429,
                                  quoted("{'message': 'You are being rate limited.', 'retry_after': 0.71, "
                                         "'global': false}"))
            << "alert.rate_limited";
        QTest::newRow("teams unauthorized")
            << "teams"
            << HttpResponse::json(
                   401, quoted("{'error':{'code':'DirectApiAuthorizationRequired','message':'The request "
                               "must be authenticated only by Shared Access scheme.'}}"))
            << "alert.teams.unauthorized";
        QTest::newRow("teams not found")
            << "teams"
            << HttpResponse::json(404, quoted("{'error':{'code':'WorkflowNotFound','message':'The workflow "
                                              "\\u00275f1e2d3c\\u0027 could not be found.'}}"))
            << "alert.teams.not_found";
        QTest::newRow("teams bad card")
            << "teams"
            << HttpResponse::json(400,
                                  quoted("{'error':{'code':'TriggerInputSchemaMismatch','message':'The input "
                                         "body for trigger manual of type Request did not match its schema."
                                         "'}}"))
            << "alert.teams.invalid_payload";
        const auto twilio = [](int status, int code, const char* message) {
            return HttpResponse::json(
                status, QStringLiteral("{\"code\":%1,\"message\":\"%2\",\"more_info\":"
                                       "\"https://www.twilio.com/docs/errors/%1\",\"status\":%3}")
                            .arg(code)
                            .arg(QLatin1String(message))
                            .arg(status)
                            .toUtf8());
        };
        QTest::newRow("twilio 20003")
            << "twilio" << twilio(401, 20003, "Authenticate") << "alert.twilio.auth_failed";
        QTest::newRow("twilio 21211")
            << "twilio" << twilio(400, 21211, "The 'To' number +393401234567 is not a valid phone number.")
            << "alert.twilio.invalid_to";
        QTest::newRow("twilio 21606")
            << "twilio"
            << twilio(400, 21606,
                      "The From phone number +15005550006 is not a valid, SMS-capable inbound phone number "
                      "or short code for your account.")
            << "alert.twilio.invalid_from";
        QTest::newRow("twilio 21608")
            << "twilio"
            << twilio(400, 21608,
                      "The number +393401234567 is unverified. Trial accounts cannot send messages to "
                      "unverified numbers.")
            << "alert.twilio.unverified_to";
        QTest::newRow("twilio 21408")
            << "twilio"
            << twilio(400, 21408,
                      "Permission to send an SMS has not been enabled for the region indicated "
                      "by the 'To' number: +393401234567.")
            << "alert.twilio.region_blocked";
        QTest::newRow("ntfy forbidden")
            << "ntfy"
            << HttpResponse::json(
                   403, quoted("{'code':40301,'http':403,'error':'forbidden','link':'https://ntfy.sh/"
                               "docs/publish/#authentication'}"))
            << "alert.ntfy.forbidden";
        QTest::newRow("ntfy too many")
            << "ntfy"
            << HttpResponse::json(
                   429, quoted("{'code':42901,'http':429,'error':'limit reached: too many requests'}"))
            << "alert.rate_limited";
        QTest::newRow("pushover token")
            << "pushover"
            << HttpResponse::json(
                   400, quoted("{'token':'invalid','errors':['application token is invalid'],'status':0,"
                               "'request':'5042853c-402d-4a18-abcb-168734a801de'}"))
            << "alert.pushover.invalid_token";
        QTest::newRow("pushover user")
            << "pushover"
            << HttpResponse::json(400,
                                  quoted("{'user':'invalid','errors':['user identifier is not a valid user, "
                                         "group, or subscribed user key'],'status':0,'request':'x'}"))
            << "alert.pushover.invalid_user";
        QTest::newRow("webhook 403") << "webhook" << plain(403, "Forbidden") << "alert.rejected";
        QTest::newRow("webhook 503") << "webhook" << HttpResponse::html(503, "<h1>Service Unavailable</h1>")
                                     << "alert.service_unavailable";
    }

    void serviceErrors()
    {
        QFETCH(QString, type);
        QFETCH(HttpResponse, response);
        QFETCH(QString, id);
        const Fixture f = fixture(type);
        answer({response});
        const Run r = run(f.channel, localOptions(f.secrets));
        QVERIFY2(r.finished && !r.result.ok, qPrintable(r.explain()));
        QCOMPARE(r.id(), id);
        QCOMPARE(r.result.httpStatus, response.status);
        const Finding& finding = r.result.findings.last();
        QCOMPARE(finding.severity(), Severity::Error);
        QCOMPARE(finding.subject, QStringLiteral("alerts.") + type);
        QVERIFY(!finding.detail.isEmpty());
        QVERIFY2(!finding.detail.contains(QLatin1Char('<')), qPrintable(finding.detail));
        QVERIFY(!finding.advice.steps.isEmpty());
        CHECKED(verifyNoSecrets(r, f.secrets));
    }

    // ---- 3. refused targets, each rule on its own --------------------------------------------------

    void refusesPlainHttp()
    {
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o = localOptions(webhookUrl(QStringLiteral("http://monitor.example.com/hook")));
        o.baseOverride = QUrl();
        o.allowLocalTargets = false;
        const Run r = run(c, o);
        QCOMPARE(r.id(), QStringLiteral("alert.not_https"));
        o.allowLocalTargets = true; // local targets allow http:// only to this computer
        QCOMPARE(run(c, o).id(), QStringLiteral("alert.not_https"));
    }

    // The one way http:// works: a test server on this computer, with local targets allowed.
    void plainHttpToThisComputerWhenAllowed()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] {
                received += socket->readAll();
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype length = received.mid(received.toLower().indexOf("content-length:") + 15)
                                             .split('\r')
                                             .first()
                                             .trimmed()
                                             .toLongLong();
                if (received.size() - end - 4 < length)
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        });
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o =
            localOptions(webhookUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(plain.serverPort())));
        o.baseOverride = QUrl();
        const Run r = run(c, o);
        QVERIFY2(r.result.ok, qPrintable(r.explain()));
        QVERIFY(received.startsWith("POST /hook HTTP/1.1"));
        QVERIFY(received.contains("\"event\":\"failed_email\""));
    }

    void refusesLoopbackAddress()
    {
        const int before = m_server->connections();
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o =
            localOptions(webhookUrl(QString(m_server->baseUrl().toString() + QStringLiteral("/hook"))));
        o.baseOverride = QUrl();
        o.allowLocalTargets = false;
        const Run r = run(c, o);
        QCOMPARE(r.id(), QStringLiteral("alert.target_loopback"));
        QCOMPARE(m_server->connections(), before); // not even a connection
    }

    void refusesANameThatResolvesToLoopback()
    {
        const int before = m_server->connections();
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o = localOptions(webhookUrl(
            QStringLiteral("https://hooks.innocent.example:%1/hook").arg(m_server->baseUrl().port())));
        o.baseOverride = QUrl();
        o.allowLocalTargets = false;
        QStringList asked;
        o.lookup = [&asked](const QString& host, QObject*,
                            std::function<void(const QList<QHostAddress>&)> done) {
            asked << host;
            done({QHostAddress(QStringLiteral("127.0.0.1"))});
        };
        const Run r = run(c, o);
        QCOMPARE(asked, QStringList{QStringLiteral("hooks.innocent.example")});
        QCOMPARE(r.id(), QStringLiteral("alert.target_loopback"));
        QVERIFY(r.result.findings.last().detail.contains(QLatin1String("127.0.0.1")));
        QCOMPARE(m_server->connections(), before);
    }

    void refusesRealLocalhost()
    {
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o = localOptions(
            webhookUrl(QStringLiteral("https://localhost:%1/hook").arg(m_server->baseUrl().port())));
        o.baseOverride = QUrl();
        o.allowLocalTargets = false;
        const Run r = run(c, o); // the system's own lookup
        QVERIFY2(r.id() == QLatin1String("alert.target_loopback"), qPrintable(r.explain()));
    }

    void refusedAddresses_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<bool>("allowLocal");
        QTest::addColumn<QString>("id");
        QTest::newRow("10/8") << QStringList{"10.1.2.3"} << false << "alert.target_private";
        QTest::newRow("172.16/12") << QStringList{"172.20.0.5"} << false << "alert.target_private";
        QTest::newRow("192.168/16") << QStringList{"192.168.1.10"} << false << "alert.target_private";
        QTest::newRow("carrier NAT") << QStringList{"100.64.0.1"} << false << "alert.target_private";
        QTest::newRow("IPv6 unique local") << QStringList{"fd12:3456::1"} << false << "alert.target_private";
        QTest::newRow("one private among public")
            << QStringList{"93.184.216.34", "10.0.0.1"} << false << "alert.target_private";
        QTest::newRow("IPv6 loopback") << QStringList{"::1"} << false << "alert.target_loopback";
        QTest::newRow("IPv4-mapped loopback")
            << QStringList{"::ffff:127.0.0.1"} << false << "alert.target_loopback";
        QTest::newRow("link-local v4") << QStringList{"169.254.10.20"} << true << "alert.target_link_local";
        QTest::newRow("link-local v6") << QStringList{"fe80::1"} << true << "alert.target_link_local";
        QTest::newRow("metadata v4") << QStringList{"169.254.169.254"} << true << "alert.target_metadata";
        QTest::newRow("metadata v6") << QStringList{"fd00:ec2::254"} << true << "alert.target_metadata";
        QTest::newRow("no address") << QStringList{} << false << "alert.host_not_found";
    }

    void refusedAddresses()
    {
        QFETCH(QStringList, addresses);
        QFETCH(bool, allowLocal);
        QFETCH(QString, id);
        const int before = m_server->connections();
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o = localOptions(webhookUrl(QStringLiteral("https://hooks.example.net/hook")));
        o.baseOverride = QUrl();
        o.allowLocalTargets = allowLocal;
        o.lookup = [addresses](const QString&, QObject*,
                               std::function<void(const QList<QHostAddress>&)> done) {
            QList<QHostAddress> list;
            for (const QString& a : addresses) {
                list << QHostAddress(a);
            }
            done(list);
        };
        const Run r = run(c, o);
        QVERIFY2(r.finished && !r.result.ok, qPrintable(r.explain()));
        QCOMPARE(r.id(), id);
        QCOMPARE(m_server->connections(), before);
    }

    void metadataIsRefusedEvenAsALiteral()
    {
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o =
            localOptions(webhookUrl(QStringLiteral("https://169.254.169.254/latest/meta-data/")));
        o.baseOverride = QUrl();
        QCOMPARE(run(c, o).id(), QStringLiteral("alert.target_metadata"));
    }

    void redirectToAnotherHostIsNotFollowed()
    {
        const Fixture f = fixture(QStringLiteral("slack"));
        HttpResponse moved = plain(302, "");
        moved.addHeader("Location", "https://collector.evil.example/steal");
        answer({moved, success(QStringLiteral("slack"))});
        const qsizetype before = m_server->requests().size();
        const Run r = run(f.channel, localOptions(f.secrets));
        QCOMPARE(r.id(), QStringLiteral("alert.redirect_refused"));
        QVERIFY(r.result.findings.last().detail.contains(QLatin1String("collector.evil.example")));
        QCOMPARE(m_server->requests().size(), before + 1);
        CHECKED(verifyNoSecrets(r, f.secrets));
    }

    void redirectOnTheSameHostIsReported()
    {
        const Fixture f = fixture(QStringLiteral("webhook"));
        HttpResponse moved = plain(308, "");
        moved.addHeader("Location", "/hooks/mail-v2");
        answer({moved});
        const qsizetype before = m_server->requests().size();
        const Run r = run(f.channel, localOptions(f.secrets));
        QCOMPARE(r.id(), QStringLiteral("alert.redirected"));
        QCOMPARE(m_server->requests().size(), before + 1);
    }

    // ---- 4. bounded time and size, transport faults ----------------------------------------------

    // Silence, and a server that drips one byte at a time and so never goes quiet: both end at
    // the bound on the whole exchange.
    void slowServersAreBounded_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::newRow("silent") << int(HttpResponse::Behaviour::NeverRespond);
        QTest::newRow("dripping") << int(HttpResponse::Behaviour::Drip);
    }

    void slowServersAreBounded()
    {
        QFETCH(int, behaviour);
        const Fixture f = fixture(QStringLiteral("slack"));
        HttpResponse slow = HttpResponse::json(200, QByteArray(200, ' ') + "ok");
        slow.behaviour = HttpResponse::Behaviour(behaviour);
        slow.dripIntervalMs = 100; // 20 s for the whole body
        answer({slow});
        AlertSendOptions o = localOptions(f.secrets);
        o.timeoutMs = 1500;
        const Run r = run(f.channel, o);
        QVERIFY2(r.finished, qPrintable(r.explain()));
        QCOMPARE(r.id(), QStringLiteral("alert.timeout"));
        QVERIFY2(r.elapsedMs < 4000, qPrintable(QString::number(r.elapsedMs)));
        CHECKED(verifyNoSecrets(r, f.secrets));
    }

    void hugeAnswerIsCutOff()
    {
        const Fixture f = fixture(QStringLiteral("webhook"));
        HttpResponse huge = HttpResponse::json(200, "x");
        huge.behaviour = HttpResponse::Behaviour::Huge;
        huge.hugeBytes = 30LL * 1024 * 1024;
        answer({huge});
        const Run r = run(f.channel, localOptions(f.secrets));
        QVERIFY2(r.finished, qPrintable(r.explain()));
        QCOMPARE(r.id(), QStringLiteral("alert.response_too_large"));
        QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
        qsizetype chars = 0;
        for (const TranscriptLine& l : r.transcript) {
            chars += l.text.size();
        }
        QVERIFY(chars < 16 * 1024);
    }

    void truncatedAnswerIsNetworkError()
    {
        const Fixture f = fixture(QStringLiteral("webhook"));
        HttpResponse cut =
            HttpResponse::json(200, quoted("{'received':true,'padding':'0123456789012345678901234567'}"));
        cut.behaviour = HttpResponse::Behaviour::TruncateBody;
        answer({cut});
        const Run r = run(f.channel, localOptions(f.secrets));
        QVERIFY2(r.id() == QLatin1String("alert.network_error"), qPrintable(r.explain()));
    }

    void wrongCertificateIsTlsError()
    {
        HttpsServer other(m_certs.wrongName.certificate, m_certs.wrongName.key);
        QVERIFY(other.start() != 0);
        other.setHandler([](const HttpRequest&) { return success(QStringLiteral("slack")); });
        const Fixture f = fixture(QStringLiteral("slack"));
        AlertSendOptions o = localOptions(f.secrets);
        o.baseOverride = other.baseUrl();
        const Run r = run(f.channel, o);
        QCOMPARE(r.id(), QStringLiteral("alert.tls_error"));
        QVERIFY(other.requests().isEmpty());
    }

    void pinnedNameIsVerifiedAgainstTheCertificate()
    {
        // The name resolves (fake lookup) to the loopback server, whose certificate is for localhost: the
        // connection goes to the checked address and still verifies the certificate for the name.
        const Fixture f = fixture(QStringLiteral("webhook"));
        answer({success(QStringLiteral("webhook"))});
        AlertChannel c = channel(QStringLiteral("webhook"));
        AlertSendOptions o = localOptions(
            webhookUrl(QStringLiteral("https://localhost:%1/hooks/pinned").arg(m_server->baseUrl().port())));
        o.baseOverride = QUrl();
        o.lookup = [](const QString&, QObject*, std::function<void(const QList<QHostAddress>&)> done) {
            done({QHostAddress(QStringLiteral("127.0.0.1"))});
        };
        const qsizetype before = m_server->requests().size();
        const Run r = run(c, o);
        QVERIFY2(r.result.ok, qPrintable(r.explain()));
        QCOMPARE(m_server->requests().size(), before + 1);
        QCOMPARE(m_server->requests().last().header("Host"),
                 QStringLiteral("localhost:%1").arg(m_server->baseUrl().port()).toLatin1());
    }

    void closedPortIsUnreachable()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const Fixture f = fixture(QStringLiteral("discord"));
        AlertSendOptions o = localOptions(f.secrets);
        o.baseOverride = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
        const Run r = run(f.channel, o);
        QCOMPARE(r.id(), QStringLiteral("alert.unreachable"));
    }

    void cancelStopsTheTest()
    {
        const Fixture f = fixture(QStringLiteral("slack"));
        HttpResponse silent;
        silent.behaviour = HttpResponse::Behaviour::NeverRespond;
        answer({silent});
        AlertSender sender;
        QSignalSpy done(&sender, &AlertSender::finished);
        sender.sendTest(siteProfile(), f.channel, localOptions(f.secrets));
        QTest::qWait(200);
        sender.cancel();
        QVERIFY(done.wait(2000));
        QCOMPARE(done.first().first().value<AlertResult>().findings.last().id,
                 QStringLiteral("alert.cancelled"));
        QVERIFY(!sender.isRunning());
    }

    // ---- 5. fields checked before anything is sent -------------------------------------------------

    void validation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QByteArray>("secret"); // the channel's secret field, if any
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subject");
        QTest::newRow("slack url missing") << "slack" << QJsonObject{} << QByteArray() << "alert.required"
                                           << "alerts.slack.url";
        QTest::newRow("slack url elsewhere")
            << "slack" << QJsonObject{} << QByteArray("https://hooks.example.com/services/T/B/x")
            << "alert.invalid_url"
            << "alerts.slack.url";
        QTest::newRow("slack url wrong path")
            << "slack" << QJsonObject{} << QByteArray("https://hooks.slack.com/workflows/T/B/x")
            << "alert.invalid_url"
            << "alerts.slack.url";
        QTest::newRow("discord on http")
            << "discord" << QJsonObject{} << QByteArray("http://discord.com/api/webhooks/1/x")
            << "alert.invalid_url"
            << "alerts.discord.url";
        QTest::newRow("teams elsewhere")
            << "teams" << QJsonObject{} << QByteArray("https://example.com/webhookb2/x")
            << "alert.invalid_url"
            << "alerts.teams.url";
        QTest::newRow("four addresses")
            << "email" << QJsonObject{{"to", "a@example.com, b@example.com, c@example.com, d@example.com"}}
            << QByteArray() << "alert.too_many_addresses"
            << "alerts.email.to";
        QTest::newRow("bad address") << "email" << QJsonObject{{"to", "a@example.com, not-an-address"}}
                                     << QByteArray() << "alert.invalid_email"
                                     << "alerts.email.to";
        QTest::newRow("phone without +")
            << "twilio"
            << QJsonObject{{"account_sid", "AC0123456789abcdef0123456789abcdef"},
                           {"from", "+15005550006"},
                           {"to", "3401234567"}}
            << QByteArray("f00dfeedf00dfeedf00dfeedf00dfeed") << "alert.invalid_phone"
            << "alerts.twilio.to";
        QTest::newRow("sid wrong form")
            << "twilio"
            << QJsonObject{{"account_sid", "SK123"}, {"from", "+15005550006"}, {"to", "+393401234567"}}
            << QByteArray("f00dfeedf00dfeedf00dfeedf00dfeed") << "alert.invalid_value"
            << "alerts.twilio.account_sid";
        QTest::newRow("ntfy topic with slash")
            << "ntfy" << QJsonObject{} << QByteArray("a/b") << "alert.invalid_value"
            << "alerts.ntfy.topic";
        QTest::newRow("webhook not a url")
            << "webhook" << QJsonObject{} << QByteArray("monitor dot example") << "alert.invalid_url"
            << "alerts.webhook.url";
        QTest::newRow("webhook url missing") << "webhook" << QJsonObject{} << QByteArray() << "alert.required"
                                             << "alerts.webhook.url";
        QTest::newRow("unknown kind") << "telegraph" << QJsonObject{} << QByteArray() << "alert.unknown_type"
                                      << "alerts.telegraph";
    }

    void validation()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, settings);
        QFETCH(QByteArray, secret);
        QFETCH(QString, id);
        QFETCH(QString, subject);
        const AlertChannel c = channel(type, settings);
        const SecretLookup lookup = [secret, type](const QString&, const QString& field) {
            const bool urlField = field == QLatin1String("url");
            return (urlField || field == QLatin1String("auth_token") || field == QLatin1String("topic"))
                       ? secret
                       : QByteArray();
        };
        const Findings found = validateAlertChannel(c, lookup);
        const Finding* f = findById(found, id);
        QVERIFY2(f, qPrintable(formatFindingsText(found)));
        QCOMPARE(f->subject, subject);
        if (!secret.isEmpty()) {
            QVERIFY2(!f->detail.contains(QString::fromUtf8(secret)), qPrintable(f->detail));
        }
        // Nothing goes out for an invalid channel.
        const qsizetype before = m_server->requests().size();
        AlertSendOptions o = localOptions({});
        o.secret = lookup;
        const Run r = run(c, o);
        QVERIFY(!r.result.ok);
        QVERIFY(findById(r.result.findings, id));
        QCOMPARE(m_server->requests().size(), before);
    }

    void everyFilledFixtureIsValid()
    {
        for (const QString type : {"slack", "discord", "teams", "twilio", "webhook", "ntfy", "pushover"}) {
            const Fixture f = fixture(type);
            const Findings found = validateAlertChannel(f.channel, [&f](const QString& g, const QString& k) {
                return f.secrets.value(g + QLatin1Char('.') + k);
            });
            QVERIFY2(found.isEmpty(), qPrintable(type + QStringLiteral(": ") + formatFindingsText(found)));
        }
    }

    void addressClasses()
    {
        QCOMPARE(classifyAddress(QHostAddress(QStringLiteral("93.184.216.34"))), AddressClass::Public);
        QCOMPARE(classifyAddress(QHostAddress(QStringLiteral("2606:2800:220:1:248:1893:25c8:1946"))),
                 AddressClass::Public);
        QCOMPARE(classifyAddress(QHostAddress(QStringLiteral("127.8.9.10"))), AddressClass::Loopback);
        QCOMPARE(classifyAddress(QHostAddress(QStringLiteral("64:ff9b::a00:1"))),
                 AddressClass::Private); // NAT64 of 10.0.0.1
        QCOMPARE(classifyAddress(QHostAddress(QStringLiteral("0.0.0.0"))), AddressClass::Private);
    }

    // IPv6 forms that lead to an IPv4 address inside, and the old or local-only ranges: what each is.
    void embeddedAndReservedIpv6_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<AddressClass>("expected");
        QTest::newRow("6to4 of 10.0.0.1") << "2002:a00:1::1" << AddressClass::Private;
        QTest::newRow("6to4 of 192.168.1.1") << "2002:c0a8:101::" << AddressClass::Private;
        QTest::newRow("6to4 of 127.0.0.1") << "2002:7f00:1::1" << AddressClass::Private;
        QTest::newRow("6to4 of metadata") << "2002:a9fe:a9fe::1" << AddressClass::Metadata;
        QTest::newRow("6to4 of a public address") << "2002:5db8:d822::1" << AddressClass::Public;
        QTest::newRow("site-local fec0::/10") << "fec0::1" << AddressClass::Private;
        QTest::newRow("site-local upper end") << "feff:ffff::1" << AddressClass::Private;
        QTest::newRow("IPv4-compatible private") << "::10.0.0.1" << AddressClass::Private;
        QTest::newRow("IPv4-compatible loopback") << "::127.0.0.1" << AddressClass::Private;
        QTest::newRow("IPv4-compatible public") << "::93.184.216.34" << AddressClass::Private;
        QTest::newRow("IPv4-compatible metadata") << "::169.254.169.254" << AddressClass::Metadata;
        QTest::newRow("local-use NAT64 64:ff9b:1::/48") << "64:ff9b:1::5db8:d822" << AddressClass::Private;
        QTest::newRow("NAT64 of 192.168.0.1") << "64:ff9b::c0a8:1" << AddressClass::Private;
        QTest::newRow("NAT64 of 127.0.0.1") << "64:ff9b::7f00:1" << AddressClass::Private;
        QTest::newRow("NAT64 of metadata") << "64:ff9b::a9fe:a9fe" << AddressClass::Metadata;
        QTest::newRow("NAT64 of a public address") << "64:ff9b::5db8:d822" << AddressClass::Public;
        // Teredo: server 65.54.227.120 (public); the client, inverted, 10.0.0.1 or 93.184.216.34.
        QTest::newRow("Teredo with a private client")
            << "2001:0:4136:e378:8000:63bf:f5ff:fffe" << AddressClass::Private;
        QTest::newRow("Teredo with a public client")
            << "2001:0:4136:e378:8000:63bf:a247:27dd" << AddressClass::Public;
        QTest::newRow("Teredo with a private server")
            << "2001:0:a00:1:8000:63bf:a247:27dd" << AddressClass::Private;
        QTest::newRow("documentation 2001:db8::/32") << "2001:db8::1" << AddressClass::Private;
        QTest::newRow("discard 100::/64") << "100::1" << AddressClass::Private;
        QTest::newRow("global unicast") << "2a00:1450:4001:80b::200e" << AddressClass::Public;
    }

    void embeddedAndReservedIpv6()
    {
        QFETCH(QString, address);
        QFETCH(AddressClass, expected);
        const QHostAddress parsed(address);
        QVERIFY2(!parsed.isNull(), qPrintable(address));
        QCOMPARE(classifyAddress(parsed), expected);
        // The alert itself is refused before any connection, local targets not allowed.
        const std::optional<Finding> refused =
            checkTargetAddresses(QUrl(QStringLiteral("https://hooks.example.net/hook")), {parsed}, false,
                                 QStringLiteral("alerts.webhook"));
        QCOMPARE(refused.has_value(), expected != AddressClass::Public);
    }

    void maskedUrlHidesTokens()
    {
        QCOMPARE(maskedUrl(QUrl(QString::fromUtf8(kSlackUrl))),
                 QStringLiteral("https://hooks.slack.com/services/…"));
        QVERIFY(!maskedUrl(QUrl(QString::fromUtf8(kTeamsUrl))).contains(QLatin1String("sig")));
    }

    // ---- 6. the CLI --------------------------------------------------------------------------------

    void cliSendsASlackTestAlert()
    {
        answer({success(QStringLiteral("slack"))});
        const qsizetype before = m_server->requests().size();
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment(
            {{QStringLiteral("POSTINO_SECRET_ALERT_SLACK_URL"), QString::fromUtf8(kSlackUrl)}}));
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                  {QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("--channel"),
                   QStringLiteral("slack"), QStringLiteral("--from"),
                   QStringLiteral("shop@caffe-eta.example"), QStringLiteral("--api-base"),
                   m_server->baseUrl().toString(), QStringLiteral("--ca-file"), caFile(),
                   QStringLiteral("--allow-local-targets"), QStringLiteral("--json")});
        QVERIFY(runCli(cli));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, QByteArray(out + err).constData());
        QVERIFY(!out.contains("xoxSlackSecret") && !err.contains("xoxSlackSecret"));
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("slack"));
        QCOMPARE(at(json, QStringLiteral("findings/0/id")).toString(), QStringLiteral("alert.sent"));
        QCOMPARE(m_server->requests().size(), before + 1);
        QCOMPARE(m_server->requests().last().path, QUrl(QString::fromUtf8(kSlackUrl)).path().toLatin1());
    }

    void cliRefusesLocalTargetsUnlessAllowed()
    {
        QProcess cli;
        cli.setProcessEnvironment(
            cliEnvironment({{QStringLiteral("POSTINO_SECRET_ALERT_WEBHOOK_URL"),
                             QStringLiteral("%1/hook").arg(m_server->baseUrl().toString())}}));
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                  {QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("--channel"),
                   QStringLiteral("webhook"), QStringLiteral("--ca-file"), caFile()});
        QVERIFY(runCli(cli));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 1, out.constData());
        QVERIFY2(out.contains("this computer itself"), out.constData()); // text output, plain words
    }

    // A profile an older Postino wrote, with the webhook's address in it: the CLI still sends there, and
    // the address shows nowhere in its output.
    void cliUsesTheWebhookOfAnOlderProfile()
    {
        answer({success(QStringLiteral("webhook"))});
        const QString url = QStringLiteral("%1/0ld-pr0file-hook").arg(m_server->baseUrl().toString());
        QJsonObject json = siteProfile().toJson();
        json.insert(QStringLiteral("alerts"),
                    QJsonObject{{QStringLiteral("allowLocalTargets"), true},
                                {QStringLiteral("channels"),
                                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("webhook")},
                                                        {QStringLiteral("type"), QStringLiteral("webhook")},
                                                        {QStringLiteral("settings"),
                                                         QJsonObject{{QStringLiteral("url"), url}}}}}}});
        const QString path = m_dir.filePath(QStringLiteral("old-profile.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        const qsizetype before = m_server->requests().size();
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment({}));
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                  {QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("--profile"), path,
                   QStringLiteral("--channel"), QStringLiteral("webhook"), QStringLiteral("--ca-file"),
                   caFile(), QStringLiteral("--verbose")});
        QVERIFY(runCli(cli));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        QCOMPARE(m_server->requests().size(), before + 1);
        QCOMPARE(m_server->requests().last().path, QByteArray("/0ld-pr0file-hook"));
        QVERIFY2(!out.contains("0ld-pr0file-hook"), out.constData());
    }

    void cliKeepsSecretsOffTheCommandLine()
    {
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment({}));
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                  {QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("--channel"),
                   QStringLiteral("slack"), QStringLiteral("--set"),
                   QStringLiteral("url=") + QString::fromUtf8(kSlackUrl), QStringLiteral("--json")});
        QVERIFY(runCli(cli));
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY2(out.contains("POSTINO_SECRET_ALERT_SLACK_URL"), out.constData());
        // The custom webhook's address and the ntfy topic are secrets too.
        for (const auto& [type, assignment, variable] :
             {std::tuple{"webhook", "url=https://monitor.example.com/hook",
                         "POSTINO_SECRET_ALERT_WEBHOOK_URL"},
              std::tuple{"ntfy", "topic=shop-alerts", "POSTINO_SECRET_ALERT_NTFY_TOPIC"}}) {
            QProcess other;
            other.setProcessEnvironment(cliEnvironment({}));
            other.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                        {QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("--channel"),
                         QString::fromLatin1(type), QStringLiteral("--set"),
                         QString::fromLatin1(assignment)});
            QVERIFY(runCli(other));
            const QByteArray said = other.readAllStandardOutput() + other.readAllStandardError();
            QCOMPARE(other.exitCode(), 2);
            QVERIFY2(said.contains(variable), said.constData());
        }
    }

private:
    static bool runCli(QProcess& cli)
    {
        QSignalSpy finished(&cli, &QProcess::finished);
        if (!cli.waitForStarted(10000)) {
            return false;
        }
        return finished.count() > 0 || finished.wait(60000);
    }

    QProcessEnvironment cliEnvironment(const QList<QPair<QString, QString>>& extra)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString& name : e.keys()) {
            if (name.startsWith(QLatin1String("POSTINO_")) ||
                name.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive)) {
                e.remove(name);
            }
        }
        for (const auto& [name, value] : extra) {
            e.insert(name, value);
        }
        const QString suppressions = m_dir.filePath(QStringLiteral("lsan-cli.supp"));
        if (!QFile::exists(suppressions)) {
            QFile project(QStringLiteral(POSTINO_SOURCE_DIR "/tests/lsan.supp"));
            QFile out(suppressions);
            if (out.open(QIODevice::WriteOnly)) {
                if (project.open(QIODevice::ReadOnly)) {
                    out.write(project.readAll() + '\n');
                }
                out.write("leak:libcrypto.so\nleak:libssl.so\n");
            }
        }
        e.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("suppressions=") + suppressions);
        e.insert(QStringLiteral("HOME"), m_dir.path()); // no profile of the machine's user
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return e;
    }

    QString caFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ca.pem"));
        if (!QFile::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly)) {
                for (const QSslCertificate& c : m_certs.ca) {
                    f.write(c.toPem());
                }
            }
        }
        return path;
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
