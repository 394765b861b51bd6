// MTA-STS, TLS-RPT and BIMI of a From domain as a user's machine sees them: the real NSD serves the
// fixture zones of tests/integration/policy-zones (through run-with-dns.sh, POSTINO_DNS_EXTRA_ZONES),
// names are resolved through the system's resolver, and this test serves the policy files and the
// logos over HTTPS on 127.0.0.1 with a certificate from a throwaway CA for the fixtures' names (but
// not mta-sts.stswrongcert.test). Nothing leaves the namespace's loopback.

// Test tables are easier to read with plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "acceptance/domainpolicies.h"
#include "dns/wireresolver.h"
#include "httpsserver.h"
#include "testca.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace postino;
using namespace postino::acceptance;
using postino::test::HttpRequest;
using postino::test::HttpResponse;
using postino::test::HttpsServer;
using postino::test::Identity;
using postino::test::TestCertificates;

namespace {

const QByteArray kPolicyPath = "/.well-known/mta-sts.txt";

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out << f.id;
    }
    return out;
}

// The findings a site owner has to act on.
QStringList problems(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.isProblem()) {
            out << f.id;
        }
    }
    return out;
}

const Finding* byId(const Findings& findings, const char* id)
{
    return findById(findings, QLatin1String(id));
}

QByteArray hostOf(const HttpRequest& request)
{
    return request.header("Host").split(':').first().toLower();
}

HttpResponse text(const QByteArray& body, const QByteArray& type = "text/plain")
{
    HttpResponse r;
    r.headers = {{"Content-Type", type}};
    r.body = body;
    return r;
}

const QByteArray kLogo = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny-ps\" "
                         "viewBox=\"0 0 100 100\"><title>Stsgood</title><rect width=\"100\" height=\"100\" "
                         "fill=\"#1a73e8\"/></svg>\n";

} // namespace

