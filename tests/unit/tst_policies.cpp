// MTA-STS, TLS-RPT and BIMI: the parsers (RFC 8461, RFC 8460, the BIMI draft), the mx pattern
// match, BIMI's DMARC prerequisite, and the check itself over an in-memory resolver for every
// path that needs no web server (the HTTPS paths run against NSD and a local HTTPS server in
// tests/integration/tst_policies_nsd.cpp).

// Test tables are easier to read with plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "acceptance/domainpolicies.h"
#include "acceptance/mtasts.h"
#include "dns/dmarc.h"
#include "dns/resolver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace postino;
using namespace postino::acceptance;

namespace {

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out << f.id;
    }
    return out;
}

const Finding* byId(const Findings& findings, const char* id)
{
    return findById(findings, QLatin1String(id));
}

// A DMARC result as DmarcCheck gives it for a record found at the domain itself.
dns::DmarcResult dmarcWith(const QString& domain, const QByteArray& record)
{
    dns::DmarcResult r;
    r.domain = domain;
    r.orgDomain = domain;
    if (!record.isEmpty()) {
        r.recordDomain = domain;
        r.record = record;
        r.parsed = dns::parseDmarcRecord(QString::fromLatin1(record), QStringLiteral("_dmarc.") + domain);
        r.policy = r.parsed.p;
        r.isOrgRecord = true;
    }
    return r;
}

const QString kDomain = QStringLiteral("example.test");

} // namespace

class TestPolicies : public QObject
{
    Q_OBJECT

