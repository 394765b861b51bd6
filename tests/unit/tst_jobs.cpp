// The contract every asynchronous job of Postino keeps (core/job/job.h), checked once for each job
// type against a peer on the loopback that accepts connections and never says a word (DNS: answers
// that never come in time):
// - cancel() while running: exactly one `finished`, carrying a "<prefix>.cancelled" Info finding,
//   nothing after it; cancel() again, or before any start, does nothing;
// - a deadline that passes: exactly one `finished`, carrying a "<prefix>.deadline" finding.
// A new job type is one line in jobTable().

#include "alerts/alertsender.h"
#include "api/apiclient.h"
#include "api/httpexchange.h"
#include "delivery/deliveryverifier.h"
#include "delivery/imapclient.h"
#include "dns/dkim.h"
#include "dns/dmarc.h"
#include "dns/domainreport.h"
#include "dns/resolver.h"
#include "dns/spfcheck.h"
#include "job/job.h"
#include "oauth/oauthflow.h"
#include "probe/phpprobe.h"
#include "probe/portprobe.h"
#include "profile/profile.h"
#include "send/testsend.h"
#include "send/testsendconfirm.h"
#include "smtp/smtpcheck.h"
#include "smtp/smtpclient.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <chrono>
#include <functional>

using namespace postino;
using namespace std::chrono_literals;

namespace {

// Accepts every connection and keeps it open without sending anything: a server that hangs.
class SilentPeer : public QObject
{
public:
    SilentPeer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this); // held open, never answered
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QUrl base() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port())); }

private:
    QTcpServer m_server;
};

// What a job said when it finished, however its signal is shaped.
struct Seen
{
    int finished = 0;
    Findings findings;
};

Findings findingsOf(const SmtpResult& r)
{
    return r.findings;
}
Findings findingsOf(const ImapResult& r)
{
    return r.findings;
}
Findings findingsOf(const HttpAnswer& r)
{
    return r.findings;
}
Findings findingsOf(const ApiResult& r)
{
    return r.findings;
}
Findings findingsOf(const AlertResult& r)
{
    return r.findings;
}
Findings findingsOf(const StatusPollResult& r)
{
    return r.findings;
}
Findings findingsOf(const DeliveryReport& r)
{
    return r.findings;
}
Findings findingsOf(const OAuthSignInResult& r)
{
    return r.findings;
}
Findings findingsOf(const OAuthTokenResult& r)
{
    return r.findings;
}
Findings findingsOf(const TestSendResult& r)
{
    return r.findings;
}
Findings findingsOf(const TestSendConfirmResult& r)
{
    return r.findings();
}
Findings findingsOf(const ProbeReport& r)
{
    Findings all = r.findings;
    for (const PortResult& port : r.ports) {
        all += port.findings;
    }
    return all;
}
Findings findingsOf(const ProbeReport& r, const QString&)
{
    return findingsOf(r);
}

template <class J> J* watched(J* job, Seen* seen)
{
    QObject::connect(job, &J::finished, job, [seen](const auto&... result) {
        ++seen->finished;
        seen->findings = findingsOf(result...);
    });
    return job;
}

// The DNS checks announce the end and keep their findings.
template <class J> J* watchedCheck(J* job, Seen* seen)
{
    QObject::connect(job, &J::finished, job, [job, seen] {
        ++seen->finished;
        seen->findings = job->findings();
    });
    return job;
}

struct Made
{
    Job* job;
    std::function<void()> start; // through the job type's own typed entry point
};

struct World
{
    SilentPeer* peer;
    QObject* owner; // deletes the jobs and their helpers
};

using Maker = std::function<Made(const World&, Seen*)>;

SmtpSettings silentSmtp(const World& w)
{
    SmtpSettings s;
    s.host = w.peer->host();
    s.port = w.peer->port();
    s.security = SmtpSecurity::StartTls;
    s.username = QStringLiteral("user");
    s.password = "secret";
    return s;
}

