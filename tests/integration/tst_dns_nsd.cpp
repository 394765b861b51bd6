// The domain report against a real authoritative DNS server (NSD, tests/harness/dns) serving
// the fixture zones described in tests/harness/dns/README.md: each fixture's one problem is
// found, and nothing else is reported as a warning or an error.
#include "cli/cli.h"
#include "clirun.h"
#include "dns/domainreport.h"
#include "dns/wireresolver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace postino;
using namespace postino::dns;

namespace {

struct Run
{
    Findings findings;
    qint64 elapsedMs = 0;
    QString resolver;
};

Run report(Resolver* resolver, const QString& domain, const QString& mailer, const QString& returnPath = {})
{
    DomainReportOptions o;
    o.domain = domain;
    o.mailerId = mailer;
    o.returnPathHost = returnPath;
    DomainReport r(resolver, o);
    QSignalSpy done(&r, &DomainReport::finished);
    r.start();
    if (!r.isFinished() && !done.wait(20000))
        qWarning("report for %s did not finish", qPrintable(domain));
    return {r.findings(), r.elapsedMs(), resolver->description()};
}

// Ids of the findings that ask the user to do something.
QStringList problems(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.severity() == Severity::Warning || f.severity() == Severity::Error)
            out << f.id;
    }
    out.sort();
    return out;
}

QString server()
{
    return qEnvironmentVariable("POSTINO_TEST_DNS_SERVER");
}

using test::CliRun;

// postino-cli as a user on the server would run it, asking the fixture server.
CliRun cli(QStringList args)
{
    args << QStringLiteral("--nameserver") << server();
    return test::runCli(args);
}

} // namespace

