// The autoconfig fetch against a local HTTPS server (tests/harness/httpsserver) playing both of a
// domain's autoconfig URLs, with an in-memory resolver sending autoconfig.example.test and
// example.test to 127.0.0.1: good, broken, huge, slow and redirecting files, a certificate for
// another name, only one URL published or none. The certificate is checked for the real names.
// Nothing leaves 127.0.0.1 and no name outside the domain is looked up.

// Test tables are easier to read with plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "discovery/autoconfigfetch.h"
#include "dns/resolver.h"
#include "httpsserver.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace postino;
using namespace postino::discovery;
using postino::test::HttpRequest;
using postino::test::HttpResponse;
using postino::test::HttpsServer;
using postino::test::Identity;
using postino::test::TestCertificates;

namespace {

const QString kDomain = QStringLiteral("example.test");
const QString kAddress = QStringLiteral("user@example.test");
const QByteArray kAutoconfigHost = "autoconfig.example.test";
const QByteArray kAutoconfigPath = "/mail/config-v1.1.xml";
const QByteArray kWellKnownPath = "/.well-known/autoconfig/mail/config-v1.1.xml";

QByteArray configFile(const QByteArray& smtpHost)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\"><domain>example.test</domain>"
           "<outgoingServer type=\"smtp\"><hostname>" +
           smtpHost +
           "</hostname><port>465</port><socketType>SSL</socketType>"
           "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>"
           "</outgoingServer>"
           "<outgoingServer type=\"smtp\"><hostname>" +
           smtpHost +
           "</hostname><port>587</port><socketType>STARTTLS</socketType>"
           "<username>%EMAILADDRESS%</username><authentication>password-cleartext</authentication>"
           "</outgoingServer></emailProvider></clientConfig>\n";
}

HttpResponse xml(const QByteArray& body)
{
    HttpResponse r;
    r.headers = {{"Content-Type", "application/xml"}};
    r.body = body;
    return r;
}

HttpResponse notFound()
{
    return HttpResponse::html(404, "<html><body>Not Found</body></html>");
}

HttpResponse redirect(int status, const QByteArray& location)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Location", location}};
    return r;
}

HttpResponse never()
{
    HttpResponse r;
    r.behaviour = HttpResponse::Behaviour::NeverRespond;
    return r;
}

QByteArray hostOf(const HttpRequest& request)
{
    return request.header("Host").split(':').first().toLower();
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out << f.id;
    }
    return out;
}

struct Run
{
    AutoconfigResult result;
    qint64 ms = 0;
    int finishedCount = 0;
};

} // namespace