ImapSettings silentImap(const World& w)
{
    ImapSettings s;
    s.host = w.peer->host();
    s.port = w.peer->port();
    s.username = QStringLiteral("user");
    s.password = "secret";
    return s;
}

Profile smtpProfile(const World& w)
{
    Profile p;
    p.setMailerId(QStringLiteral("smtp"));
    p.setMailerSettings(QStringLiteral("smtp"), {{QStringLiteral("host"), w.peer->host()},
                                                 {QStringLiteral("port"), w.peer->port()},
                                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                                 {QStringLiteral("auth"), true},
                                                 {QStringLiteral("user"), QStringLiteral("user")}});
    p.sender().fromEmail = QStringLiteral("hello@example.com");
    return p;
}

Profile apiProfile(const QString& mailer, const QJsonObject& settings = {})
{
    Profile p;
    p.setMailerId(mailer);
    p.setMailerSettings(mailer, settings);
    p.sender().fromEmail = QStringLiteral("hello@example.com");
    return p;
}

QByteArray anySecret(const QString&, const QString&)
{
    return "secret-key";
}

OAuthClientConfig silentOAuth(const World& w)
{
    OAuthClientConfig c;
    c.mailerId = QStringLiteral("gmail");
    c.spec = Catalog::builtin().mailer(c.mailerId)->oauthSpec;
    c.providerName = QStringLiteral("Google");
    c.authorizeUrl = QUrl(QStringLiteral("https://accounts.example.com/authorize"));
    c.tokenUrl = QUrl(QStringLiteral("https://accounts.example.com/token"));
    c.accountUrl = QUrl(QStringLiteral("https://accounts.example.com/me"));
    c.clientId = QStringLiteral("client");
    c.endpointOverride = w.peer->base();
    return c;
}

dns::Resolver* slowResolver(const World& w)
{
    auto* dns = new dns::MemoryResolver(w.owner);
    dns->setLatency(60000); // no answer within any test
    return dns;
}

// ---- one line per job type ----------------------------------------------------------------------