class TestDnsNsd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!server().isEmpty(), "run me through tests/harness/dns/run-with-dns.sh"); }

    void fixtures_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("returnPath");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* domain, const char* mailer, const char* rp, QStringList expected) {
            expected.sort();
            QTest::newRow(domain) << QString::fromLatin1(domain) << QString::fromLatin1(mailer)
                                  << QString::fromLatin1(rp) << expected;
        };
        row("goodsendgrid.test", "sendgrid", "em1234", {});
        row("goodsendlayer.test", "sendlayer", "", {});
        row("toomanylookups.test", "sendgrid", "em1234",
            {QStringLiteral("spf.too_many_lookups"), QStringLiteral("spf.mailer_would_fail")});
        row("twospf.test", "sendgrid", "em1234", {QStringLiteral("spf.multiple")});
        row("badspf.test", "sendgrid", "em1234", {QStringLiteral("spf.syntax")});
        row("spftype99.test", "sendgrid", "em1234", {QStringLiteral("spf.type99")});
        row("revokeddkim.test", "sendlayer", "", {QStringLiteral("dkim.revoked")});
        row("dmarcnoauth.test", "sendgrid", "em1234",
            {QStringLiteral("dmarc.policy_none"), QStringLiteral("dmarc.report_unauthorized")});
        row("dmarcauth.test", "sendgrid", "em1234", {});
        row("nonexistent.test", "sendgrid", "em1234", {QStringLiteral("spf.domain_missing")});
        row("hugetxt.test", "sendgrid", "em1234", {}); // 4 KB of TXT: truncated over UDP, read over TCP
        row("cnameloop.test", "sendgrid", "em1234", {QStringLiteral("dkim.cname_loop")});
        row("nonascii.test", "sendgrid", "em1234", {});
        row("nullmx.test", "sendgrid", "em1234",
            {QStringLiteral("mx.null"), QStringLiteral("dmarc.report_no_mx")});
        row("mxnoaddr.test", "sendgrid", "em1234", {QStringLiteral("mx.host_without_address")});
    }

    void fixtures()
    {
        QFETCH(QString, domain);
        QFETCH(QString, mailer);
        QFETCH(QString, returnPath);
        QFETCH(QStringList, expected);
        // The system resolver: inside the harness, resolv.conf names NSD.
        std::unique_ptr<Resolver> resolver(createSystemResolver());
        const Run r = report(resolver.get(), domain, mailer, returnPath);
        QVERIFY2(problems(r.findings) == expected, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.elapsedMs < 3000);
    }

    void revokedKeyBreaksAlignmentOnlyWhereNothingElseHelps()
    {
        std::unique_ptr<Resolver> resolver(createSystemResolver());
        // With its bounce domain named, SendLayer's SPF lines up even without DKIM.
        const Run r = report(resolver.get(), QStringLiteral("revokeddkim.test"), QStringLiteral("sendlayer"));
        QVERIFY(findById(r.findings, QStringLiteral("alignment.spf")));
        QVERIFY(!findById(r.findings, QStringLiteral("alignment.dkim")));
    }

    void mailerAddressesAreEvaluated()
    {
        std::unique_ptr<Resolver> resolver(createSystemResolver());
        const Run good =
            report(resolver.get(), QStringLiteral("goodsendgrid.test"), QStringLiteral("sendgrid"));
        const Finding* pass = findById(good.findings, QStringLiteral("spf.mailer_would_pass"));
        QVERIFY(pass);
        QVERIFY(pass->detail.contains(QStringLiteral("167.89.")));
        const Run over =
            report(resolver.get(), QStringLiteral("toomanylookups.test"), QStringLiteral("sendgrid"));
        const Finding* fail = findById(over.findings, QStringLiteral("spf.mailer_would_fail"));
        QVERIFY(fail);
        QVERIFY(fail->detail.contains(QStringLiteral("permerror")));
    }

    void serverFailureIsNotAMissingRecord()
    {
        std::unique_ptr<Resolver> resolver(createSystemResolver());
        const Run r = report(resolver.get(), QStringLiteral("servfail.test"), QStringLiteral("sendgrid"));
        QVERIFY(findById(r.findings, QStringLiteral("spf.lookup_failed")));
        QVERIFY(findById(r.findings, QStringLiteral("dkim.dns_error")));
        QVERIFY(findById(r.findings, QStringLiteral("dmarc.dns_error")));
        QVERIFY(!findById(r.findings, QStringLiteral("spf.missing")));
        QVERIFY(!findById(r.findings, QStringLiteral("dmarc.not_found")));
        QVERIFY(!findById(r.findings, QStringLiteral("alignment.none")));
    }

    // The dns command prints the same report, with the record to publish, and exits 1 on errors.
    void cliDnsCommand()
    {
        CliRun r = cli({QStringLiteral("dns"), QStringLiteral("badspf.test"), QStringLiteral("--mailer"),
                        QStringLiteral("sendgrid"), QStringLiteral("--return-path"), QStringLiteral("em1234"),
                        QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.ids().contains(QStringLiteral("spf.syntax")), qPrintable(r.out));
        for (const QJsonValue& v : r.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("id")).toString() == QLatin1String("spf.syntax")) {
                QVERIFY(f.value(QStringLiteral("seen")).toString().contains(QLatin1String("192.0.2.256")));
            }
        }
        r = cli({QStringLiteral("dns"), QStringLiteral("goodsendgrid.test"), QStringLiteral("--mailer"),
                 QStringLiteral("sendgrid"), QStringLiteral("--dkim-selector"), QStringLiteral("s1"),
                 QStringLiteral("--return-path"), QStringLiteral("em1234")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        QVERIFY(r.out.startsWith(QLatin1String("DNS report for goodsendgrid.test")));
    }

    // The verdict per mailbox provider comes with the report: a domain set up for SendGrid meets Gmail's,
    // Yahoo's and Outlook.com's authentication rules, and what Postino cannot see stays "cannot tell".
    void cliDnsGivesTheVerdictPerProvider()
    {
        CliRun r = cli({QStringLiteral("dns"), QStringLiteral("goodsendgrid.test"),
                        QStringLiteral("--mailer"), QStringLiteral("sendgrid"),
                        QStringLiteral("--return-path"), QStringLiteral("em1234"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out));
        const QJsonArray acceptance = r.json().value(QStringLiteral("acceptance")).toArray();
        QCOMPARE(acceptance.size(), 6);
        QHash<QString, QString> states; // "gmail/bulk/dmarc_aligned" -> state
        QHash<QString, QStringList> evidence;
        for (const QJsonValue& a : acceptance) {
            const QJsonObject o = a.toObject();
            for (const QJsonValue& req : o.value(QStringLiteral("requirements")).toArray()) {
                const QString key = o.value(QStringLiteral("provider")).toString() + QLatin1Char('/') +
                                    o.value(QStringLiteral("audience")).toString() + QLatin1Char('/') +
                                    req.toObject().value(QStringLiteral("id")).toString();
                states.insert(key, req.toObject().value(QStringLiteral("state")).toString());
                for (const QJsonValue& e : req.toObject().value(QStringLiteral("evidence")).toArray())
                    evidence[key] << e.toString();
            }
        }
        QCOMPARE(states.value(QStringLiteral("gmail/all/spf_or_dkim")), QStringLiteral("met"));
        QCOMPARE(states.value(QStringLiteral("gmail/bulk/spf_and_dkim")), QStringLiteral("met"));
        QCOMPARE(states.value(QStringLiteral("outlook/bulk/dmarc_record")), QStringLiteral("met"));
        QCOMPARE(states.value(QStringLiteral("yahoo/bulk/dmarc_aligned")), QStringLiteral("met"));
        QVERIFY(evidence.value(QStringLiteral("yahoo/bulk/dmarc_aligned"))
                    .join(QString())
                    .contains(QLatin1String("DKIM lines up")));
        QCOMPARE(states.value(QStringLiteral("gmail/all/tls")), QStringLiteral("met"));
        // No test message yet, and SendGrid's own servers send: said, never claimed.
        QCOMPARE(states.value(QStringLiteral("gmail/all/message_format")), QStringLiteral("cannotTell"));
        QCOMPARE(states.value(QStringLiteral("gmail/all/reverse_dns")), QStringLiteral("cannotTell"));
        QVERIFY(evidence.value(QStringLiteral("gmail/all/reverse_dns"))
                    .join(QString())
                    .contains(QLatin1String("mailer's own servers")));

        // Without DMARC, bulk sending fails at Outlook.com with the record named.
        r = cli({QStringLiteral("dns"), QStringLiteral("badspf.test"), QStringLiteral("--mailer"),
                 QStringLiteral("sendgrid"), QStringLiteral("--return-path"), QStringLiteral("em1234")});
        QVERIFY2(r.out.contains(QLatin1String("Will the big mailbox providers accept it?")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Outlook.com: ")), qPrintable(r.out));
    }

    // Non-ASCII in a domain-spec is a syntax error however the bytes arrive: the report names it,
    // and check_host() ends in permerror.
    void nonAsciiDomainSpecIsASyntaxError()
    {
        std::unique_ptr<Resolver> resolver(createSystemResolver());
        const Run r = report(resolver.get(), QStringLiteral("spf-utf8.nonascii.test"),
                             QStringLiteral("sendgrid"), QStringLiteral("em1234"));
        QVERIFY2(problems(r.findings).contains(QStringLiteral("spf.syntax")),
                 qPrintable(formatFindingsText(r.findings)));
        const CliRun spf = cli({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                                QStringLiteral("--sender"), QStringLiteral("a@spf-utf8.nonascii.test")});
        QCOMPARE(spf.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("permerror"));
    }

    // The spf command prints RFC 7208's result word first, as spfquery does, for scripts.
    void cliSpfCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("code");
        const QString ip = QStringLiteral("--ip");
        const QString sender = QStringLiteral("--sender");
        // goodsendgrid.test: "v=spf1 include:sendgrid.net ~all"; sendgrid.net lists 167.89.0.0/17.
        QTest::newRow("pass through the include") << QStringList{ip, QStringLiteral("167.89.10.20"), sender,
                                                                 QStringLiteral("news@goodsendgrid.test")}
                                                  << QStringLiteral("pass") << 0;
        QTest::newRow("softfail elsewhere")
            << QStringList{ip, QStringLiteral("192.0.2.99"), sender, QStringLiteral("news@goodsendgrid.test")}
            << QStringLiteral("softfail") << 0;
        // goodsendlayer.test: "v=spf1 mx -all".
        QTest::newRow("fail") << QStringList{ip, QStringLiteral("192.0.2.99"), sender,
                                             QStringLiteral("news@goodsendlayer.test")}
                              << QStringLiteral("fail") << 1;
        QTest::newRow("permerror") << QStringList{ip, QStringLiteral("192.0.2.99"), sender,
                                                  QStringLiteral("news@badspf.test")}
                                   << QStringLiteral("permerror") << 1;
        QTest::newRow("helo only, no such domain")
            << QStringList{ip, QStringLiteral("192.0.2.99"), QStringLiteral("--helo"),
                           QStringLiteral("mail.nonexistent.test")}
            << QStringLiteral("none") << 0;
    }

    void cliSpfCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, result);
        QFETCH(int, code);
        CliRun r = cli(QStringList{QStringLiteral("spf")} + args);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), result);
        r = cli(QStringList{QStringLiteral("spf"), QStringLiteral("--json")} + args);
        QCOMPARE(r.json().value(QStringLiteral("result")).toString(), result);
        QCOMPARE(r.ids(), QStringList{QStringLiteral("spf.result.") + result});
    }

    // RFC 7208 cases in spfcases.test, decided by postino-cli spf and by pyspf (the reference
    // the harness's selftest uses) on the same zone through the same server: a sender without a
    // local part is postmaster (4.3); answers without data are void lookups (4.6.4), for the
    // AAAA queries of a: and of every MX host when the client is IPv6.
    void spfAgreesWithPyspf_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("voidLookups");
        const auto row = [](const char* name, const char* ip, const char* sender, const char* result,
                            int voids) {
            QTest::newRow(name) << QString::fromLatin1(ip) << QString::fromLatin1(sender)
                                << QString::fromLatin1(result) << voids;
        };
        row("domain only is postmaster", "192.0.2.99", "spfcases.test", "pass", 0);
        row("empty local part is postmaster", "192.0.2.99", "@spfcases.test", "pass", 0);
        row("another local part", "192.0.2.99", "bob@spfcases.test", "fail", 1);
        row("IPv6: no AAAA for a: and both MX hosts", "2001:db8:5::1", "x@v6void.spfcases.test", "permerror",
            3);
        row("IPv4: the second MX host", "192.0.2.32", "x@v6void.spfcases.test", "pass", 0);
        row("IPv4: nothing matches", "192.0.2.99", "x@v6void.spfcases.test", "fail", 0);
        row("IPv6: every MX host looked up", "2001:db8:5::6", "x@mxorder.spfcases.test", "permerror", 3);
        row("IPv6: two void lookups are allowed", "2001:db8:5::1", "x@v6two.spfcases.test", "pass", 2);
    }

    void spfAgreesWithPyspf()
    {
        QFETCH(QString, ip);
        QFETCH(QString, sender);
        QFETCH(QString, result);
        QFETCH(int, voidLookups);
        const CliRun r =
            cli({QStringLiteral("spf"), QStringLiteral("--ip"), ip, QStringLiteral("--sender"), sender,
                 QStringLiteral("--helo"), QStringLiteral("mail.example.test"), QStringLiteral("--json")});
        const QJsonObject json = r.json();
        QVERIFY2(json.value(QStringLiteral("result")).toString() == result, qPrintable(r.out));
        QCOMPARE(json.value(QStringLiteral("voidLookups")).toInt(), voidLookups);
        if (sender.count(QLatin1Char('@')) == 0 || sender.startsWith(QLatin1Char('@'))) {
            QVERIFY2(r.out.contains(QLatin1String("postmaster@spfcases.test")), qPrintable(r.out));
        }

        QProcess pyspf;
        pyspf.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sys, spf; print(spf.check2(i=sys.argv[1], s=sys.argv[2], "
                                    "h='mail.example.test')[0])"),
                     ip, sender});
        QVERIFY(pyspf.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(pyspf.readAllStandardOutput()).trimmed(), result);
    }

    void chosenServerAndOwnNameServers()
    {
        WireResolver chosen({*parseNameServer(server())});
        QVERIFY(problems(report(&chosen, QStringLiteral("goodsendgrid.test"), QStringLiteral("sendgrid"),
                                QStringLiteral("em1234"))
                             .findings)
                    .isEmpty());
        // "Ask the domain's own name servers": NS, then its address, then ask it directly.
        std::unique_ptr<Resolver> system(createSystemResolver());
        AuthoritativeResolver own(QStringLiteral("goodsendlayer.test"), system.get());
        const Run r = report(&own, QStringLiteral("goodsendlayer.test"), QStringLiteral("sendlayer"));
        QVERIFY2(problems(r.findings).isEmpty(), qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(own.servers(), QStringList{QStringLiteral("ns1.fixtures.test (127.0.0.1)")});
        QVERIFY(r.resolver.contains(QStringLiteral("ns1.fixtures.test")));
    }

    void chosenServerIsAskedDirectlyEvenWithAProxyConfigured()
    {
        // A desktop with a SOCKS proxy configured: DNS queries to the chosen server must not go
        // through it (or ask for it: the system lookup blocks the event loop for each query).
        struct DeadSocksProxy : QNetworkProxyFactory
        {
            int asked = 0;
            QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery&) override
            {
                ++asked;
                return {QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), 1)};
            }
        };
        auto* proxy = new DeadSocksProxy; // owned by Qt from here on
        QNetworkProxyFactory::setApplicationProxyFactory(proxy);
        const auto restore = qScopeGuard([] { QNetworkProxyFactory::setApplicationProxyFactory(nullptr); });
        WireResolver chosen({*parseNameServer(server())});
        const Run r = report(&chosen, QStringLiteral("goodsendgrid.test"), QStringLiteral("sendgrid"),
                             QStringLiteral("em1234"));
        QVERIFY2(problems(r.findings).isEmpty(), qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(proxy->asked, 0);
    }

    void qtResolverReadsTheFixturesToo()
    {
        // Where there is no resolv.conf (Windows), QDnsLookup is used: same verdicts.
        QtResolver qt;
        const Run r = report(&qt, QStringLiteral("goodsendgrid.test"), QStringLiteral("sendgrid"),
                             QStringLiteral("em1234"));
        QVERIFY2(problems(r.findings).isEmpty(), qPrintable(formatFindingsText(r.findings)));
        QVERIFY(findById(r.findings, QStringLiteral("dkim.valid")));
    }

    void serversThatNeverAnswer_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("silent") << qEnvironmentVariable("POSTINO_TEST_DNS_SILENT_SERVER");
        QTest::newRow("blackhole") << qEnvironmentVariable("POSTINO_TEST_DNS_BLACKHOLE_SERVER");
    }

    void serversThatNeverAnswer()
    {
        QFETCH(QString, address);
        QVERIFY(!address.isEmpty());
        WireResolver dead({*parseNameServer(address)});
        dead.setTimeout(300);
        dead.setRetries(1);
        QElapsedTimer clock;
        clock.start();
        const Run r = report(&dead, QStringLiteral("goodsendgrid.test"), QStringLiteral("sendgrid"));
        // Every query: 300 ms, once more, then "could not check" - never "missing", never a hang.
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(findById(r.findings, QStringLiteral("spf.lookup_failed")));
        QVERIFY(findById(r.findings, QStringLiteral("dkim.dns_error")));
        QVERIFY(!findById(r.findings, QStringLiteral("spf.missing")));
        if (address == qEnvironmentVariable("POSTINO_TEST_DNS_SILENT_SERVER")) {
            QFile log(qEnvironmentVariable("POSTINO_TEST_DNS_SILENT_LOG"));
            QVERIFY(log.open(QIODevice::ReadOnly));
            QVERIFY(log.readAll().count('\n') >= 2); // the query and its retry arrived
        }
    }
};

QTEST_GUILESS_MAIN(TestDnsNsd)
#include "tst_dns_nsd.moc"