class TestPoliciesNsd : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    std::unique_ptr<HttpsServer> m_server;

    DomainPolicies check(const QString& domain, dns::Resolver* resolver = nullptr, int timeoutMs = 5000)
    {
        std::unique_ptr<dns::Resolver> system;
        if (!resolver) {
            system.reset(dns::createSystemResolver());
            resolver = system.get();
        }
        DomainPoliciesCheck job(resolver);
        QSignalSpy done(&job, &DomainPoliciesCheck::finished);
        DomainPoliciesOptions options;
        options.httpsPort = quint16(m_server->baseUrl().port());
        options.extraCa = m_certs.ca;
        options.timeoutMs = timeoutMs;
        job.start(domain, options);
        if (!done.wait(15000)) {
            qWarning("the check of %s did not finish", qPrintable(domain));
            return {};
        }
        QTest::qWait(20); // a second `finished` would come now
        if (done.size() != 1) {
            qWarning("finished %d times", int(done.size()));
            return {};
        }
        const DomainPolicies result = done.first().first().value<DomainPolicies>();
        for (const Finding& f : result.findings) {
            if (f.isProblem() && !f.advice.isComplete()) {
                qWarning("finding %s lacks advice", qPrintable(f.id));
                return {};
            }
        }
        return result;
    }

    int requestsTo(const QByteArray& host) const
    {
        int n = 0;
        for (const HttpRequest& r : m_server->requests()) {
            n += hostOf(r) == host ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("POSTINO_TEST_DNS_SERVER"), "run me through run-with-dns.sh");
        for (const char* name :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
            qunsetenv(name);
        }
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
        Identity identity; // every name the fixtures serve, except mta-sts.stswrongcert.test
        QStringList names;
        for (const char* d : {"stsgood", "ststesting", "stsnomatch", "stsredirect", "stshuge", "stsbinary",
                              "stshtml", "stsnoweb", "stsslow", "stsbadid"}) {
            names << QStringLiteral("mta-sts.%1.test").arg(QLatin1String(d));
        }
        names << "brand.stsgood.test"
              << "brand.bimi404.test"
              << "brand.bimihttp.test"
              << "brand.bimibadlogo.test";
        QVERIFY(m_certs.issueFor(names, &identity));
        m_server = std::make_unique<HttpsServer>(identity.certificate, identity.key);
        QVERIFY(m_server->start() != 0);
        m_server->setHandler([](const HttpRequest& request) {
            const QByteArray host = hostOf(request);
            if (request.path == kPolicyPath) {
                if (host == "mta-sts.stsgood.test") {
                    return text("version: STSv1\r\nmode: enforce\r\nmx: mx1.stsgood.test\r\n"
                                "mx: *.backup.stsgood.test\r\nmax_age: 604800\r\n");
                }
                if (host == "mta-sts.ststesting.test") {
                    return text("version: STSv1\nmode: testing\nmx: mx.ststesting.test\nmax_age: 86400\n",
                                "text/plain; charset=utf-8");
                }
                if (host == "mta-sts.stsnomatch.test") {
                    return text("version: STSv1\nmode: enforce\nmx: *.stsnomatch.test\nmax_age: 86400\n");
                }
                if (host == "mta-sts.stswrongcert.test") { // never reached: the handshake fails first
                    return text("version: STSv1\nmode: enforce\nmx: mx.stswrongcert.test\nmax_age: 86400\n");
                }
                if (host == "mta-sts.stsredirect.test") {
                    HttpResponse r;
                    r.status = 301;
                    r.headers = {{"Location", "https://www.stsredirect.test/mta-sts.txt"}};
                    return r;
                }
                if (host == "mta-sts.stshuge.test") {
                    HttpResponse r = text("mx: mx.stshuge.test\n");
                    r.behaviour = HttpResponse::Behaviour::Huge;
                    r.hugeBytes = 1024 * 1024;
                    return r;
                }
                if (host == "mta-sts.stsbinary.test") {
                    return text(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06", 24));
                }
                if (host == "mta-sts.stsbadid.test") {
                    return text("version: STSv1\nmode: enforce\nmx: mail.elsewhere.test\nmax_age: 86400\n");
                }
                if (host == "mta-sts.stsslow.test") {
                    HttpResponse r;
                    r.behaviour = HttpResponse::Behaviour::NeverRespond;
                    return r;
                }
                if (host == "mta-sts.stshtml.test") {
                    return text(
                        "<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body>It works!</body>"
                        "</html>\n",
                        "text/html; charset=utf-8");
                }
            }
            if (host == "brand.stsgood.test" && request.path == "/logo.svg") {
                return text(kLogo, "image/svg+xml");
            }
            if (host == "brand.bimibadlogo.test" && request.path == "/logo.png") {
                return text(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image/png");
            }
            return HttpResponse::html(404, "<html><body>Not Found</body></html>");
        });
    }

    // Everything right: nothing to fix, and the result says what is on.
    void goodDomain()
    {
        const DomainPolicies r = check("stsgood.test");
        QCOMPARE(ids(r.findings), (QStringList{"mtasts.ok", "tlsrpt.ok", "bimi.ok"}));
        QCOMPARE(r.findings.at(0).severity(), Severity::Ok);
        QVERIFY(r.findings.at(0).detail.contains("mx1.stsgood.test, mx.backup.stsgood.test"));
        QCOMPARE(r.mtaStsMode, QStringLiteral("enforce"));
        QCOMPARE(r.mtaStsMx, (QStringList{"mx1.stsgood.test", "*.backup.stsgood.test"}));
        QVERIFY(r.tlsRpt);
        QVERIFY(r.bimi);
        QCOMPARE(r.bimiLogoUrl, QStringLiteral("https://brand.stsgood.test/logo.svg"));
        QVERIFY(
            byId(r.findings, "bimi.ok")->detail.contains("https://brand.stsgood.test/vmc.pem")); // a= noted
        QCOMPARE(requestsTo("mta-sts.stsgood.test"), 1);
        QCOMPARE(requestsTo("brand.stsgood.test"), 1);
        for (const HttpRequest& req : m_server->requests()) {
            if (hostOf(req) == "mta-sts.stsgood.test") {
                QCOMPARE(req.path, kPolicyPath);
                QCOMPARE(req.method, QByteArray("GET"));
            }
        }
    }

    void testingMode()
    {
        const DomainPolicies r = check("ststesting.test");
        QCOMPARE(ids(r.findings), (QStringList{"mtasts.testing", "tlsrpt.absent", "bimi.absent"}));
        const Finding* f = byId(r.findings, "mtasts.testing");
        QCOMPARE(f->severity(), Severity::Info);
        QVERIFY(f->advice.isComplete()); // when to move to enforce
        QCOMPARE(r.mtaStsMode, QStringLiteral("testing"));
    }

    // "*.stsnomatch.test" covers mx1 but not mx.mail (two labels): senders in enforce mode refuse it.
    void policyNotCoveringTheMx()
    {
        const DomainPolicies r = check("stsnomatch.test");
        QCOMPARE(problems(r.findings), QStringList{"mtasts.mx_not_covered"});
        const Finding* f = byId(r.findings, "mtasts.mx_not_covered");
        QCOMPARE(f->severity(), Severity::Error);
        QVERIFY2(f->detail.contains("mx.mail.stsnomatch.test"), qPrintable(f->detail));
        QVERIFY(!f->detail.contains("mx1.stsnomatch.test"));
        QVERIFY(f->expected.contains("mx: *.stsnomatch.test\nmx: mx.mail.stsnomatch.test"));
        QVERIFY(!byId(r.findings, "mtasts.ok"));
    }

    // Senders skip the record, so the policy is not in force: its gap is a warning, not an error yet.
    void brokenRecordInFrontOfAPolicy()
    {
        const DomainPolicies r = check("stsbadid.test");
        QCOMPARE(problems(r.findings), (QStringList{"mtasts.record_invalid", "mtasts.mx_not_covered"}));
        QVERIFY(byId(r.findings, "mtasts.record_invalid")->detail.contains("2026-12-08"));
        QCOMPARE(byId(r.findings, "mtasts.mx_not_covered")->severity(), Severity::Warning);
        QVERIFY(r.mtaStsMode.isEmpty());
    }

    void policyBehindARedirect()
    {
        const DomainPolicies r = check("stsredirect.test");
        QCOMPARE(problems(r.findings), QStringList{"mtasts.policy_redirect"});
        const Finding* f = byId(r.findings, "mtasts.policy_redirect");
        QCOMPARE(f->severity(), Severity::Warning);
        QVERIFY(f->detail.contains("https://www.stsredirect.test/mta-sts.txt"));
        QVERIFY(f->detail.contains("301"));
        QCOMPARE(requestsTo("mta-sts.stsredirect.test"), 1); // not followed
        QCOMPARE(requestsTo("www.stsredirect.test"), 0);
        QVERIFY(r.mtaStsMode.isEmpty());
    }

    void hugePolicy()
    {
        const DomainPolicies r = check("stshuge.test");
        QCOMPARE(problems(r.findings), QStringList{"mtasts.policy_too_large"});
        QVERIFY(byId(r.findings, "mtasts.policy_too_large")->detail.contains("64 KiB"));
        QVERIFY(r.mtaStsMode.isEmpty());
    }

    void binaryPolicy()
    {
        const DomainPolicies r = check("stsbinary.test");
        QCOMPARE(problems(r.findings), QStringList{"mtasts.policy_not_text"});
        const Finding* f = byId(r.findings, "mtasts.policy_not_text");
        QVERIFY(f->seen.startsWith("\\x89PNG")); // shown safely, not as raw bytes
        QVERIFY(r.mtaStsMode.isEmpty());
    }

    // A web page where the policy should be: the wrong type and no policy in it.
    void htmlPage()
    {
        const DomainPolicies r = check("stshtml.test");
        QCOMPARE(problems(r.findings), (QStringList{"mtasts.policy_content_type", "mtasts.policy_invalid"}));
        QVERIFY(byId(r.findings, "mtasts.policy_content_type")->detail.contains("text/html"));
    }

    void certificateForAnotherName()
    {
        const DomainPolicies r = check("stswrongcert.test");
        QCOMPARE(problems(r.findings), QStringList{"mtasts.certificate"});
        const Finding* f = byId(r.findings, "mtasts.certificate");
        QCOMPARE(f->severity(), Severity::Warning);
        QVERIFY(f->detail.contains("mta-sts.stswrongcert.test"));
        QCOMPARE(requestsTo("mta-sts.stswrongcert.test"), 0); // nothing was sent over it
        QVERIFY(r.mtaStsMode.isEmpty());
    }

    // A policy server that never answers: "could not check" once the time is up, not "unreachable".
    void policyServerNeverAnswers()
    {
        const DomainPolicies r = check("stsslow.test", nullptr, 1500);
        QCOMPARE(ids(r.findings).first(), QStringLiteral("policies.could_not_check"));
        QCOMPARE(r.findings.first().subject,
                 QStringLiteral("https://mta-sts.stsslow.test/.well-known/mta-sts.txt"));
        QVERIFY(problems(r.findings).isEmpty());
        QCOMPARE(requestsTo("mta-sts.stsslow.test"), 1);
    }

    void recordButNoWebServer()
    {
        const DomainPolicies r = check("stsnoweb.test");
        QCOMPARE(problems(r.findings), QStringList{"mtasts.policy_unreachable"});
        QVERIFY(byId(r.findings, "mtasts.policy_unreachable")->detail.contains("mta-sts.stsnoweb.test"));
    }

    // Nothing published: notes with the exact records, not problems.
    void noRecordsAtAll()
    {
        const DomainPolicies r = check("nopolicies.test");
        QCOMPARE(ids(r.findings), (QStringList{"mtasts.absent", "tlsrpt.absent", "bimi.absent"}));
        QVERIFY(problems(r.findings).isEmpty());
        const Finding* sts = byId(r.findings, "mtasts.absent");
        QVERIFY(sts->fix.startsWith("_mta-sts.nopolicies.test TXT \"v=STSv1; id="));
        QVERIFY(sts->advice.steps.join('\n').contains("mx: mx.nopolicies.test"));
        QVERIFY(
            sts->advice.steps.join('\n').contains("https://mta-sts.nopolicies.test/.well-known/mta-sts.txt"));
        QCOMPARE(byId(r.findings, "tlsrpt.absent")->fix,
                 "_smtp._tls.nopolicies.test TXT \"v=TLSRPTv1; rua=mailto:tls-reports@nopolicies.test\"");
        QCOMPARE(
            byId(r.findings, "bimi.absent")->fix,
            "default._bimi.nopolicies.test TXT \"v=BIMI1; l=https://nopolicies.test/bimi/logo.svg; a=\"");
        QCOMPARE(requestsTo("mta-sts.nopolicies.test"), 0);
    }

    void tlsRptInvalid()
    {
        const DomainPolicies r = check("tlsrptbad.test");
        QCOMPARE(problems(r.findings), QStringList{"tlsrpt.invalid"});
        const Finding* f = byId(r.findings, "tlsrpt.invalid");
        QVERIFY(f->detail.contains("ftp://reports.tlsrptbad.test/tls"));
        QCOMPARE(f->seen,
                 "_smtp._tls.tlsrptbad.test TXT \"v=TLSRPTv1; rua=ftp://reports.tlsrptbad.test/tls\"");
        QVERIFY(!r.tlsRpt);
    }

    void bimiHttpLogo()
    {
        const DomainPolicies r = check("bimihttp.test");
        QCOMPARE(problems(r.findings), QStringList{"bimi.logo_not_https"});
        QCOMPARE(byId(r.findings, "bimi.logo_not_https")->fix,
                 "default._bimi.bimihttp.test TXT \"v=BIMI1; l=https://brand.bimihttp.test/logo.svg; a=\"");
        QCOMPARE(requestsTo("brand.bimihttp.test"), 0); // nothing fetched over http:// or https://
        QVERIFY(!r.bimi);
    }

    void bimiLogoNotFound()
    {
        const DomainPolicies r = check("bimi404.test");
        QCOMPARE(problems(r.findings), QStringList{"bimi.logo_unreachable"});
        QVERIFY(byId(r.findings, "bimi.logo_unreachable")->detail.contains("404"));
        QCOMPARE(requestsTo("brand.bimi404.test"), 1);
    }

    void bimiLogoNotSvg()
    {
        const DomainPolicies r = check("bimibadlogo.test");
        QCOMPARE(problems(r.findings), QStringList{"bimi.logo_invalid"});
        QVERIFY(byId(r.findings, "bimi.logo_invalid")->detail.contains("image/png"));
    }

    // SERVFAIL for every query (the harness's servfail.test): could not check, never absent.
    void serverFailure()
    {
        const DomainPolicies r = check("servfail.test");
        QCOMPARE(ids(r.findings), (QStringList{"policies.could_not_check", "policies.could_not_check",
                                               "policies.could_not_check"}));
        for (const Finding& f : r.findings) {
            QVERIFY(f.detail.contains("servfail"));
        }
    }

    // A DNS server that never answers: could not check, never absent.
    void silentServer()
    {
        const auto server = dns::parseNameServer(qEnvironmentVariable("POSTINO_TEST_DNS_SILENT_SERVER"));
        QVERIFY(server);
        dns::WireResolver silent({*server});
        silent.setTimeout(300);
        silent.setRetries(1);
        const DomainPolicies r = check("stsgood.test", &silent);
        QCOMPARE(ids(r.findings), (QStringList{"policies.could_not_check", "policies.could_not_check",
                                               "policies.could_not_check"}));
        QVERIFY(r.mtaStsMode.isEmpty());
        QVERIFY(!r.tlsRpt);
        QVERIFY(!r.bimi);
    }
};

QTEST_GUILESS_MAIN(TestPoliciesNsd)
#include "tst_policies_nsd.moc"