Made smtpClient(const World& w, Seen* s)
{
    auto* j = watched(new SmtpClient(w.owner), s);
    return {j, [j, w] {
                j->probeSession(silentSmtp(w));
            }};
}
Made smtpCheck(const World& w, Seen* s)
{
    auto* j = watched(new SmtpCredentialCheck(w.owner), s);
    return {j, [j, w] {
                j->start(silentSmtp(w));
            }};
}
Made imapClient(const World& w, Seen* s)
{
    auto* j = watched(new ImapClient(w.owner), s);
    return {j, [j, w] {
                j->checkLogin(silentImap(w));
            }};
}
Made httpExchange(const World& w, Seen* s)
{
    auto* j = watched(new HttpExchange(w.owner), s);
    return {j, [j, w] {
                j->start(ApiCall{"GET", w.peer->base(), {}, {}}, HttpExchangeOptions{});
            }};
}
Made apiClient(const World& w, Seen* s)
{
    auto* j = watched(new ApiClient(w.owner), s);
    j->setBaseUrlOverride(w.peer->base());
    return {j, [j] {
                j->probe(apiProfile(QStringLiteral("sendgrid")), anySecret);
            }};
}
Made alertSender(const World& w, Seen* s)
{
    auto* j = watched(new AlertSender(w.owner), s);
    return {j, [j, w] {
                AlertChannel slack;
                slack.id = slack.type = QStringLiteral("slack");
                AlertSendOptions o;
                o.allowLocalTargets = true;
                o.baseOverride = w.peer->base();
                o.secret = [](const QString&, const QString&) {
                    return QByteArray("https://hooks.slack.com/services/T0/B0/abcdefghijklmnop");
                };
                j->sendTest(smtpProfile(w), slack, o);
            }};
}
Made statusPoller(const World& w, Seen* s)
{
    auto* j = watched(new DeliveryStatusPoller(w.owner), s);
    return {j, [j, w] {
                StatusPollOptions o;
                o.baseOverride = w.peer->base();
                o.firstIntervalMs = 10;
                j->start(apiProfile(QStringLiteral("mailgun"),
                                    {{QStringLiteral("domain"), QStringLiteral("mg.example.com")}}),
                         QStringLiteral("id-1"), anySecret, o);
            }};
}
Made deliveryVerifier(const World& w, Seen* s)
{
    auto* j = watched(new DeliveryVerifier(w.owner), s);
    return {j, [j, w] {
                VerifyRequest r;
                r.pollProvider = false;
                r.imap = silentImap(w);
                r.runId = QStringLiteral("run-1");
                j->start(smtpProfile(w), r);
            }};
}
Made oauthSignIn(const World& w, Seen* s)
{
    auto* j = watched(new OAuthSignIn(w.owner), s);
    return {j, [j, w] {
                j->start(silentOAuth(w));
            }}; // the browser never comes back
}
Made oauthTokens(const World& w, Seen* s)
{
    auto* j = watched(new OAuthTokenClient(w.owner), s);
    return {j, [j, w] {
                OAuthTokens t;
                t.refreshToken = "refresh";
                j->refresh(silentOAuth(w), t);
            }};
}
Made testSend(const World& w, Seen* s)
{
    auto* j = watched(new TestEmailSender(w.owner), s);
    return {j, [j, w] {
                TestSendRequest r;
                r.recipient = QStringLiteral("to@example.com");
                r.secret = anySecret;
                j->start(smtpProfile(w), r);
            }};
}
Made testSendConfirm(const World& w, Seen* s)
{
    auto* j = watched(new TestSendAndConfirm(w.owner), s);
    return {j, [j, w] {
                TestSendRequest r;
                r.recipient = QStringLiteral("to@example.com");
                r.secret = anySecret;
                j->start(smtpProfile(w), r, VerifyRequest{});
            }};
}
Made portProbe(const World& w, Seen* s)
{
    auto* j = watched(new PortProbe(w.owner), s);
    return {j, [j, w] {
                ProbeTarget t;
                t.host = w.peer->host();
                t.ports = {{w.peer->port(), SmtpSecurity::StartTls}};
                j->start(t);
            }};
}
Made phpProbe(const World& w, Seen* s)
{
    auto* j = watched(new PhpProbeFetcher(w.owner), s);
    return {j, [j, w] {
                j->fetch(w.peer->base().resolved(QUrl(QStringLiteral("/postino-probe.php"))));
            }};
}
Made domainReport(const World& w, Seen* s)
{
    dns::DomainReportOptions o;
    o.domain = QStringLiteral("example.com");
    o.mailerId = QStringLiteral("sendgrid");
    auto* j = watchedCheck(new dns::DomainReport(slowResolver(w), o, w.owner), s);
    return {j, [j] {
                j->start();
            }};
}
Made spfCheck(const World& w, Seen* s)
{
    auto* j = watchedCheck(new dns::SpfCheck(slowResolver(w), QStringLiteral("example.com"), {}, w.owner), s);
    return {j, [j] {
                j->start();
            }};
}

Made dkimCheck(const World& w, Seen* s)
{
    auto* j = watchedCheck(new dns::DkimCheck(slowResolver(w), w.owner), s);
    return {j, [j] {
                dns::DkimCheck::Request r;
                r.domain = QStringLiteral("example.com");
                r.userSelectors = {QStringLiteral("s1")};
                j->start(r);
            }};
}
Made dmarcCheck(const World& w, Seen* s)
{
    auto* j = watchedCheck(new dns::DmarcCheck(slowResolver(w), w.owner), s);
    return {j, [j] {
                j->start(QStringLiteral("example.com"));
            }};
}

