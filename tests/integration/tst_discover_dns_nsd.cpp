// Discovery's DNS part against a real authoritative DNS server (NSD, tests/harness/dns) serving the
// fixture zones of tests/harness/dns/README.md ("Discovery" section): mailbox providers from MX
// names, sending services from SPF / DKIM / return paths, SRV submission servers (a "." target among
// them), websites' hosts from reverse zones, and the bad inputs. The same through QDnsLookup and the
// domain's own name servers. Its cost at 50 ms per answer is scripts/bench-discover.sh's to measure.
#include "discovery/dnsdiscovery.h"
#include "dns/wireresolver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace postino;
using namespace postino::discovery;
using namespace postino::dns;

namespace {

QString server()
{
    return qEnvironmentVariable("POSTINO_TEST_DNS_SERVER");
}

DnsDiscoveryResult discover(Resolver* resolver, const QString& domain, const QString& site = {})
{
    DnsDiscovery job(resolver);
    QSignalSpy done(&job, &DnsDiscovery::finished);
    job.start({domain, site, std::chrono::milliseconds(15000)});
    if (!done.wait(20000))
        qWarning("discovery of %s did not finish", qPrintable(domain));
    return job.result();
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    out.sort();
    return out;
}

QStringList problems(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.isProblem())
            out << f.id;
    }
    out.sort();
    return out;
}

QStringList services(const DnsDiscoveryResult& d)
{
    QStringList out;
    for (const SendingService& s : d.sendingServices)
        out << s.mailerId;
    return out;
}

QStringList evidence(const DnsDiscoveryResult& d)
{
    QStringList out;
    for (const SendingService& s : d.sendingServices) {
        for (const QString& line : s.evidence)
            out << s.mailerId + QStringLiteral(": ") + line;
    }
    return out;
}

QStringList candidates(const DnsDiscoveryResult& d)
{
    QStringList out;
    for (const SmtpCandidate& c : d.srv)
        out << QStringLiteral("%1:%2:%3")
                   .arg(c.host)
                   .arg(c.port)
                   .arg(c.security == SmtpSecurity::Tls ? QStringLiteral("tls") : QStringLiteral("starttls"));
    return out;
}

// Everything a user would see, in one comparable line per part.
QStringList summary(const DnsDiscoveryResult& d)
{
    return {QStringLiteral("mailbox=") + (d.mailbox
                                              ? d.mailbox->providerId + QLatin1Char('/') + d.mailbox->region
                                              : QStringLiteral("-")),
            QStringLiteral("services=") + services(d).join(QLatin1Char(',')),
            QStringLiteral("evidence=") + evidence(d).join(QStringLiteral(" | ")),
            QStringLiteral("srv=") + candidates(d).join(QLatin1Char(',')),
            QStringLiteral("hosting=") + (d.hosting ? d.hosting->hostingId : QStringLiteral("-")),
            QStringLiteral("findings=") + ids(d.findings).join(QLatin1Char(','))};
}

} // namespace