class TestAutoconfigFetch : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    Identity m_example; // autoconfig.example.test and example.test
    std::unique_ptr<HttpsServer> m_server;
    std::unique_ptr<dns::MemoryResolver> m_resolver;
    // What each of the two URLs answers; an empty path in a key means "any other path".
    std::function<HttpResponse(const HttpRequest&)> m_autoconfig;
    std::function<HttpResponse(const HttpRequest&)> m_wellKnown;

    QString url(const QByteArray& host, const QByteArray& path) const
    {
        return QStringLiteral("https://%1:%2%3")
            .arg(QString::fromLatin1(host))
            .arg(m_server->baseUrl().port())
            .arg(QString::fromLatin1(path));
    }

    AutoconfigFetchOptions options(int timeoutMs = 4000) const
    {
        AutoconfigFetchOptions o;
        o.emailAddress = kAddress;
        o.httpsPort = quint16(m_server->baseUrl().port());
        o.extraCa = m_certs.ca;
        o.timeoutMs = timeoutMs;
        return o;
    }

    Run fetch(const AutoconfigFetchOptions& o, const QString& domain = kDomain, int waitMs = 10000)
    {
        Run run;
        AutoconfigFetch job(m_resolver.get());
        QSignalSpy done(&job, &AutoconfigFetch::finished);
        QElapsedTimer timer;
        timer.start();
        job.start(domain, o);
        if (!done.wait(waitMs)) {
            return run;
        }
        run.ms = timer.elapsed();
        QTest::qWait(50); // a second `finished` would come now
        run.finishedCount = int(done.size());
        run.result = done.first().first().value<AutoconfigResult>();
        for (const Finding& f : run.result.findings) {
            if (f.isProblem() && !f.advice.isComplete()) {
                qWarning("finding %s lacks advice", qPrintable(f.id));
                run.finishedCount = -1;
            }
        }
        return run;
    }

    // No name outside the user's domain was looked up: nothing went to a third party.
    void checkOnlyOwnNamesAsked() const
    {
        for (const QString& query : m_resolver->queryLog()) {
            const QString name = query.section(QLatin1Char('/'), 0, 0);
            QVERIFY2(name == QLatin1String("example.test") ||
                         name == QLatin1String("autoconfig.example.test"),
                     qPrintable(query));
        }
        for (const HttpRequest& r : m_server->requests()) {
            QVERIFY2(hostOf(r) == "example.test" || hostOf(r) == kAutoconfigHost,
                     r.header("Host").constData());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* name :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
            qunsetenv(name);
        }
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
        QVERIFY(m_certs.issueFor({QStringLiteral("autoconfig.example.test"), QStringLiteral("example.test")},
                                 &m_example));
        m_server = std::make_unique<HttpsServer>(m_example.certificate, m_example.key);
        QVERIFY(m_server->start() != 0);
        m_server->setHandler([this](const HttpRequest& request) {
            const bool autoconfigHost = hostOf(request) == kAutoconfigHost;
            if (autoconfigHost && m_autoconfig) {
                return m_autoconfig(request);
            }
            if (!autoconfigHost && hostOf(request) == "example.test" && m_wellKnown) {
                return m_wellKnown(request);
            }
            return notFound();
        });
    }

    void init()
    {
        m_resolver = std::make_unique<dns::MemoryResolver>();
        m_resolver->addAddress(QStringLiteral("autoconfig.example.test"), QStringLiteral("127.0.0.1"));
        m_resolver->addAddress(QStringLiteral("example.test"), QStringLiteral("127.0.0.1"));
        m_autoconfig = nullptr;
        m_wellKnown = nullptr;
    }

    void cleanup() { checkOnlyOwnNamesAsked(); }

    void goodFileOnTheAutoconfigHost()
    {
        m_autoconfig = [](const HttpRequest& r) {
            return r.path == kAutoconfigPath ? xml(configFile("smtp.%EMAILDOMAIN%")) : notFound();
        };
        const int before = int(m_server->requests().size());
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        const AutoconfigResult& r = run.result;
        QCOMPARE(r.domain, kDomain);
        QCOMPARE(r.answeredUrl, url(kAutoconfigHost, kAutoconfigPath));
        QCOMPARE(r.candidates.size(), 2);
        QCOMPARE(r.candidates[0].host, QStringLiteral("smtp.example.test"));
        QCOMPARE(r.candidates[0].port, quint16(465));
        QCOMPARE(r.candidates[0].security, SmtpSecurity::Tls);
        QCOMPARE(r.candidates[1].port, quint16(587));
        QCOMPARE(r.candidates[1].security, SmtpSecurity::StartTls);
        QCOMPARE(r.candidates[0].source, CandidateSource::Autoconfig);
        QCOMPARE(r.candidates[0].sourceDetail, r.answeredUrl); // without the address
        QCOMPARE(ids(r.findings), QStringList{"discover.autoconfig.found"});
        QCOMPARE(r.findings[0].severity(), Severity::Ok);

        // The request as Thunderbird makes it: the address in the query, the real host name.
        const QList<HttpRequest> requests = m_server->requests().mid(before);
        QVERIFY(!requests.isEmpty());
        const auto asked = std::find_if(requests.begin(), requests.end(),
                                        [](const HttpRequest& q) { return hostOf(q) == kAutoconfigHost; });
        QVERIFY(asked != requests.end());
        QCOMPARE(asked->method, QByteArray("GET"));
        QCOMPARE(asked->path, kAutoconfigPath);
        QCOMPARE(
            QUrlQuery(QString::fromLatin1(asked->query)).queryItemValue("emailaddress", QUrl::FullyDecoded),
            kAddress);
    }

    void theAddressGoesOnlyToItsOwnDomain()
    {
        AutoconfigFetchOptions o = options();
        o.emailAddress = QStringLiteral("someone@elsewhere.example.net");
        for (const QUrl& u : AutoconfigFetch::urlsFor(kDomain, o)) {
            QVERIFY2(!u.hasQuery(), qPrintable(u.toString()));
        }
        o.emailAddress = QStringLiteral("User@Example.Test");
        const std::array<QUrl, 2> urls = AutoconfigFetch::urlsFor(kDomain, o);
        QCOMPARE(urls[0].toString(QUrl::RemoveQuery), url(kAutoconfigHost, kAutoconfigPath));
        QCOMPARE(urls[1].toString(QUrl::RemoveQuery), url("example.test", kWellKnownPath));
        QCOMPARE(QUrlQuery(urls[1]).queryItemValue("emailaddress", QUrl::FullyDecoded), o.emailAddress);
    }

    void bothUrlsAreAskedAtOnce()
    {
        m_autoconfig = [](const HttpRequest&) {
            return never();
        };
        m_wellKnown = [](const HttpRequest&) {
            return never();
        };
        const int before = int(m_server->requests().size());
        const Run run = fetch(options(1500));
        QCOMPARE(run.finishedCount, 1);
        // Neither answered, yet both were asked: the second did not wait for the first.
        const QList<HttpRequest> requests = m_server->requests().mid(before);
        QCOMPARE(requests.size(), 2);
        QVERIFY(hostOf(requests[0]) != hostOf(requests[1]));
        const HttpRequest& wellKnown = hostOf(requests[0]) == kAutoconfigHost ? requests[1] : requests[0];
        QCOMPARE(wellKnown.path, kWellKnownPath);
        QCOMPARE(QUrlQuery(QString::fromLatin1(wellKnown.query))
                     .queryItemValue("emailaddress", QUrl::FullyDecoded),
                 kAddress);
    }

    void theAutoconfigHostIsPreferred()
    {
        m_autoconfig = [](const HttpRequest&) {
            return xml(configFile("smtp.example.test"));
        };
        m_wellKnown = [](const HttpRequest&) {
            return xml(configFile("other.example.test"));
        };
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.answeredUrl, url(kAutoconfigHost, kAutoconfigPath));
        QCOMPARE(run.result.candidates.value(0).host, QStringLiteral("smtp.example.test"));
    }

    void preferredUsableEndsWithoutWaitingForTheOther()
    {
        m_autoconfig = [](const HttpRequest&) {
            return xml(configFile("smtp.example.test"));
        };
        m_wellKnown = [](const HttpRequest&) {
            return never();
        };
        const Run run = fetch(options(3000));
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.candidates.size(), 2);
        QVERIFY2(run.ms < 1500, qPrintable(QString::number(run.ms)));
        QCOMPARE(ids(run.result.findings),
                 QStringList{"discover.autoconfig.found"}); // the other is no problem
    }

    void slowPreferredIsWaitedForUpToTheLimit()
    {
        m_autoconfig = [](const HttpRequest&) {
            return never();
        };
        m_wellKnown = [](const HttpRequest&) {
            return xml(configFile("well.example.test"));
        };
        const Run run = fetch(options(1500));
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.ms >= 1350 && run.ms < 1500 + 1000, qPrintable(QString::number(run.ms)));
        QCOMPARE(run.result.answeredUrl, url("example.test", kWellKnownPath));
        QCOMPARE(run.result.candidates.value(0).host, QStringLiteral("well.example.test"));
        const Finding* timeout = findById(run.result.findings, "discover.autoconfig.timeout");
        QVERIFY(timeout);
        QCOMPARE(timeout->subject, url(kAutoconfigHost, kAutoconfigPath));
    }

    void slowServersAreBoundedByTheLimit()
    {
        HttpResponse drip = xml(configFile("smtp.example.test"));
        drip.behaviour = HttpResponse::Behaviour::Drip; // never silent, never done in time
        drip.dripIntervalMs = 100;
        m_autoconfig = [drip](const HttpRequest&) {
            return drip;
        };
        m_wellKnown = [](const HttpRequest&) {
            return never();
        };
        for (const int limit : {1000, 2000}) {
            const Run run = fetch(options(limit));
            QCOMPARE(run.finishedCount, 1);
            QVERIFY2(run.ms >= limit * 9 / 10 && run.ms < limit + 1000, qPrintable(QString::number(run.ms)));
            QVERIFY(run.result.candidates.isEmpty());
            QVERIFY(run.result.answeredUrl.isEmpty());
            QCOMPARE(ids(run.result.findings),
                     (QStringList{"discover.autoconfig.timeout", "discover.autoconfig.timeout"}));
            for (const Finding& f : run.result.findings) {
                QCOMPARE(f.severity(), Severity::Info); // could not check: not a fault of the domain
            }
        }
    }

    void brokenFile()
    {
        m_autoconfig = [](const HttpRequest&) {
            return xml(configFile("smtp.example.test").chopped(30));
        };
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.result.candidates.isEmpty());
        QVERIFY(run.result.answeredUrl.isEmpty());
        QCOMPARE(ids(run.result.findings), QStringList{"discover.autoconfig.malformed"});
        const Finding& f = run.result.findings[0];
        QCOMPARE(f.severity(), Severity::Warning);
        QCOMPARE(f.subject, url(kAutoconfigHost, kAutoconfigPath));
    }

    void brokenPreferredFallsBackToTheWellKnownFile()
    {
        m_autoconfig = [](const HttpRequest&) {
            return xml("<clientConfig><emailProvider>");
        };
        m_wellKnown = [](const HttpRequest&) {
            return xml(configFile("well.example.test"));
        };
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.answeredUrl, url("example.test", kWellKnownPath));
        QCOMPARE(run.result.candidates.size(), 2);
        QVERIFY(findById(run.result.findings, "discover.autoconfig.malformed")); // still said
    }

    void hugeFileIsCutOff()
    {
        HttpResponse huge = xml("<clientConfig><!-- ");
        huge.behaviour = HttpResponse::Behaviour::Huge;
        huge.hugeBytes = 50LL * 1024 * 1024;
        m_autoconfig = [huge](const HttpRequest&) {
            return huge;
        };
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY2(run.ms < 3000, qPrintable(QString::number(run.ms)));
        QVERIFY(run.result.candidates.isEmpty());
        QCOMPARE(ids(run.result.findings), QStringList{"discover.autoconfig.too_large"});
        QCOMPARE(run.result.findings[0].severity(), Severity::Warning);
    }

    void redirectToAnotherHostIsNotFollowed()
    {
        m_resolver->addAddress(QStringLiteral("elsewhere.example.net"), QStringLiteral("127.0.0.1"));
        const QByteArray port = QByteArray::number(m_server->baseUrl().port());
        for (const QByteArray& location : QList<QByteArray>{
                 "https://elsewhere.example.net:" + port + "/mail/config-v1.1.xml",
                 "http://autoconfig.example.test:" + port + kAutoconfigPath + "?x=1", // same host, not HTTPS
                 "https://autoconfig.example.test:1/mail/config-v1.1.xml",            // another port
                 "//elsewhere.example.net/config.xml"}) {
            m_autoconfig = [location](const HttpRequest& r) {
                return r.path == kAutoconfigPath ? redirect(302, location)
                                                 : xml(configFile("smtp.example.test"));
            };
            const int before = int(m_server->requests().size());
            const Run run = fetch(options());
            QCOMPARE(run.finishedCount, 1);
            QVERIFY(run.result.candidates.isEmpty());
            QCOMPARE(ids(run.result.findings), QStringList{"discover.autoconfig.redirect_elsewhere"});
            QCOMPARE(run.result.findings[0].severity(), Severity::Info);
            for (const HttpRequest& r : m_server->requests().mid(before)) {
                QVERIFY(r.path == kAutoconfigPath || r.path == kWellKnownPath); // nothing followed
            }
            QVERIFY(!m_resolver->queryLog().join(' ').contains("elsewhere"));
        }
    }

    void redirectOnTheSameHostIsFollowedOnce()
    {
        const QByteArray port = QByteArray::number(m_server->baseUrl().port());
        for (const QByteArray& location :
             QList<QByteArray>{QByteArray("/mail/real-config.xml"),
                               "https://autoconfig.example.test:" + port + "/mail/real-config.xml",
                               "https://AUTOCONFIG.example.test:" + port + "/mail/real-config.xml"}) {
            m_autoconfig = [location](const HttpRequest& r) {
                return r.path == kAutoconfigPath ? redirect(301, location)
                                                 : xml(configFile("smtp.example.test"));
            };
            const Run run = fetch(options());
            QCOMPARE(run.finishedCount, 1);
            QCOMPARE(run.result.answeredUrl, url(kAutoconfigHost, "/mail/real-config.xml"));
            QCOMPARE(run.result.candidates.size(), 2);
            QCOMPARE(run.result.candidates[0].sourceDetail, run.result.answeredUrl);
        }
        // A second redirect is not followed.
        m_autoconfig = [](const HttpRequest& r) {
            return r.path == kAutoconfigPath ? redirect(302, "/mail/step2.xml")
                                             : redirect(302, "/mail/step3.xml");
        };
        const int before = int(m_server->requests().size());
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(run.result.candidates.isEmpty());
        QCOMPARE(ids(run.result.findings), QStringList{"discover.autoconfig.too_many_redirects"});
        int onAutoconfig = 0;
        for (const HttpRequest& r : m_server->requests().mid(before)) {
            onAutoconfig += hostOf(r) == kAutoconfigHost ? 1 : 0;
            QVERIFY(r.path != "/mail/step3.xml");
        }
        QCOMPARE(onAutoconfig, 2);
    }

    void certificateForAnotherNameIsRefused()
    {
        HttpsServer other(m_certs.wrongName.certificate, m_certs.wrongName.key); // other.example.test
        QVERIFY(other.start() != 0);
        int served = 0;
        other.setHandler([&served](const HttpRequest&) {
            ++served;
            return xml(configFile("smtp.example.test"));
        });
        AutoconfigFetchOptions o = options();
        o.httpsPort = quint16(other.baseUrl().port());
        const Run run = fetch(o);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(served, 0); // the handshake failed: no request, no file
        QVERIFY(run.result.candidates.isEmpty());
        QCOMPARE(ids(run.result.findings),
                 (QStringList{"discover.autoconfig.certificate", "discover.autoconfig.certificate"}));
        for (const Finding& f : run.result.findings) {
            QCOMPARE(f.severity(), Severity::Warning);
            QVERIFY(f.detail.contains("example.test"));
        }
        // The same file behind a certificate for the right names is read: the refusal was the name's.
        m_autoconfig = [](const HttpRequest&) {
            return xml(configFile("smtp.example.test"));
        };
        const Run good = fetch(options());
        QCOMPARE(good.result.candidates.size(), 2);
    }

    void onlyTheWellKnownUrlIsPublished()
    {
        m_resolver = std::make_unique<dns::MemoryResolver>(); // autoconfig.example.test: NXDOMAIN
        m_resolver->addAddress(QStringLiteral("example.test"), QStringLiteral("127.0.0.1"));
        m_wellKnown = [](const HttpRequest& r) {
            return r.path == kWellKnownPath ? xml(configFile("mail.example.test")) : notFound();
        };
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.answeredUrl, url("example.test", kWellKnownPath));
        QCOMPARE(run.result.candidates.size(), 2);
        QCOMPARE(run.result.candidates[0].host, QStringLiteral("mail.example.test"));
        QCOMPARE(ids(run.result.findings), QStringList{"discover.autoconfig.found"});
    }

    void neitherIsPublished()
    {
        // No autoconfig name at all, and a web site that answers 404 or its home page.
        for (const bool homePage : {false, true}) {
            m_resolver = std::make_unique<dns::MemoryResolver>();
            m_resolver->addAddress(QStringLiteral("example.test"), QStringLiteral("127.0.0.1"));
            m_wellKnown = [homePage](const HttpRequest&) {
                return homePage ? HttpResponse::html(200, "<!DOCTYPE html><html><body>Welcome</body></html>")
                                : notFound();
            };
            const Run run = fetch(options());
            QCOMPARE(run.finishedCount, 1);
            QVERIFY(run.ms < 2000);
            QVERIFY(run.result.candidates.isEmpty());
            QVERIFY(!findById(run.result.findings, "discover.autoconfig.found"));
            const Finding* none = findById(run.result.findings, "discover.autoconfig.none");
            QVERIFY(none);
            QCOMPARE(none->severity(), Severity::Info); // normal: few domains publish one
            QVERIFY2(none->detail.contains("autoconfig.example.test has no address"),
                     qPrintable(none->detail));
            QVERIFY2(none->detail.contains(homePage ? "is not an autoconfig file" : "HTTP 404"),
                     qPrintable(none->detail));
            for (const Finding& f : run.result.findings) {
                QVERIFY2(!f.isProblem(), qPrintable(f.id));
            }
        }
        // Neither name exists.
        m_resolver = std::make_unique<dns::MemoryResolver>();
        const Run run = fetch(options());
        QCOMPARE(ids(run.result.findings), QStringList{"discover.autoconfig.none"});
        QVERIFY(run.result.findings[0].detail.contains("autoconfig.example.test"));
    }

    void failingLookupIsNotNone()
    {
        m_resolver->setStatus(QStringLiteral("autoconfig.example.test"), dns::Status::ServerFailure);
        const Run run = fetch(options());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(!findById(run.result.findings, "discover.autoconfig.none")); // could not check is not "none"
        const Finding* unreachable = findById(run.result.findings, "discover.autoconfig.unreachable");
        QVERIFY(unreachable);
        QCOMPARE(unreachable->severity(), Severity::Info);
    }

    void notADomain()
    {
        for (const QString& domain : {QString(), QStringLiteral("localhost"), QStringLiteral("192.0.2.1"),
                                      QStringLiteral("a..b"), QStringLiteral("exa mple.test")}) {
            const Run run = fetch(options(), domain);
            QCOMPARE(run.finishedCount, 1);
            QVERIFY(run.result.candidates.isEmpty());
            QVERIFY2(ids(run.result.findings) == QStringList{"discover.autoconfig.bad_domain"},
                     qPrintable(domain + ": " + ids(run.result.findings).join(" ")));
        }
        QVERIFY(m_resolver->queryLog().isEmpty());
    }

    void cancelFinishesOnce()
    {
        m_autoconfig = [](const HttpRequest&) {
            return never();
        };
        AutoconfigFetch job(m_resolver.get());
        QSignalSpy done(&job, &AutoconfigFetch::finished);
        job.start(kDomain, options());
        QTest::qWait(200);
        job.cancel();
        QTRY_COMPARE(done.size(), 1);
        QTest::qWait(200);
        QCOMPARE(done.size(), 1);
        const AutoconfigResult r = done.first().first().value<AutoconfigResult>();
        QCOMPARE(ids(r.findings), QStringList{"discover.autoconfig.cancelled"});
    }
};

QTEST_GUILESS_MAIN(TestAutoconfigFetch)
#include "tst_autoconfig_fetch.moc"