const QList<QPair<const char*, Maker>>& jobTable()
{
    static const QList<QPair<const char*, Maker>> table = {
        {"SMTP client", smtpClient},
        {"SMTP credential check", smtpCheck},
        {"IMAP client", imapClient},
        {"HTTPS exchange", httpExchange},
        {"API client", apiClient},
        {"alert sender", alertSender},
        {"delivery status poller", statusPoller},
        {"delivery verifier", deliveryVerifier},
        {"OAuth sign-in", oauthSignIn},
        {"OAuth token client", oauthTokens},
        {"test email", testSend},
        {"test email and confirmation", testSendConfirm},
        {"port probe", portProbe},
        {"PHP probe fetch", phpProbe},
        {"DNS domain report", domainReport},
        {"SPF check", spfCheck},
        {"DKIM check", dkimCheck},
        {"DMARC check", dmarcCheck},
    };
    return table;
}

const Finding* endingFinding(const Findings& findings, const QString& suffix)
{
    for (const Finding& f : findings) {
        if (f.id.endsWith(suffix)) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private:
    void addRows()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < jobTable().size(); ++i) {
            QTest::newRow(jobTable().at(i).first) << i;
        }
    }

private Q_SLOTS:
    void cancelFinishesOnce_data() { addRows(); }
    void cancelFinishesOnce()
    {
        QFETCH(int, row);
        SilentPeer peer;
        QObject owner;
        Seen seen;
        const Made made = jobTable().at(row).second(World{&peer, &owner}, &seen);
        QPointer<Job> job = made.job;

        job->cancel(); // before any start: nothing happens
        QTest::qWait(20);
        QCOMPARE(seen.finished, 0);
        QCOMPARE(job->state(), Job::State::Idle);

        made.start();
        QTest::qWait(150); // connected to the silent peer, waiting for its first word
        QVERIFY2(seen.finished == 0, "finished before anything answered");
        QVERIFY(job->isRunning());
        job->cancel();
        QVERIFY(!job->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 2000);
        const Finding* cancelled = endingFinding(seen.findings, QStringLiteral(".cancelled"));
        QVERIFY2(cancelled, qPrintable(QStringLiteral("no *.cancelled finding in: ") +
                                       formatFindingsText(seen.findings)));
        QCOMPARE(cancelled->severity(), Severity::Info);

        job->cancel(); // after the end: nothing happens
        QTest::qWait(400);
        QCOMPARE(seen.finished, 1);
        QVERIFY(job->isFinished());
    }

    void deadlineFinishesOnce_data() { addRows(); }
    void deadlineFinishesOnce()
    {
        QFETCH(int, row);
        SilentPeer peer;
        QObject owner;
        Seen seen;
        const Made made = jobTable().at(row).second(World{&peer, &owner}, &seen);
        made.job->setDeadline(300ms);
        QElapsedTimer clock;
        clock.start();
        made.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 5000);
        QVERIFY2(clock.elapsed() >= 250, "finished before the deadline");
        const Finding* late = endingFinding(seen.findings, QStringLiteral(".deadline"));
        QVERIFY2(late, qPrintable(QStringLiteral("no *.deadline finding in: ") +
                                  formatFindingsText(seen.findings)));
        QVERIFY(late->isError());
        QVERIFY(late->advice.isComplete());
        QTest::qWait(400);
        QCOMPARE(seen.finished, 1);
        QVERIFY(!made.job->isRunning());
    }

    // Started again while running: the first run still finishes once (cancelled), then the second.
    void restartFinishesTheFirstRun_data() { addRows(); }
    void restartFinishesTheFirstRun()
    {
        QFETCH(int, row);
        SilentPeer peer;
        QObject owner;
        Seen seen;
        const Made made = jobTable().at(row).second(World{&peer, &owner}, &seen);
        made.start();
        QTest::qWait(50);
        made.start();
        QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 1, 2000);
        QVERIFY(endingFinding(seen.findings, QStringLiteral(".cancelled")));
        QVERIFY(made.job->isRunning());
        made.job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(seen.finished, 2, 2000);
        QTest::qWait(200);
        QCOMPARE(seen.finished, 2);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