class TestDiscoverDnsNsd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!server().isEmpty(), "run me through tests/harness/dns/run-with-dns.sh"); }

    void fixtures_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("mailbox"); // provider/region, "-" for none
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("srv");
        QTest::addColumn<QString>("hosting");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QStringList>("alsoSeen"); // finding ids that must be among the notes
        const auto list = [](std::initializer_list<const char*> items) {
            QStringList out;
            for (const char* i : items)
                out << QString::fromLatin1(i);
            return out;
        };
        QTest::newRow("google workspace, brevo, aws")
            << "discgoogle.test"
            << "https://www.discgoogle.test/shop"
            << "gmail/" << list({"sendinblue", "gmail"}) << list({"smtp.gmail.com:465:tls"}) << "aws-ec2"
            << list({}) << list({"discover.srv.null_target", "discover.site.hosting"});
        QTest::newRow("godaddy site")
            << "discgoogle.test"
            << "shop.discgoogle.test"
            << "gmail/" << list({"sendinblue", "gmail"}) << list({"smtp.gmail.com:465:tls"}) << "godaddy"
            << list({"discover.site.hosting"}) << list({});
        QTest::newRow("unknown host")
            << "discgoogle.test"
            << "plain.discgoogle.test"
            << "gmail/" << list({"sendinblue", "gmail"}) << list({"smtp.gmail.com:465:tls"}) << "" << list({})
            << list({"discover.site.host_unknown"});
        QTest::newRow("no reverse name")
            << "discgoogle.test"
            << "noptr.discgoogle.test"
            << "gmail/" << list({"sendinblue", "gmail"}) << list({"smtp.gmail.com:465:tls"}) << "" << list({})
            << list({"discover.site.no_ptr"});
        QTest::newRow("microsoft 365, sendgrid, linode")
            << "discoutlook.test"
            << "www.discoutlook.test"
            << "outlook/" << list({"outlook", "sendgrid"}) << list({"smtp.office365.com:587:starttls"})
            << "linode" << list({"discover.site.hosting"}) << list({"discover.srv.found"});
        QTest::newRow("zoho eu, mailgun, postmark, hetzner over ipv6")
            << "disczoho.test"
            << "www.disczoho.test"
            << "zoho/eu" << list({"mailgun", "postmark", "zoho"})
            << list({"smtppro.zoho.eu:465:tls", "smtppro.zoho.eu:587:starttls"}) << "hetzner"
            << list({"discover.site.hosting"}) << list({});
        QTest::newRow("no mx, srv '.', site cname loop")
            << "discnomx.test"
            << "www.discnomx.test"
            << "-" << list({}) << list({}) << "" << list({"discover.mx.none", "discover.site.cname_loop"})
            << list({"discover.srv.null_target", "discover.sending.none"});
        QTest::newRow("site does not resolve")
            << "discnomx.test"
            << "nosite.discnomx.test"
            << "-" << list({}) << list({}) << "" << list({"discover.mx.none", "discover.site.not_found"})
            << list({});
        QTest::newRow("null mx") << "nullmx.test"
                                 << ""
                                 << "-" << list({"sendgrid"}) << list({}) << "" << list({"discover.mx.null"})
                                 << list({"discover.srv.none"});
        QTest::newRow("domain missing")
            << "someone@nonexistent.test"
            << ""
            << "-" << list({}) << list({}) << "" << list({"discover.domain.missing"}) << list({});
        QTest::newRow("server failure: could not check")
            << "servfail.test"
            << ""
            << "-" << list({}) << list({}) << ""
            << list({"discover.mx.unchecked", "discover.sending.unchecked", "discover.srv.unchecked",
                     "discover.srv.unchecked"})
            << list({});
        QTest::newRow("dkim cname loop")
            << "cnameloop.test"
            << ""
            << "-" << list({"sendgrid"}) << list({}) << "" << list({"discover.dkim.cname_loop"})
            << list({"discover.mx.unknown"});
        QTest::newRow("sendlayer by dkim and return path")
            << "goodsendlayer.test"
            << ""
            << "-" << list({"sendlayer"}) << list({}) << "" << list({}) << list({"discover.sending.found"});
        QTest::newRow("sendgrid by spf and dkim")
            << "goodsendgrid.test"
            << ""
            << "-" << list({"sendgrid"}) << list({}) << "" << list({}) << list({"discover.sending.found"});
    }

    void fixtures()
    {
        QFETCH(QString, domain);
        QFETCH(QString, site);
        QFETCH(QString, mailbox);
        QFETCH(QStringList, services);
        QFETCH(QStringList, srv);
        QFETCH(QString, hosting);
        QFETCH(QStringList, problems);
        QFETCH(QStringList, alsoSeen);
        WireResolver resolver({*parseNameServer(server())});
        const DnsDiscoveryResult d = discover(&resolver, domain, site);
        const QString all = formatFindingsText(d.findings);
        QCOMPARE(d.mailbox ? d.mailbox->providerId + QLatin1Char('/') + d.mailbox->region
                           : QStringLiteral("-"),
                 mailbox);
        QCOMPARE(::services(d), services);
        QCOMPARE(candidates(d), srv);
        QCOMPARE(d.hosting ? d.hosting->hostingId : QString(), hosting);
        QVERIFY2(::problems(d.findings) == problems, qPrintable(all));
        for (const QString& id : alsoSeen)
            QVERIFY2(findById(d.findings, id), qPrintable(id + QStringLiteral(" missing in:\n") + all));
        for (const Finding& f : d.findings) {
            if (f.isProblem())
                QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
        }
        for (const SmtpCandidate& c : d.srv) {
            QCOMPARE(c.source, CandidateSource::Srv);
            QVERIFY(c.sourceDetail.startsWith(c.security == SmtpSecurity::Tls
                                                  ? QStringLiteral("_submissions._tcp.")
                                                  : QStringLiteral("_submission._tcp.")));
        }
    }

    void evidenceAsPublished()
    {
        WireResolver resolver({*parseNameServer(server())});
        DnsDiscoveryResult d =
            discover(&resolver, QStringLiteral("discgoogle.test"), QStringLiteral("www.discgoogle.test"));
        // The DKIM CNAMEs lead out of the served zones (REFUSED there): the CNAME is the evidence.
        QCOMPARE(evidence(d), (QStringList{QStringLiteral("sendinblue: SPF includes spf.brevo.com"),
                                           QStringLiteral("sendinblue: DKIM brevo1._domainkey → "
                                                          "b1.discgoogle-test.dkim.brevo.com"),
                                           QStringLiteral("sendinblue: DKIM brevo2._domainkey → "
                                                          "b2.discgoogle-test.dkim.brevo.com"),
                                           QStringLiteral("gmail: SPF includes _spf.google.com"),
                                           QStringLiteral("gmail: DKIM key at google._domainkey")}));
        QCOMPARE(d.mailbox->evidence, QStringLiteral("MX aspmx.l.google.com"));
        QCOMPARE(d.hosting->evidence,
                 QStringLiteral("203.0.113.7 is ec2-203-0-113-7.compute-1.amazonaws.com"));
        QCOMPARE(d.siteAddresses, QList<QHostAddress>{QHostAddress(QStringLiteral("203.0.113.7"))});
        QCOMPARE(d.srv.constFirst().sourceDetail, QStringLiteral("_submissions._tcp.discgoogle.test"));

        d = discover(&resolver, QStringLiteral("disczoho.test"), QStringLiteral("www.disczoho.test"));
        QCOMPARE(evidence(d),
                 (QStringList{QStringLiteral("mailgun: SPF includes mailgun.org"),
                              QStringLiteral("mailgun: DKIM key at pdk1._domainkey"),
                              QStringLiteral("postmark: Return path pm-bounces.disczoho.test → pm.mtasv.net"),
                              QStringLiteral("zoho: SPF includes zoho.eu")}));
        QCOMPARE(d.siteAddresses, QList<QHostAddress>{QHostAddress(QStringLiteral("2001:db8:d15::7"))});
        QCOMPARE(d.hosting->evidence,
                 QStringLiteral("2001:db8:d15::7 is static.7.d15.clients.your-server.de"));
    }

    void qtResolverAndTheDomainsOwnServersFindTheSame_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("site");
        QTest::newRow("google") << "discgoogle.test"
                                << "www.discgoogle.test";
        QTest::newRow("outlook") << "discoutlook.test"
                                 << "www.discoutlook.test";
        QTest::newRow("zoho") << "disczoho.test"
                              << "www.disczoho.test";
        QTest::newRow("no mx") << "discnomx.test"
                               << "www.discnomx.test";
    }

    void qtResolverAndTheDomainsOwnServersFindTheSame()
    {
        QFETCH(QString, domain);
        QFETCH(QString, site);
        WireResolver wire({*parseNameServer(server())});
        const QStringList expected = summary(discover(&wire, domain, site));
        // QDnsLookup, where there is no resolv.conf to read (Windows, Android): SRV and PTR included.
        QtResolver qt;
        QCOMPARE(summary(discover(&qt, domain, site)), expected);
        // "Ask the domain's own name servers": NS, then their address, then everything.
        WireResolver fallback({*parseNameServer(server())});
        AuthoritativeResolver own(domain, &fallback);
        QCOMPARE(summary(discover(&own, domain, site)), expected);
    }

    void serverThatNeverAnswers()
    {
        WireResolver dead({*parseNameServer(qEnvironmentVariable("POSTINO_TEST_DNS_SILENT_SERVER"))});
        dead.setTimeout(300);
        dead.setRetries(1);
        QElapsedTimer clock;
        clock.start();
        const DnsDiscoveryResult d =
            discover(&dead, QStringLiteral("discgoogle.test"), QStringLiteral("www.discgoogle.test"));
        // Every query at once: 2 x 300 ms in all, not per query; then "could not check" everywhere.
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(problems(d.findings), (QStringList{QStringLiteral("discover.mx.unchecked"),
                                                    QStringLiteral("discover.sending.unchecked"),
                                                    QStringLiteral("discover.site.unchecked"),
                                                    QStringLiteral("discover.srv.unchecked"),
                                                    QStringLiteral("discover.srv.unchecked")}));
        for (const Finding& f : d.findings)
            QVERIFY2(!f.id.endsWith(QLatin1String(".none")) && !f.id.endsWith(QLatin1String(".not_found")),
                     qPrintable(f.id));
    }
};

QTEST_GUILESS_MAIN(TestDiscoverDnsNsd)
#include "tst_discover_dns_nsd.moc"