    // Runs the check to its end; fails the test if it finishes other than exactly once.
    DomainPolicies check(dns::MemoryResolver& resolver, const QString& domain = kDomain, int timeoutMs = 5000)
    {
        DomainPoliciesCheck job(&resolver);
        QSignalSpy done(&job, &DomainPoliciesCheck::finished);
        DomainPoliciesOptions options;
        options.timeoutMs = timeoutMs;
        job.start(domain, options);
        if (!done.wait(10000)) {
            qWarning("the check did not finish");
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

private Q_SLOTS:
    // ---- _mta-sts TXT -------------------------------------------------------------------------

    void mtaStsTxt_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("isSts");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("reported"); // has errors to show

        QTest::newRow("good") << QByteArray("v=STSv1; id=20240101T000000") << true << true
                              << "20240101T000000" << false;
        QTest::newRow("no spaces, trailing ;")
            << QByteArray("v=STSv1;id=abc;") << true << true << "abc" << false;
        QTest::newRow("extension ignored")
            << QByteArray("v=STSv1; id=abc; ext=1") << true << true << "abc" << false;
        QTest::newRow("32-character id") << QByteArray("v=STSv1; id=" + QByteArray(32, 'a')) << true << true
                                         << QString(32, QLatin1Char('a')) << false;
        QTest::newRow("repeated id keeps the first")
            << QByteArray("v=STSv1; id=first; id=second") << true << true << "first" << false;
        QTest::newRow("no id") << QByteArray("v=STSv1") << true << false << "" << true;
        QTest::newRow("33-character id")
            << QByteArray("v=STSv1; id=" + QByteArray(33, 'a')) << true << false << "" << true;
        QTest::newRow("id with a hyphen")
            << QByteArray("v=STSv1; id=2024-01-01") << true << false << "" << true;
        QTest::newRow("spaces around =") << QByteArray("v=STSv1; id = abc") << true << false << "" << true;
        QTest::newRow("no ; after the version")
            << QByteArray("v=STSv1 id=abc") << true << false << "" << true;
        QTest::newRow("empty field in the middle")
            << QByteArray("v=STSv1;; id=abc") << true << false << "abc" << true;
        QTest::newRow("wrong case: skipped, but said why")
            << QByteArray("V=STSv1; id=abc") << false << false << "" << true;
        QTest::newRow("leading space") << QByteArray(" v=STSv1; id=abc") << false << false << "" << true;
        QTest::newRow("another version") << QByteArray("v=STSv10; id=abc") << false << false << "" << false;
        QTest::newRow("unrelated TXT") << QByteArray("v=spf1 -all") << false << false << "" << false;
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00v=STSv1", 9) << false << false << "" << false;
    }

    void mtaStsTxt()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, isSts);
        QFETCH(bool, valid);
        QFETCH(QString, id);
        QFETCH(bool, reported);
        const MtaStsTxt r = parseMtaStsTxt(record);
        QCOMPARE(r.isStsRecord, isSts);
        QCOMPARE(r.valid, valid);
        QCOMPARE(r.id, id);
        QCOMPARE(!r.errors.isEmpty(), reported);
        QCOMPARE(r.valid, r.isStsRecord && r.errors.isEmpty());
    }

    // ---- The policy file ----------------------------------------------------------------------

    void policyWithCrlfAndLf_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray lines[] = {"version: STSv1", "mode: enforce", "mx: mail.example.test",
                                    "mx: *.backup.example.test", "max_age: 604800"};
        QByteArray crlf, lf, mixed;
        for (int i = 0; i < 5; ++i) {
            crlf += lines[i] + "\r\n";
            lf += lines[i] + "\n";
            mixed += lines[i] + (i % 2 ? "\r\n" : "\n");
        }
        QTest::newRow("CRLF") << crlf;
        QTest::newRow("LF") << lf;
        QTest::newRow("mixed") << mixed;
        QTest::newRow("no final line end") << lf.chopped(1);
        QTest::newRow("blank lines and spaces after the colon")
            << QByteArray("version:STSv1\n\nmode:    enforce\t\nmx: mail.example.test\nmx: "
                          "*.backup.example.test\nmax_age: 604800\n\n");
        QTest::newRow("unknown field ignored") << QByteArray(lf + "comment: set up by postmaster\n");
    }

    void policyWithCrlfAndLf()
    {
        QFETCH(QByteArray, body);
        const MtaStsPolicy p = parseMtaStsPolicy(body);
        QVERIFY2(p.valid, qPrintable(p.errors.join(QLatin1Char(' '))));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join(QLatin1Char(' '))));
        QCOMPARE(p.version, QStringLiteral("STSv1"));
        QCOMPARE(p.mode, QStringLiteral("enforce"));
        QCOMPARE(p.maxAge, 604800);
        QCOMPARE(p.mx, (QStringList{"mail.example.test", "*.backup.example.test"}));
    }

    void badPolicies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("said"); // a word the error must contain
        const QByteArray mx = "mx: mail.example.test\n";
        QTest::newRow("no version") << QByteArray("mode: enforce\n" + mx + "max_age: 86400\n") << "version";
        QTest::newRow("version STSv2")
            << QByteArray("version: STSv2\nmode: enforce\n" + mx + "max_age: 86400\n") << "STSv2";
        QTest::newRow("mode in capitals")
            << QByteArray("version: STSv1\nmode: Enforce\n" + mx + "max_age: 86400\n") << "Enforce";
        QTest::newRow("mode report (old drafts)")
            << QByteArray("version: STSv1\nmode: report\n" + mx + "max_age: 86400\n") << "report";
        QTest::newRow("no mode") << QByteArray("version: STSv1\n" + mx + "max_age: 86400\n") << "mode";
        QTest::newRow("no max_age") << QByteArray("version: STSv1\nmode: enforce\n" + mx) << "max_age";
        QTest::newRow("max_age over a year")
            << QByteArray("version: STSv1\nmode: enforce\n" + mx + "max_age: 31557601\n") << "31557601";
        QTest::newRow("max_age negative")
            << QByteArray("version: STSv1\nmode: enforce\n" + mx + "max_age: -1\n") << "-1";
        QTest::newRow("max_age eleven digits")
            << QByteArray("version: STSv1\nmode: enforce\n" + mx + "max_age: 10000000000\n") << "10000000000";
        QTest::newRow("max_age not a number")
            << QByteArray("version: STSv1\nmode: enforce\n" + mx + "max_age: a week\n") << "a week";
        QTest::newRow("enforce without mx")
            << QByteArray("version: STSv1\nmode: enforce\nmax_age: 86400\n") << "enforce";
        QTest::newRow("testing without mx")
            << QByteArray("version: STSv1\nmode: testing\nmax_age: 86400\n") << "testing";
        QTest::newRow("line without a colon")
            << QByteArray("version: STSv1\nmode enforce\n" + mx + "max_age: 86400\n") << "Line 2";
        QTest::newRow("mx that is no host name")
            << QByteArray("version: STSv1\nmode: enforce\nmx: mail example\nmax_age: 86400\n")
            << "mail example";
        QTest::newRow("mx wildcard in the middle")
            << QByteArray("version: STSv1\nmode: enforce\nmx: mail.*.example.test\nmax_age: 86400\n")
            << "mail.*";
        QTest::newRow("an HTML page")
            << QByteArray("<!DOCTYPE html>\n<html><body>Welcome</body></html>\n") << "key: value";
        QTest::newRow("empty") << QByteArray() << "version";
    }

    void badPolicies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, said);
        const MtaStsPolicy p = parseMtaStsPolicy(body);
        QVERIFY(!p.valid);
        QVERIFY(!p.errors.isEmpty());
        QVERIFY2(p.errors.join(QLatin1Char(' ')).contains(said), qPrintable(p.errors.join(QLatin1Char(' '))));
    }

    void maxAgeBounds()
    {
        const auto withAge = [](const QByteArray& age) {
            return parseMtaStsPolicy("version: STSv1\nmode: none\nmax_age: " + age + "\n");
        };
        QVERIFY(withAge("0").valid);
        QCOMPARE(withAge("0").maxAge, 0);
        QVERIFY(!withAge("0").warnings.isEmpty()); // under a day: works, but worth saying
        QVERIFY(withAge("31557600").valid);
        QCOMPARE(withAge("31557600").maxAge, 31557600);
        QVERIFY(withAge("31557600").warnings.isEmpty());
        QVERIFY(!withAge("31557601").valid);
        QCOMPARE(withAge("31557601").maxAge, -1);
        QVERIFY(withAge("0000086400").valid); // ten digits
    }

    void modeNoneNeedsNoMx()
    {
        const MtaStsPolicy p = parseMtaStsPolicy("version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n");
        QVERIFY(p.valid);
        QCOMPARE(p.mode, QStringLiteral("none"));
        QVERIFY(p.mx.isEmpty());
    }

    // RFC 8461 section 3.2: a repeated field other than mx keeps its first value.
    void duplicateKeys()
    {
        const MtaStsPolicy p =
            parseMtaStsPolicy("version: STSv1\nmode: enforce\nmode: none\nmx: a.example.test\n"
                              "mx: b.example.test\nmax_age: 86400\nmax_age: 60\n");
        QVERIFY(p.valid);
        QCOMPARE(p.mode, QStringLiteral("enforce"));
        QCOMPARE(p.maxAge, 86400);
        QCOMPARE(p.mx, (QStringList{"a.example.test", "b.example.test"})); // mx repeats by design
        QCOMPARE(p.warnings.size(), 2);
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(QLatin1String("\"mode\"")));
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(QLatin1String("\"max_age\"")));
    }

    // Field names are case-sensitive: "Mode" is an unknown field, so the policy has no mode.
    void fieldNameCase()
    {
        const MtaStsPolicy p =
            parseMtaStsPolicy("version: STSv1\nMode: enforce\nmx: mail.example.test\nmax_age: 86400\n");
        QVERIFY(!p.valid);
        QVERIFY(p.mode.isEmpty());
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(QLatin1String("\"Mode\"")));
    }

    void byteOrderMark()
    {
        const MtaStsPolicy p = parseMtaStsPolicy("\xEF\xBB\xBFversion: STSv1\nmode: none\nmax_age: 86400\n");
        QVERIFY(p.valid);
        QCOMPARE(p.warnings.size(), 1);
    }

    void mxPatternsAreStoredLowerCaseWithoutTrailingDot()
    {
        const MtaStsPolicy p =
            parseMtaStsPolicy("version: STSv1\nmode: testing\nmx: MAIL.Example.TEST.\nmax_age: 86400\n");
        QVERIFY(p.valid);
        QCOMPARE(p.mx, QStringList{"mail.example.test"});
    }

    // ---- mx patterns (RFC 8461 section 4.1) ---------------------------------------------------

    void wildcardMatching_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "mail.example.com"
                               << "mail.example.com" << true;
        QTest::newRow("exact, other name") << "mail.example.com"
                                           << "mail.example.org" << false;
        QTest::newRow("one label") << "mail.example.com"
                                   << "*.example.com" << true;
        QTest::newRow("two labels") << "a.b.example.com"
                                    << "*.example.com" << false;
        QTest::newRow("the domain itself") << "example.com"
                                           << "*.example.com" << false;
        QTest::newRow("suffix without the dot") << "xexample.com"
                                                << "*.example.com" << false;
        QTest::newRow("case-insensitive") << "MAIL.Example.COM"
                                          << "*.EXAMPLE.com" << true;
        QTest::newRow("trailing dot on the host") << "mail.example.com."
                                                  << "*.example.com" << true;
        QTest::newRow("trailing dot on the pattern") << "mail.example.com"
                                                     << "mail.example.com." << true;
        QTest::newRow("pattern deeper than the host") << "mail.example.com"
                                                      << "*.mail.example.com" << false;
        QTest::newRow("wildcard only") << "mail.example.com"
                                       << "*." << false;
        QTest::newRow("bare star") << "mail.example.com"
                                   << "*" << false;
        QTest::newRow("empty host") << ""
                                    << "*.example.com" << false;
        QTest::newRow("empty pattern") << "mail.example.com"
                                       << "" << false;
    }

    void wildcardMatching()
    {
        QFETCH(QString, host);
        QFETCH(QString, pattern);
        QFETCH(bool, matches);
        QCOMPARE(mxMatchesPattern(host, pattern), matches);
    }

    // ---- TLS-RPT ------------------------------------------------------------------------------

    void tlsRpt_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("isTlsRpt");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("rua");
        QTest::newRow("mailto") << QByteArray("v=TLSRPTv1; rua=mailto:tls@example.test") << true << true
                                << QStringList{"mailto:tls@example.test"};
        QTest::newRow("https") << QByteArray("v=TLSRPTv1;rua=https://reports.example.test/v1") << true << true
                               << QStringList{"https://reports.example.test/v1"};
        QTest::newRow("both, spaces after commas")
            << QByteArray("v=TLSRPTv1; rua=mailto:a@example.test, https://r.example.test/x;") << true << true
            << QStringList{"mailto:a@example.test", "https://r.example.test/x"};
        QTest::newRow("extension ignored") << QByteArray("v=TLSRPTv1; rua=mailto:a@example.test; x-note=hi")
                                           << true << true << QStringList{"mailto:a@example.test"};
        QTest::newRow("no rua") << QByteArray("v=TLSRPTv1;") << true << false << QStringList{};
        QTest::newRow("ftp") << QByteArray("v=TLSRPTv1; rua=ftp://example.test/r") << true << false
                             << QStringList{};
        QTest::newRow("http") << QByteArray("v=TLSRPTv1; rua=http://example.test/r") << true << false
                              << QStringList{};
        QTest::newRow("mailto without @")
            << QByteArray("v=TLSRPTv1; rua=mailto:reports") << true << false << QStringList{};
        QTest::newRow("bare address")
            << QByteArray("v=TLSRPTv1; rua=tls@example.test") << true << false << QStringList{};
        QTest::newRow("comma too many") << QByteArray("v=TLSRPTv1; rua=mailto:a@example.test,") << true
                                        << false << QStringList{"mailto:a@example.test"};
        QTest::newRow("rua twice") << QByteArray(
                                          "v=TLSRPTv1; rua=mailto:a@example.test; rua=mailto:b@example.test")
                                   << true << false << QStringList{"mailto:a@example.test"};
        QTest::newRow("lower case version")
            << QByteArray("v=tlsrptv1; rua=mailto:a@example.test") << false << false << QStringList{};
        QTest::newRow("unrelated") << QByteArray("google-site-verification=abc") << false << false
                                   << QStringList{};
    }

    void tlsRpt()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, isTlsRpt);
        QFETCH(bool, valid);
        QFETCH(QStringList, rua);
        const TlsRptRecord r = parseTlsRpt(record);
        QCOMPARE(r.isTlsRpt, isTlsRpt);
        QCOMPARE(r.valid, valid);
        QCOMPARE(r.rua, rua);
        QCOMPARE(r.errors.isEmpty(), valid || record.startsWith("google"));
    }

    // ---- BIMI ---------------------------------------------------------------------------------

    void bimi_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("isBimi");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("declined");
        QTest::addColumn<bool>("notHttps");
        QTest::addColumn<QString>("logo");
        QTest::addColumn<QString>("authority");
        QTest::newRow("logo and certificate")
            << QByteArray(
                   "v=BIMI1; l=https://brand.example.test/logo.svg; a=https://brand.example.test/vmc.pem")
            << true << true << false << false << "https://brand.example.test/logo.svg"
            << "https://brand.example.test/vmc.pem";
        QTest::newRow("logo, empty a=")
            << QByteArray("v=BIMI1; l=https://brand.example.test/logo.svg; a=;") << true << true << false
            << false << "https://brand.example.test/logo.svg"
            << "";
        QTest::newRow("logo only") << QByteArray("v=BIMI1;l=https://brand.example.test/logo.svg") << true
                                   << true << false << false << "https://brand.example.test/logo.svg"
                                   << "";
        QTest::newRow("spaces around = and ;")
            << QByteArray("v = BIMI1 ; l = https://brand.example.test/logo.svg ; avp=brand") << true << true
            << false << false << "https://brand.example.test/logo.svg"
            << "";
        QTest::newRow("declined") << QByteArray("v=BIMI1; l=; a=;") << true << true << true << false << ""
                                  << "";
        QTest::newRow("http logo") << QByteArray("v=BIMI1; l=http://brand.example.test/logo.svg") << true
                                   << false << false << true << "http://brand.example.test/logo.svg"
                                   << "";
        QTest::newRow("no l=") << QByteArray("v=BIMI1; a=https://brand.example.test/vmc.pem") << true << false
                               << false << false << ""
                               << "https://brand.example.test/vmc.pem";
        QTest::newRow("list of logos")
            << QByteArray("v=BIMI1; l=https://a.example.test/1.svg,https://a.example.test/2.svg") << true
            << false << false << false << "https://a.example.test/1.svg,https://a.example.test/2.svg"
            << "";
        QTest::newRow("http certificate")
            << QByteArray("v=BIMI1; l=https://a.example.test/1.svg; a=http://a.example.test/vmc.pem") << true
            << false << false << false << "https://a.example.test/1.svg"
            << "http://a.example.test/vmc.pem";
        QTest::newRow("logo without a host")
            << QByteArray("v=BIMI1; l=/logo.svg") << true << false << false << false << "/logo.svg"
            << "";
        QTest::newRow("tag twice")
            << QByteArray("v=BIMI1; l=https://a.example.test/1.svg; l=https://a.example.test/2.svg") << true
            << false << false << false << "https://a.example.test/1.svg"
            << "";
        QTest::newRow("lower case version")
            << QByteArray("v=bimi1; l=https://a.example.test/1.svg") << false << false << false << false << ""
            << "";
        QTest::newRow("version not first")
            << QByteArray("l=https://a.example.test/1.svg; v=BIMI1") << false << false << false << false << ""
            << "";
    }

    void bimi()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, isBimi);
        QFETCH(bool, valid);
        QFETCH(bool, declined);
        QFETCH(bool, notHttps);
        QFETCH(QString, logo);
        QFETCH(QString, authority);
        const BimiRecord r = parseBimi(record);
        QCOMPARE(r.isBimi, isBimi);
        QVERIFY2(r.valid == valid, qPrintable(r.errors.join(QLatin1Char(' '))));
        QCOMPARE(r.declined, declined);
        QCOMPARE(r.logoNotHttps, notHttps);
        QCOMPARE(r.logoUrl, logo);
        QCOMPARE(r.authorityUrl, authority);
    }

    // ---- BIMI's DMARC prerequisite ------------------------------------------------------------

    void bimiDmarcPrerequisite_data()
    {
        QTest::addColumn<QByteArray>("dmarc");
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("fix"); // the DMARC record offered when not met
        QTest::newRow("reject") << QByteArray("v=DMARC1; p=reject") << true << "";
        QTest::newRow("quarantine") << QByteArray("v=DMARC1; p=quarantine; rua=mailto:d@example.test") << true
                                    << "";
        QTest::newRow("reject, pct 50 (any percentage will do)")
            << QByteArray("v=DMARC1; p=reject; pct=50") << true << "";
        QTest::newRow("reject in testing is quarantine")
            << QByteArray("v=DMARC1; p=reject; t=y") << true << "";
        QTest::newRow("quarantine for half the mail")
            << QByteArray("v=DMARC1; p=quarantine; pct=50; rua=mailto:d@example.test") << false
            << "_dmarc.example.test TXT \"v=DMARC1; p=quarantine; rua=mailto:d@example.test\"";
        QTest::newRow("quarantine in testing") << QByteArray("v=DMARC1; p=quarantine; t=y") << false
                                               << "_dmarc.example.test TXT \"v=DMARC1; p=quarantine\"";
        QTest::newRow("none")
            << QByteArray("v=DMARC1; p=none; rua=mailto:d@example.test") << false
            << "_dmarc.example.test TXT \"v=DMARC1; p=quarantine; rua=mailto:d@example.test\"";
        QTest::newRow("subdomains none") << QByteArray("v=DMARC1; p=reject; sp=none") << false
                                         << "_dmarc.example.test TXT \"v=DMARC1; p=reject; sp=quarantine\"";
        QTest::newRow("no record") << QByteArray() << false
                                   << "_dmarc.example.test TXT \"v=DMARC1; p=quarantine; "
                                      "rua=mailto:dmarc-reports@example.test\"";
    }

    void bimiDmarcPrerequisite()
    {
        QFETCH(QByteArray, dmarc);
        QFETCH(bool, met);
        QFETCH(QString, fix);
        DomainPolicies withBimi;
        withBimi.domain = kDomain;
        withBimi.bimi = true;
        withBimi.bimiLogoUrl = QStringLiteral("https://brand.example.test/logo.svg");
        DomainPolicies withoutBimi;
        withoutBimi.domain = kDomain;
        const dns::DmarcResult result = dmarcWith(kDomain, dmarc);

        const Finding a = acceptance::bimiDmarcPrerequisite(withBimi, result);
        const Finding b = acceptance::bimiDmarcPrerequisite(withoutBimi, result);
        if (met) {
            QCOMPARE(a.id, QStringLiteral("bimi.dmarc_ok"));
            QCOMPARE(a.severity(), Severity::Ok);
            QCOMPARE(b.id, QStringLiteral("bimi.dmarc_ok"));
            return;
        }
        QCOMPARE(a.id, QStringLiteral("bimi.dmarc_too_weak"));
        QCOMPARE(a.severity(), Severity::Warning); // a published logo will not show
        QVERIFY(a.advice.isComplete());
        QCOMPARE(a.fix, fix);
        QCOMPARE(b.id, QStringLiteral("bimi.dmarc_too_weak"));
        QCOMPARE(b.severity(), Severity::Info); // no BIMI yet: what to do first
        QVERIFY(b.advice.isComplete());
        QCOMPARE(b.fix, fix);
    }

    // ---- The check, over an in-memory resolver ------------------------------------------------

    // Every first-round query goes out at once: the three TXT records, the MX, and the policy
    // host's addresses (not after the _mta-sts answer).
    void firstRoundAllAtOnce()
    {
        dns::MemoryResolver resolver;
        resolver.addTxt(QStringLiteral("_mta-sts.example.test"), QByteArray("v=STSv1; id=1"));
        DomainPoliciesCheck job(&resolver);
        QSignalSpy done(&job, &DomainPoliciesCheck::finished);
        job.start(kDomain);
        QCOMPARE(resolver.queryLog(), (QStringList{"_mta-sts.example.test/TXT", "_smtp._tls.example.test/TXT",
                                                   "default._bimi.example.test/TXT", "example.test/MX",
                                                   "mta-sts.example.test/A", "mta-sts.example.test/AAAA"}));
        QVERIFY(done.wait(5000));
        // The policy fetch found the addresses already asked: no query twice.
        QCOMPARE(resolver.queryLog().size(), 6);
    }

    // Nothing published: three notes, each with the exact record(s) to publish.
    void nothingPublished()
    {
        dns::MemoryResolver resolver;
        resolver.addMx(kDomain, 10, QStringLiteral("mx1.example.test"));
        resolver.addMx(kDomain, 20, QStringLiteral("mx2.example.test"));
        const DomainPolicies r = check(resolver);
        QCOMPARE(ids(r.findings), (QStringList{"mtasts.absent", "tlsrpt.absent", "bimi.absent"}));
        for (const Finding& f : r.findings) {
            QCOMPARE(f.severity(), Severity::Info);
            QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
        }
        const Finding* sts = byId(r.findings, "mtasts.absent");
        static const QRegularExpression stsFix(
            QStringLiteral("^_mta-sts\\.example\\.test TXT \"v=STSv1; id=[0-9]{8}T[0-9]{6}\"$"));
        QVERIFY2(stsFix.match(sts->fix).hasMatch(), qPrintable(sts->fix));
        const QString steps = sts->advice.steps.join(QLatin1Char('\n'));
        QVERIFY(steps.contains(QLatin1String("https://mta-sts.example.test/.well-known/mta-sts.txt")));
        QVERIFY(steps.contains(QLatin1String("version: STSv1\nmode: testing\nmx: mx1.example.test\nmx: "
                                             "mx2.example.test\nmax_age: 604800")));
        QCOMPARE(byId(r.findings, "tlsrpt.absent")->fix,
                 QStringLiteral(
                     "_smtp._tls.example.test TXT \"v=TLSRPTv1; rua=mailto:tls-reports@example.test\""));
        QCOMPARE(byId(r.findings, "bimi.absent")->fix,
                 QStringLiteral(
                     "default._bimi.example.test TXT \"v=BIMI1; l=https://example.test/bimi/logo.svg; a=\""));
        QVERIFY(r.mtaStsMode.isEmpty());
        QVERIFY(!r.tlsRpt);
        QVERIFY(!r.bimi);
    }

    // The domain does not exist at all: still "absent" (the answer came), not "could not check".
    void domainWithoutRecordsIsAbsent()
    {
        dns::MemoryResolver resolver;
        const DomainPolicies r = check(resolver, QStringLiteral("nowhere.test"));
        QCOMPARE(ids(r.findings), (QStringList{"mtasts.absent", "tlsrpt.absent", "bimi.absent"}));
    }

    // Answers that did not come are never "absent".
    void lookupsThatFailAreNotAbsent_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("timeout") << int(dns::Status::Timeout);
        QTest::newRow("SERVFAIL") << int(dns::Status::ServerFailure);
        QTest::newRow("REFUSED") << int(dns::Status::Refused);
    }

    void lookupsThatFailAreNotAbsent()
    {
        QFETCH(int, status);
        dns::MemoryResolver resolver;
        for (const char* name :
             {"_mta-sts.example.test", "_smtp._tls.example.test", "default._bimi.example.test"}) {
            resolver.setStatus(QLatin1String(name), dns::Status(status));
        }
        const DomainPolicies r = check(resolver);
        QCOMPARE(ids(r.findings), (QStringList{"policies.could_not_check", "policies.could_not_check",
                                               "policies.could_not_check"}));
        QCOMPARE(r.findings.at(0).subject, QStringLiteral("_mta-sts.example.test"));
        QCOMPARE(r.findings.at(1).subject, QStringLiteral("_smtp._tls.example.test"));
        QCOMPARE(r.findings.at(2).subject, QStringLiteral("default._bimi.example.test"));
        for (const Finding& f : r.findings) {
            QVERIFY(f.advice.isComplete());
            QVERIFY(f.detail.contains(dns::statusName(dns::Status(status))));
        }
    }

    // One lookup failing leaves the others' verdicts alone.
    void oneFailedLookup()
    {
        dns::MemoryResolver resolver;
        resolver.setStatus(QStringLiteral("_smtp._tls.example.test"), dns::Status::ServerFailure);
        resolver.addTxt(QStringLiteral("default._bimi.example.test"), QByteArray("v=BIMI1; l=; a=;"));
        const DomainPolicies r = check(resolver);
        QCOMPARE(ids(r.findings),
                 (QStringList{"mtasts.absent", "policies.could_not_check", "bimi.declined"}));
    }

    // The record is there but the policy host does not exist: senders cannot fetch the policy.
    void policyHostWithoutAddress()
    {
        dns::MemoryResolver resolver;
        resolver.addTxt(QStringLiteral("_mta-sts.example.test"), QByteArray("v=STSv1; id=20240101"));
        resolver.addMx(kDomain, 10, QStringLiteral("mx.example.test"));
        const DomainPolicies r = check(resolver);
        const Finding* f = byId(r.findings, "mtasts.policy_unreachable");
        QVERIFY2(f, qPrintable(ids(r.findings).join(QLatin1Char(' '))));
        QCOMPARE(f->severity(), Severity::Warning);
        QVERIFY(f->detail.contains(QLatin1String("mta-sts.example.test has no address")));
        QVERIFY(r.mtaStsMode.isEmpty());
    }

    // The policy host's lookup timing out is "could not check", not "unreachable".
    void policyHostLookupTimesOut()
    {
        dns::MemoryResolver resolver;
        resolver.addTxt(QStringLiteral("_mta-sts.example.test"), QByteArray("v=STSv1; id=20240101"));
        resolver.setStatus(QStringLiteral("mta-sts.example.test"), dns::Status::Timeout);
        const DomainPolicies r = check(resolver);
        QCOMPARE(ids(r.findings).first(), QStringLiteral("policies.could_not_check"));
        QCOMPARE(r.findings.first().subject,
                 QStringLiteral("https://mta-sts.example.test/.well-known/mta-sts.txt"));
        QVERIFY(!byId(r.findings, "mtasts.policy_unreachable"));
    }

    void brokenMtaStsRecords_data()
    {
        QTest::addColumn<QList<QByteArray>>("records");
        QTest::addColumn<bool>("fetched"); // the policy is still fetched, to report its problems too
        QTest::newRow("bad id") << QList<QByteArray>{"v=STSv1; id=2024-01-01"} << true;
        QTest::newRow("two records") << QList<QByteArray>{"v=STSv1; id=a", "v=STSv1; id=b"} << true;
        QTest::newRow("wrong case") << QList<QByteArray>{"v=stsv1; id=a"} << false;
    }

    void brokenMtaStsRecords()
    {
        QFETCH(QList<QByteArray>, records);
        QFETCH(bool, fetched);
        dns::MemoryResolver resolver;
        for (const QByteArray& r : records) {
            resolver.addTxt(QStringLiteral("_mta-sts.example.test"), r);
        }
        const DomainPolicies r = check(resolver);
        const Finding* f = byId(r.findings, "mtasts.record_invalid");
        QVERIFY2(f, qPrintable(ids(r.findings).join(QLatin1Char(' '))));
        QCOMPARE(f->severity(), Severity::Warning);
        QVERIFY(f->fix.startsWith(QLatin1String("_mta-sts.example.test TXT \"v=STSv1; id=")));
        QCOMPARE(bool(byId(r.findings, "mtasts.policy_unreachable")), fetched); // the host has no address
        QVERIFY(!byId(r.findings, "mtasts.absent"));
    }

    void tlsRptInTheCheck()
    {
        dns::MemoryResolver good;
        good.addTxt(QStringLiteral("_smtp._tls.example.test"),
                    QByteArray("v=TLSRPTv1; rua=mailto:tls@example.test,https://r.example.test/v1"));
        DomainPolicies r = check(good);
        const Finding* ok = byId(r.findings, "tlsrpt.ok");
        QVERIFY(ok);
        QCOMPARE(ok->severity(), Severity::Ok);
        QVERIFY(ok->detail.contains(QLatin1String("mailto:tls@example.test, https://r.example.test/v1")));
        QVERIFY(r.tlsRpt);

        dns::MemoryResolver bad;
        bad.addTxt(QStringLiteral("_smtp._tls.example.test"), QByteArray("v=TLSRPTv1; rua=tls@example.test"));
        r = check(bad);
        const Finding* invalid = byId(r.findings, "tlsrpt.invalid");
        QVERIFY(invalid);
        QCOMPARE(invalid->severity(), Severity::Warning);
        QCOMPARE(invalid->seen,
                 QStringLiteral("_smtp._tls.example.test TXT \"v=TLSRPTv1; rua=tls@example.test\""));
        QVERIFY(!r.tlsRpt);

        dns::MemoryResolver two;
        two.addTxt(QStringLiteral("_smtp._tls.example.test"),
                   QByteArray("v=TLSRPTv1; rua=mailto:a@example.test"));
        two.addTxt(QStringLiteral("_smtp._tls.example.test"),
                   QByteArray("v=TLSRPTv1; rua=mailto:b@example.test"));
        r = check(two);
        QVERIFY(byId(r.findings, "tlsrpt.invalid"));
        QVERIFY(byId(r.findings, "tlsrpt.invalid")->detail.contains(QLatin1String("2 TLS-RPT records")));
    }

    // An http:// logo is its own finding, and nothing is fetched from it.
    void bimiHttpLogo()
    {
        dns::MemoryResolver resolver;
        resolver.addTxt(QStringLiteral("default._bimi.example.test"),
                        QByteArray("v=BIMI1; l=http://brand.example.test/logo.svg; a="));
        resolver.addAddress(QStringLiteral("brand.example.test"), QStringLiteral("127.0.0.1"));
        const DomainPolicies r = check(resolver);
        const Finding* f = byId(r.findings, "bimi.logo_not_https");
        QVERIFY2(f, qPrintable(ids(r.findings).join(QLatin1Char(' '))));
        QCOMPARE(f->severity(), Severity::Warning);
        QCOMPARE(f->fix, QStringLiteral("default._bimi.example.test TXT \"v=BIMI1; "
                                        "l=https://brand.example.test/logo.svg; a=\""));
        QVERIFY(!byId(r.findings, "bimi.invalid"));
        QVERIFY(!resolver.queryLog().contains(QStringLiteral("brand.example.test/A")));
        QVERIFY(!r.bimi);
    }

    void bimiLogoHostWithoutAddress()
    {
        dns::MemoryResolver resolver;
        resolver.addTxt(QStringLiteral("default._bimi.example.test"),
                        QByteArray("v=BIMI1; l=https://brand.example.test/logo.svg"));
        const DomainPolicies r = check(resolver);
        const Finding* f = byId(r.findings, "bimi.logo_unreachable");
        QVERIFY2(f, qPrintable(ids(r.findings).join(QLatin1Char(' '))));
        QVERIFY(r.bimi); // the record is usable; its logo is not
        QCOMPARE(r.bimiLogoUrl, QStringLiteral("https://brand.example.test/logo.svg"));
    }

    void badDomain()
    {
        dns::MemoryResolver resolver;
        const DomainPolicies r = check(resolver, QStringLiteral("not a domain"));
        QCOMPARE(ids(r.findings), QStringList{"policies.could_not_check"});
        QVERIFY(resolver.queryLog().isEmpty());
    }

    // A cancelled check finishes once, with the cancellation.
    void cancel()
    {
        dns::MemoryResolver resolver;
        resolver.setLatency(200);
        DomainPoliciesCheck job(&resolver);
        QSignalSpy done(&job, &DomainPoliciesCheck::finished);
        job.start(kDomain);
        job.cancel();
        QVERIFY(done.wait(2000));
        QTest::qWait(300);
        QCOMPARE(done.size(), 1);
        QCOMPARE(ids(done.first().first().value<DomainPolicies>().findings),
                 QStringList{"policies.cancelled"});
    }
};

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
