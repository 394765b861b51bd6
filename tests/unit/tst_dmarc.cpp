#include "dns/dmarc.h"
#include "dns/publicsuffix.h"
#include "dns/resolver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;
using namespace postino::dns;

namespace {

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out.append(f.id);
    return out;
}

const Finding* byId(const Findings& findings, const char* id)
{
    return findById(findings, QLatin1String(id));
}

QStringList dmarcQueries(const MemoryResolver& dns)
{
    QStringList out;
    for (const QString& q : dns.queryLog()) {
        if (q.startsWith(QLatin1String("_dmarc.")))
            out.append(q);
    }
    return out;
}

} // namespace

class TestDmarc : public QObject
{
    Q_OBJECT

    static Findings run(MemoryResolver* dns, const QString& domain, DmarcResult* result = nullptr,
                        OrgDomainFunction* org = nullptr)
    {
        DmarcCheck check(dns);
        QSignalSpy spy(&check, &DmarcCheck::finished);
        check.start(domain);
        if (spy.isEmpty() && !spy.wait(5000))
            qFatal("DmarcCheck did not finish");
        QTest::qWait(1);
        if (spy.size() != 1)
            qFatal("finished() emitted %d times", int(spy.size()));
        if (result)
            *result = check.result();
        if (org)
            *org = check.orgDomainOf();
        return check.findings();
    }

private Q_SLOTS:
    // OpenDMARC libopendmarc/tests/test_dmarc_parse.c, 19 records. `valid` is
    // Postino's stance (documented in dmarc.cpp and docs/dns-stances.md); `openDmarc` what
    // OpenDMARC 1.4 says, to show where the two differ.
    void openDmarcVectors_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("openDmarc");

        auto row = [](const char* name, const char* record, bool valid,
                      std::initializer_list<const char*> expected, bool openDmarc) {
            QStringList list;
            for (const char* id : expected)
                list.append(QString::fromLatin1(id));
            QTest::newRow(name) << QString::fromLatin1(record) << valid << list << openDmarc;
        };
        row("01", "v=DMARC1; p=none; rf=afrf; rua=mailto:dmarc-a@abuse.net; ruf=mailto:dmarc-f@abuse.net",
            true, {"dmarc.removed_tag", "dmarc.policy_none"}, true);
        row("02", "v=DMARC1; p=none;", true, {"dmarc.policy_none", "dmarc.no_rua"}, true);
        row("03", "v=DMARC1; p=reject;", true, {"dmarc.no_rua"}, true);
        row("04", "v=DMARC1; p=quarantine;", true, {"dmarc.no_rua"}, true);
        row("05 p=n", "v=DMARC1; p=n;", false, {"dmarc.bad_value"}, true); // stance: no abbreviations
        row("06 empty", "", false, {"dmarc.empty"}, false);
        row("07", "V=BOB", false, {"dmarc.bad_version"}, false);
        row("08", "v=DMARC1; p=bob;", false, {"dmarc.bad_value"}, false);
        row("09", "v=DMARC1; p=none; sp=bob;", false, {"dmarc.bad_value"}, false);
        row("10", "v=DMARC1; p=none; adkim=bob;", false, {"dmarc.bad_value"}, false);
        row("11", "v=DMARC1; p=none; aspf=bob;", false, {"dmarc.bad_value"}, false);
        row("12 rf", "v=DMARC1; p=none; rf=bob;", false, {"dmarc.removed_tag_invalid"}, false);
        row("13 ri", "v=DMARC1; p=none; ri=bob;", false, {"dmarc.removed_tag_invalid"}, false);
        row("14 pct", "v=DMARC1; p=none; pct=500;", false, {"dmarc.removed_tag_invalid"}, false);
        row("15 no p", "v=DMARC1; pct=100;", true, {"dmarc.p_missing", "dmarc.removed_tag"}, false); // stance
        row("16 ftp", "v=DMARC1; p=none; rua=ftp://abuse.com", true, {"dmarc.report_uri_not_mailto"}, true);
        row("17", "v=DMARC1; p=none; ruf=mailto://abuse.com", true, {"dmarc.report_uri_invalid"}, true);
        row("18", "v=DMARC1; p=none; ruf=mailto://abuse.com; foo=bar; buzz=happy;", true,
            {"dmarc.report_uri_invalid", "dmarc.unknown_tag"}, true);
        row("19", "v=DMARC1; p=none; rf=000000000000000000000000000000000", false,
            {"dmarc.removed_tag_invalid"}, false);
    }
    void openDmarcVectors()
    {
        QFETCH(QString, record);
        QFETCH(bool, valid);
        QFETCH(QStringList, expected);
        QFETCH(bool, openDmarc);
        const DmarcRecord r = parseDmarcRecord(record);
        QCOMPARE(r.isDmarc, valid);
        QCOMPARE(r.hasErrors(), !valid);
        const QStringList got = ids(r.findings);
        for (const QString& id : expected)
            QVERIFY2(got.contains(id), qPrintable(got.join(QLatin1Char(' '))));
        // Where Postino and OpenDMARC differ, it is one of the documented stances.
        if (valid != openDmarc) {
            const QLatin1String tag(QTest::currentDataTag());
            QVERIFY(tag == QLatin1String("05 p=n") || tag == QLatin1String("15 no p"));
        }
        for (const Finding& f : r.findings) {
            QVERIFY(!f.detail.isEmpty());
            QVERIFY(!f.advice.title.isEmpty());
        }
    }

    void checkdmarcFormatting_data()
    {
        QTest::addColumn<QString>("record");
        QTest::newRow("mixed case value") << QStringLiteral("v=DMARC1;p=ReJect");
        QTest::newRow("spaces around =") << QStringLiteral("v = DMARC1;p=reject;");
        QTest::newRow("tabs") << QStringLiteral("v = DMARC1\t;\tp=reject\t;");
        QTest::newRow("upper V") << QStringLiteral("V=DMARC1;p=reject;");
    }
    void checkdmarcFormatting()
    {
        QFETCH(QString, record);
        const QString sep = record.endsWith(QLatin1Char(';')) ? QString() : QStringLiteral(";");
        const DmarcRecord r = parseDmarcRecord(record + sep + QStringLiteral(" rua=mailto:d@example.com"));
        QVERIFY2(r.isDmarc, qPrintable(ids(r.findings).join(QLatin1Char(' '))));
        QCOMPARE(r.p, QStringLiteral("reject"));
    }

    void versionCase()
    {
        const DmarcRecord upper =
            parseDmarcRecord(QStringLiteral("V=DMARC1; p=reject; rua=mailto:d@example.com"),
                             QStringLiteral("_dmarc.example.com"));
        QCOMPARE(ids(upper.findings), QStringList{QStringLiteral("dmarc.version_case")});
        QCOMPARE(upper.findings.constFirst().fix,
                 QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=reject; rua=mailto:d@example.com\""));
        // mailauth: the value is exact
        QCOMPARE(ids(parseDmarcRecord(QStringLiteral("v=dmarc1; p=reject")).findings),
                 QStringList{QStringLiteral("dmarc.bad_version")});
        QCOMPARE(ids(parseDmarcRecord(QStringLiteral("v=DMARC1x; p=reject")).findings),
                 QStringList{QStringLiteral("dmarc.bad_version")});
        QCOMPARE(ids(parseDmarcRecord(QStringLiteral("p=reject; v=DMARC1")).findings),
                 QStringList{QStringLiteral("dmarc.bad_version")});
        const DmarcRecord mixed =
            parseDmarcRecord(QStringLiteral("v=DMARC1; p=Reject; adkim=S; aspf=s; rua=mailto:a@b.example"));
        QVERIFY(mixed.isDmarc);
        QCOMPARE(mixed.adkim, AlignmentMode::Strict);
        QCOMPARE(mixed.aspf, AlignmentMode::Strict);
    }

    void checkdmarcTagRules()
    {
        auto idsOf = [](const char* record) {
            return ids(parseDmarcRecord(QString::fromLatin1(record)).findings);
        };
        QVERIFY(idsOf("v=DMARC1; p=reject; rua=reports@dmarc.cyber.dhs.gov")
                    .contains(QStringLiteral("dmarc.report_uri_invalid")));
        QVERIFY(idsOf("v=DMARC1; p=foo").contains(QStringLiteral("dmarc.bad_value")));
        QVERIFY(idsOf("v=DMARC1; p=reject; p=none").contains(QStringLiteral("dmarc.duplicate_tag")));
        QVERIFY(idsOf("v=DMARC1; p=reject; xyz=foo").contains(QStringLiteral("dmarc.unknown_tag")));
        QVERIFY(idsOf("v=DMARC1; p=reject; fo=0:1").contains(QStringLiteral("dmarc.fo_redundant")));
        QVERIFY(idsOf("v=DMARC1; p=reject; fo=x").contains(QStringLiteral("dmarc.bad_value")));
        const QStringList pos = idsOf("v=DMARC1; sp=none; p=reject");
        QVERIFY(pos.contains(QStringLiteral("dmarc.p_not_second")));
        QVERIFY(pos.contains(QStringLiteral("dmarc.subdomain_policy_none")));
        QCOMPARE(idsOf("v=DMARC1; p"), QStringList{QStringLiteral("dmarc.syntax")});

        // RFC 9989 new tags
        const DmarcRecord fresh = parseDmarcRecord(
            QStringLiteral("v=DMARC1; p=reject; np=quarantine; psd=n; t=n; rua=mailto:a@example.com"));
        QVERIFY(fresh.isDmarc);
        QCOMPARE(fresh.findings.size(), 0);
        QCOMPARE(fresh.np, QStringLiteral("quarantine"));
        QCOMPARE(fresh.psd, QStringLiteral("n"));
        QCOMPARE(fresh.nonExistentPolicy(), QStringLiteral("quarantine"));
        QCOMPARE(fresh.subdomainPolicy(), QStringLiteral("reject"));
        QVERIFY(idsOf("v=DMARC1; p=reject; np=maybe").contains(QStringLiteral("dmarc.bad_value")));
        QVERIFY(idsOf("v=DMARC1; p=reject; psd=x").contains(QStringLiteral("dmarc.bad_value")));
        QVERIFY(idsOf("v=DMARC1; p=reject; t=x").contains(QStringLiteral("dmarc.bad_value")));
        QVERIFY(idsOf("v=DMARC1; p=reject; t=y").contains(QStringLiteral("dmarc.testing")));
        QVERIFY(parseDmarcRecord(QStringLiteral("v=DMARC1; p=reject; t=y")).testing);
        for (const char* removed :
             {"v=DMARC1; p=reject; pct=50", "v=DMARC1; p=reject; rf=afrf", "v=DMARC1; p=reject; ri=86400"})
            QVERIFY(idsOf(removed).contains(QStringLiteral("dmarc.removed_tag")));
    }

    void fixesAreReadyToCopy()
    {
        const QString name = QStringLiteral("_dmarc.example.com");
        const DmarcRecord missingP =
            parseDmarcRecord(QStringLiteral("v=DMARC1; rua=mailto:d@example.com"), name);
        QCOMPARE(byId(missingP.findings, "dmarc.p_missing")->fix,
                 QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=none; rua=mailto:d@example.com\""));
        QCOMPARE(missingP.p, QStringLiteral("none"));
        QVERIFY(!missingP.pExplicit);

        const DmarcRecord order =
            parseDmarcRecord(QStringLiteral("v=DMARC1; rua=mailto:d@example.com; p=reject"), name);
        QCOMPARE(byId(order.findings, "dmarc.p_not_second")->fix,
                 QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=reject; rua=mailto:d@example.com\""));

        const DmarcRecord fo =
            parseDmarcRecord(QStringLiteral("v=DMARC1; p=reject; fo=0:1:d; rua=mailto:d@example.com"), name);
        QCOMPARE(byId(fo.findings, "dmarc.fo_redundant")->fix,
                 QStringLiteral(
                     "_dmarc.example.com TXT \"v=DMARC1; p=reject; fo=1:d; rua=mailto:d@example.com\""));

        const DmarcRecord pct =
            parseDmarcRecord(QStringLiteral("v=DMARC1; p=reject; pct=500; rua=mailto:d@example.com"), name);
        const Finding* invalid = byId(pct.findings, "dmarc.removed_tag_invalid");
        QCOMPARE(invalid->severity(), Severity::Error);
        QCOMPARE(invalid->fix,
                 QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=reject; rua=mailto:d@example.com\""));

        const DmarcRecord lead =
            parseDmarcRecord(QStringLiteral("  v=DMARC1; p=reject; rua=mailto:d@example.com"), name);
        QCOMPARE(ids(lead.findings), QStringList{QStringLiteral("dmarc.leading_whitespace")});
        QVERIFY(!lead.isDmarc);
        QCOMPARE(lead.findings.constFirst().fix,
                 QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=reject; rua=mailto:d@example.com\""));

        const DmarcRecord none =
            parseDmarcRecord(QStringLiteral("v=DMARC1; p=none; rua=mailto:d@example.com"), name);
        const Finding* pn = byId(none.findings, "dmarc.policy_none");
        QVERIFY(pn->fix.isEmpty()); // a decision for the owner, not a copy-paste
        QCOMPARE(
            pn->expected,
            QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=quarantine; rua=mailto:d@example.com\""));
        QCOMPARE(pn->subject, name);
    }

    void reportUris()
    {
        const DmarcRecord r = parseDmarcRecord(QStringLiteral(
            "v=DMARC1; p=reject; rua=mailto:a@example.com!10m, MAILTO:b%40x@Reports.Example.NET,"
            "mailto:c@example.org; ruf=mailto:f@example.com"));
        QCOMPARE(r.rua.size(), 3);
        QCOMPARE(r.rua.at(0).sizeLimit, QStringLiteral("!10m"));
        QCOMPARE(r.rua.at(0).domain, QStringLiteral("example.com"));
        QCOMPARE(r.rua.at(1).domain, QStringLiteral("reports.example.net"));
        QVERIFY(r.rua.at(1).isValid);
        QCOMPARE(r.ruf.size(), 1);
        const QStringList got = ids(r.findings);
        QVERIFY(got.contains(QStringLiteral("dmarc.report_size_limit")));
        QVERIFY(got.contains(QStringLiteral("dmarc.too_many_report_uris")));
        QVERIFY(r.isDmarc);
    }

    void badInput()
    {
        // non-ASCII, binary garbage, 100 KB: a finding each, no crash
        const DmarcRecord accent =
            parseDmarcRecord(QStringLiteral("v=DMARC1; p=reject; rua=mailto:caff\u00e8@example.com"));
        QCOMPARE(ids(accent.findings), QStringList{QStringLiteral("dmarc.syntax")});
        QVERIFY(accent.findings.constFirst().detail.contains(QLatin1String("36")));
        QByteArray garbage;
        for (int i = 0; i < 3000; ++i)
            garbage.append(char((i * 151) % 256));
        QVERIFY(parseDmarcRecord(QString::fromLatin1(garbage)).hasErrors());
        const DmarcRecord huge = parseDmarcRecord(QStringLiteral("v=DMARC1; p=reject; x=") +
                                                  QString(100 * 1024, QLatin1Char('a')));
        QVERIFY(huge.isDmarc);
        for (const Finding& f : huge.findings)
            QVERIFY(f.detail.size() < 1000);
        QVERIFY(parseDmarcRecord(QString(100 * 1024, QLatin1Char(';'))).hasErrors());
    }

    // ---- alignment

    void alignmentTable_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("spf");
        QTest::addColumn<QString>("dkim");
        QTest::addColumn<bool>("strictDkim");
        QTest::addColumn<bool>("strictSpf");
        QTest::addColumn<bool>("spfAligned");
        QTest::addColumn<bool>("dkimAligned");

        QTest::newRow("relaxed, return-path subdomain") << "example.com"
                                                        << "bounce.example.com"
                                                        << "example.com" << false << false << true << true;
        QTest::newRow("strict spf, subdomain") << "example.com"
                                               << "bounce.example.com"
                                               << "example.com" << false << true << false << true;
        QTest::newRow("strict both, exact") << "example.com"
                                            << "example.com"
                                            << "example.com" << true << true << true << true;
        QTest::newRow("strict dkim, parent d=") << "mail.example.com"
                                                << ""
                                                << "example.com" << true << false << false << false;
        QTest::newRow("relaxed dkim, parent d=") << "mail.example.com"
                                                 << ""
                                                 << "example.com" << false << false << false << true;
        QTest::newRow("provider domains") << "example.com"
                                          << "sendgrid.net"
                                          << "sendgrid.net" << false << false << false << false;
        QTest::newRow("case and trailing dot") << "Example.COM."
                                               << "example.com"
                                               << "EXAMPLE.com" << true << true << true << true;
        QTest::newRow("co.uk neighbours") << "shop.example.co.uk"
                                          << "other.co.uk"
                                          << "example.co.uk" << false << false << false << true;
        // Suffixes of more than one label, by the Public Suffix List: tokyo.jp and every name
        // directly under .ck are registries, so their neighbours belong to different owners.
        QTest::newRow("tokyo.jp neighbours") << "shop.tokyo.jp"
                                             << "bounce.other.tokyo.jp"
                                             << "mail.shop.tokyo.jp" << false << false << false << true;
        QTest::newRow("wildcard suffix neighbours") << "a.b.example.ck"
                                                    << "c.example.ck"
                                                    << "mail.b.example.ck" << false << false << false << true;
        QTest::newRow("look-alike suffix") << "example.com"
                                           << "example.com.evil.net"
                                           << "notexample.com" << false << false << false << false;
        QTest::newRow("empty") << "example.com"
                               << ""
                               << "" << false << false << false << false;
    }
    void alignmentTable()
    {
        QFETCH(QString, from);
        QFETCH(QString, spf);
        QFETCH(QString, dkim);
        QFETCH(bool, strictDkim);
        QFETCH(bool, strictSpf);
        QFETCH(bool, spfAligned);
        QFETCH(bool, dkimAligned);
        const DmarcAlignment a =
            alignment(from, spf, dkim, strictDkim ? AlignmentMode::Strict : AlignmentMode::Relaxed,
                      strictSpf ? AlignmentMode::Strict : AlignmentMode::Relaxed, registrableDomain);
        QCOMPARE(a.spf, spfAligned);
        QCOMPARE(a.dkim, dkimAligned);
        QCOMPARE(a.aligned(), spfAligned || dkimAligned);
    }

    void alignmentUsesTheWalksOrgDomain()
    {
        // psd=n at shop.example.com makes it an organisational domain of its own
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.shop.example.com"),
                   QByteArray("v=DMARC1; p=reject; psd=n; rua=mailto:d@shop.example.com"));
        dns.addMx(QStringLiteral("shop.example.com"), 10, QStringLiteral("mx.shop.example.com"));
        dns.addEmpty(QStringLiteral("mail.shop.example.com"));
        DmarcResult result;
        OrgDomainFunction org;
        run(&dns, QStringLiteral("mail.shop.example.com"), &result, &org);
        QCOMPARE(result.orgDomain, QStringLiteral("shop.example.com"));
        QCOMPARE(org(QStringLiteral("bounce.shop.example.com")), QStringLiteral("shop.example.com"));
        QCOMPARE(org(QStringLiteral("example.com")), QStringLiteral("example.com"));
        const DmarcAlignment a = alignment(
            QStringLiteral("mail.shop.example.com"), QStringLiteral("example.com"),
            QStringLiteral("bounce.shop.example.com"), AlignmentMode::Relaxed, AlignmentMode::Relaxed, org);
        QVERIFY(!a.spf);
        QVERIFY(a.dkim);
    }

    void registrable_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("org");
        QTest::newRow("com") << "a.b.example.com"
                             << "example.com";
        QTest::newRow("co.uk") << "shop.example.co.uk"
                               << "example.co.uk";
        QTest::newRow("x.co.uk itself") << "x.co.uk"
                                        << "x.co.uk";
        QTest::newRow("below x.co.uk") << "a.b.x.co.uk"
                                       << "x.co.uk";
        QTest::newRow("registrable itself") << "example.com"
                                            << "example.com";
        QTest::newRow("unicode label") << "Caff\u00e8.example.it"
                                       << "example.it";
        QTest::newRow("two-label suffix not in any short list") << "news.shop.tokyo.jp"
                                                                << "shop.tokyo.jp";
        QTest::newRow("wildcard *.ck") << "a.b.example.ck"
                                       << "b.example.ck";
        QTest::newRow("exception !www.ck") << "a.www.ck"
                                           << "www.ck";
        QTest::newRow("wildcard *.kawasaki.jp") << "a.b.shop.kawasaki.jp"
                                                << "b.shop.kawasaki.jp";
        QTest::newRow("exception !city.kawasaki.jp") << "www.city.kawasaki.jp"
                                                     << "city.kawasaki.jp";
        QTest::newRow("IDN suffix (公司.cn) in punycode") << "mail.example.\u516c\u53f8.cn"
                                                          << "example.xn--55qx5d.cn";
        QTest::newRow("IDN suffix already in punycode") << "mail.example.xn--55qx5d.cn"
                                                        << "example.xn--55qx5d.cn";
        QTest::newRow("a public suffix is its own") << "co.uk"
                                                    << "co.uk";
        QTest::newRow("unknown top-level domain") << "a.b.example.internal"
                                                  << "example.internal";
        QTest::newRow("private section not used") << "me.blogspot.com"
                                                  << "blogspot.com";
        QTest::newRow("trailing dot and case") << "Mail.Example.CO.UK."
                                               << "example.co.uk";
        QTest::newRow("not a name") << "a..b"
                                    << "";
    }
    void registrable()
    {
        QFETCH(QString, domain);
        QFETCH(QString, org);
        QCOMPARE(registrableDomain(domain), org);
        QCOMPARE(organizationalDomain(domain), org);
    }

    // The system's list (Debian's publicsuffix package) is preferred; without a readable one,
    // the copy compiled into Postino answers the same.
    void publicSuffixListSources()
    {
        const QString debian = QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat");
        QVERIFY2(QFile::exists(debian), "install the publicsuffix package (scripts/install-deps.sh)");
        QCOMPARE(PublicSuffixList::system().source(), debian);

        const PublicSuffixList builtin = PublicSuffixList::load({QStringLiteral("/nonexistent/psl.dat")});
        QCOMPARE(builtin.source(), PublicSuffixList::builtinPath());
        QVERIFY(builtin.ruleCount() > 5000);
        QCOMPARE(builtin.organizationalDomain(QStringLiteral("a.b.x.co.uk")), QStringLiteral("x.co.uk"));
        QCOMPARE(builtin.organizationalDomain(QStringLiteral("a.www.ck")), QStringLiteral("www.ck"));
        QCOMPARE(builtin.publicSuffix(QStringLiteral("a.b.example.ck")), QStringLiteral("example.ck"));

        // A file cut short is not trusted: the compiled-in list is used instead.
        QTemporaryDir dir;
        QFile cut(dir.filePath(QStringLiteral("psl.dat")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write("// ===BEGIN ICANN DOMAINS===\ncom\n");
        cut.close();
        const PublicSuffixList fallback = PublicSuffixList::load({cut.fileName()});
        QCOMPARE(fallback.source(), PublicSuffixList::builtinPath());
        QCOMPARE(fallback.organizationalDomain(QStringLiteral("shop.example.co.uk")),
                 QStringLiteral("example.co.uk"));
    }

    // No DMARC record anywhere: the organisational domain of a subdomain under a suffix of
    // two labels comes from the Public Suffix List, so a neighbour under the same suffix
    // is not aligned.
    void orgDomainFallbackUnderAMultiLabelSuffix()
    {
        MemoryResolver dns;
        dns.addEmpty(QStringLiteral("news.shop.tokyo.jp"));
        DmarcResult result;
        OrgDomainFunction org;
        const Findings f = run(&dns, QStringLiteral("news.shop.tokyo.jp"), &result, &org);
        QVERIFY(byId(f, "dmarc.not_found"));
        QCOMPARE(result.orgDomain, QStringLiteral("shop.tokyo.jp"));
        QCOMPARE(org(QStringLiteral("bounce.other.tokyo.jp")), QStringLiteral("other.tokyo.jp"));
        const DmarcAlignment a = alignment(
            QStringLiteral("news.shop.tokyo.jp"), QStringLiteral("bounce.other.tokyo.jp"),
            QStringLiteral("mail.shop.tokyo.jp"), AlignmentMode::Relaxed, AlignmentMode::Relaxed, org);
        QVERIFY(!a.spf);
        QVERIFY(a.dkim);
    }

    // ---- discovery

    void foundAtTheDomain()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        dns.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 -all"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        DmarcResult r;
        const Findings f = run(&dns, QStringLiteral("Example.com."), &r);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.found")});
        QCOMPARE(f.constFirst().severity(), Severity::Ok);
        QCOMPARE(r.domain, QStringLiteral("example.com"));
        QCOMPARE(r.recordDomain, QStringLiteral("example.com"));
        QCOMPARE(r.orgDomain, QStringLiteral("example.com"));
        QVERIFY(!r.inherited);
        QVERIFY(r.isOrgRecord);
        QCOMPARE(r.policy, QStringLiteral("reject"));
        QCOMPARE(r.walk, QStringList({QStringLiteral("_dmarc.example.com"), QStringLiteral("_dmarc.com")}));
        // an internal report address: its MX is checked, no authorisation query
        QVERIFY(dns.queryLog().contains(QStringLiteral("example.com/MX")));
        for (const QString& q : dns.queryLog())
            QVERIFY2(!q.contains(QLatin1String("_report")), qPrintable(q));
    }

    void treeWalkFromADeepSubdomain()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        const QString deep = QStringLiteral("a.b.c.d.e.f.g.h.i.example.com"); // 11 labels
        dns.addEmpty(deep);
        DmarcResult r;
        const Findings f = run(&dns, deep, &r);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.found")});
        QVERIFY(f.constFirst().detail.contains(QLatin1String("quarantine")));
        QCOMPARE(r.recordDomain, QStringLiteral("example.com"));
        QVERIFY(r.inherited);
        QVERIFY(r.isOrgRecord);
        QCOMPARE(r.policy, QStringLiteral("quarantine")); // sp= applies below the record's domain
        const QStringList asked = dmarcQueries(dns);
        QCOMPARE(asked.size(), 8);
        QStringList walk;
        for (const QString& name : std::as_const(r.walk))
            walk.append(name + QStringLiteral("/TXT"));
        QCOMPARE(asked, walk);
        QCOMPARE(asked.at(0), QStringLiteral("_dmarc.") + deep + QStringLiteral("/TXT"));
        QCOMPARE(asked.at(1), QStringLiteral("_dmarc.e.f.g.h.i.example.com/TXT")); // cut to 7 labels
        QCOMPARE(asked.constLast(), QStringLiteral("_dmarc.com/TXT"));
    }

    void walkQueriesGoOutTogether()
    {
        MemoryResolver dns;
        dns.setLatency(30);
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.net"));
        DmarcCheck check(&dns);
        QSignalSpy spy(&check, &DmarcCheck::finished);
        check.start(QStringLiteral("a.b.example.com"));
        // before any answer: the whole walk and the apex lookup
        QCOMPARE(
            dns.queryLog(),
            QStringList({QStringLiteral("_dmarc.a.b.example.com/TXT"),
                         QStringLiteral("_dmarc.b.example.com/TXT"), QStringLiteral("_dmarc.example.com/TXT"),
                         QStringLiteral("_dmarc.com/TXT"), QStringLiteral("a.b.example.com/TXT")}));
        QVERIFY(spy.wait(5000));
        // then the report destination round, also at once
        QCOMPARE(dns.queryLog().mid(5),
                 QStringList({QStringLiteral("example.net/MX"),
                              QStringLiteral("example.com._report._dmarc.example.net/TXT"),
                              QStringLiteral("*._report._dmarc.example.net/TXT")}));
    }

    void ownRecordBelowTheOrgDomain()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.shop.example.com"),
                   QByteArray("v=DMARC1; p=quarantine; rua=mailto:d@example.com"));
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        DmarcResult r;
        const Findings f = run(&dns, QStringLiteral("shop.example.com"), &r);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.found")});
        QCOMPARE(r.recordDomain, QStringLiteral("shop.example.com"));
        QCOMPARE(r.orgDomain, QStringLiteral("example.com"));
        QVERIFY(!r.isOrgRecord);
        QCOMPARE(r.policy, QStringLiteral("quarantine"));
    }

    void publicSuffixRecord()
    {
        // psd=y at a public suffix: the organisational domain is the one just below it
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example"),
                   QByteArray("v=DMARC1; p=reject; psd=y; rua=mailto:d@nic.example"));
        dns.addMx(QStringLiteral("nic.example"), 10, QStringLiteral("mx.nic.example"));
        dns.addEmpty(QStringLiteral("mail.shop.example"));
        DmarcResult r;
        run(&dns, QStringLiteral("mail.shop.example"), &r);
        QCOMPARE(r.recordDomain, QStringLiteral("example"));
        QCOMPARE(r.orgDomain, QStringLiteral("shop.example"));
        QVERIFY(!r.isOrgRecord);
    }

    void nonExistentSubdomainUsesNp()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=quarantine; sp=none; np=reject; rua=mailto:d@example.com"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        DmarcResult r;
        run(&dns, QStringLiteral("ghost.example.com"), &r); // not in the zone: NXDOMAIN
        QCOMPARE(r.policy, QStringLiteral("reject"));
        dns.addEmpty(QStringLiteral("real.example.com"));
        run(&dns, QStringLiteral("real.example.com"), &r);
        QCOMPARE(r.policy, QStringLiteral("none"));
    }

    void notFoundSuggestsAStarterRecord()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 include:_spf.example.net ~all"));
        DmarcResult r;
        const Findings f = run(&dns, QStringLiteral("example.com"), &r);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.not_found")});
        const Finding& nf = f.constFirst();
        QCOMPARE(nf.severity(), Severity::Error);
        QCOMPARE(nf.fix,
                 QStringLiteral(
                     "_dmarc.example.com TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com\""));
        QVERIFY(nf.advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("p=quarantine")));
        QVERIFY(r.recordDomain.isEmpty());
        QCOMPARE(r.orgDomain, QStringLiteral("example.com"));
    }

    void multipleRecords()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.com"), QByteArray("v=DMARC1; p=reject"));
        dns.addTxt(QStringLiteral("_dmarc.example.com"), QByteArray("v=DMARC1; p=none"));
        dns.addTxt(QStringLiteral("_dmarc.com"), QByteArray("v=DMARC1; p=reject; psd=y"));
        DmarcResult r;
        const Findings f = run(&dns, QStringLiteral("example.com"), &r);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.multiple_records")});
        QCOMPARE(f.constFirst().seen.count(QLatin1Char('\n')), 1);
        QCOMPARE(r.recordDomain, QStringLiteral("example.com")); // no fallback to the parent
    }

    void strayRecordsAtDmarc()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        dns.addTxt(QStringLiteral("_dmarc.example.com"), QByteArray("v=spf1 include:_spf.example.net ~all"));
        dns.addTxt(QStringLiteral("_dmarc.example.com"), QByteArray("google-site-verification=abc"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        const Findings f = run(&dns, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dmarc.spf_at_dmarc"),
                                      QStringLiteral("dmarc.unrelated_txt"), QStringLiteral("dmarc.found")}));
        QVERIFY(byId(f, "dmarc.spf_at_dmarc")->seen.contains(QLatin1String("v=spf1")));
    }

    void recordInTheWrongPlace()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("example.com"), QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        const Findings f = run(&dns, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.wrong_place")});
        QCOMPARE(f.constFirst().severity(), Severity::Error);
        QCOMPARE(f.constFirst().fix,
                 QStringLiteral("_dmarc.example.com TXT \"v=DMARC1; p=reject; rua=mailto:d@example.com\""));
        QCOMPARE(f.constFirst().seen,
                 QStringLiteral("example.com TXT \"v=DMARC1; p=reject; rua=mailto:d@example.com\""));

        // a parent's record covers the domain: still worth moving, but not an error
        MemoryResolver parent;
        parent.addTxt(QStringLiteral("shop.example.com"), QByteArray("v=DMARC1; p=reject"));
        parent.addTxt(QStringLiteral("_dmarc.example.com"),
                      QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        parent.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        const Findings g = run(&parent, QStringLiteral("shop.example.com"));
        QCOMPARE(ids(g), QStringList({QStringLiteral("dmarc.wrong_place"), QStringLiteral("dmarc.found")}));
        QCOMPARE(g.constFirst().severity(), Severity::Warning);
    }

    void apexRecordBesidesTheRealOne()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("example.com"), QByteArray("v=DMARC1; p=none"));
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        const Findings f = run(&dns, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dmarc.apex_record"), QStringLiteral("dmarc.found")}));
        QCOMPARE(f.constFirst().severity(), Severity::Warning);
    }

    void dnsErrorsAreNotMissing()
    {
        MemoryResolver dns;
        dns.addTimeout(QStringLiteral("_dmarc.example.com"));
        dns.addTxt(QStringLiteral("_dmarc.com"), QByteArray("v=DMARC1; p=reject; psd=y"));
        const Findings f = run(&dns, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.dns_error")});
        QVERIFY(f.constFirst().detail.contains(QLatin1String("timeout")));

        MemoryResolver loop;
        loop.addName(QStringLiteral("_dmarc.example.com"), RecordType::CNAME,
                     QStringLiteral("a.example.net"));
        loop.addName(QStringLiteral("a.example.net"), RecordType::CNAME,
                     QStringLiteral("_dmarc.example.com"));
        QCOMPARE(ids(run(&loop, QStringLiteral("example.com"))),
                 QStringList{QStringLiteral("dmarc.dns_error")});
    }

    void delegatedRecord()
    {
        MemoryResolver dns;
        dns.addName(QStringLiteral("_dmarc.sl.example.com"), RecordType::CNAME,
                    QStringLiteral("_dmarc.m2.sendlayer.net"));
        dns.addTxt(QStringLiteral("_dmarc.m2.sendlayer.net"),
                   QByteArray("v=DMARC1; p=none; rua=mailto:d@sendlayer.net"));
        dns.addMx(QStringLiteral("sendlayer.net"), 10, QStringLiteral("mx.sendlayer.net"));
        dns.addTxt(QStringLiteral("sl.example.com._report._dmarc.sendlayer.net"), QByteArray("v=DMARC1"));
        dns.addEmpty(QStringLiteral("sl.example.com"));
        DmarcResult r;
        const Findings f = run(&dns, QStringLiteral("sl.example.com"), &r);
        QCOMPARE(ids(f), QStringList({QStringLiteral("dmarc.found"), QStringLiteral("dmarc.policy_none"),
                                      QStringLiteral("dmarc.report_authorized")}));
        QCOMPARE(r.recordDomain, QStringLiteral("sl.example.com"));
    }

    void externalDestinations()
    {
        const QByteArray record = "v=DMARC1; p=reject; rua=mailto:d@reports.example.net";
        {
            MemoryResolver dns;
            dns.addTxt(QStringLiteral("_dmarc.example.com"), record);
            dns.addMx(QStringLiteral("reports.example.net"), 10, QStringLiteral("mx.example.net"));
            const Findings f = run(&dns, QStringLiteral("example.com"));
            QCOMPARE(ids(f), QStringList({QStringLiteral("dmarc.found"),
                                          QStringLiteral("dmarc.report_unauthorized")}));
            const Finding* u = byId(f, "dmarc.report_unauthorized");
            QCOMPARE(u->severity(), Severity::Warning);
            QCOMPARE(u->fix,
                     QStringLiteral("example.com._report._dmarc.reports.example.net TXT \"v=DMARC1\""));
        }
        {
            MemoryResolver dns;
            dns.addTxt(QStringLiteral("_dmarc.example.com"), record);
            dns.addMx(QStringLiteral("reports.example.net"), 10, QStringLiteral("mx.example.net"));
            dns.addTxt(QStringLiteral("example.com._report._dmarc.reports.example.net"),
                       QByteArray("v=DMARC1;"));
            QCOMPARE(ids(run(&dns, QStringLiteral("example.com"))),
                     QStringList({QStringLiteral("dmarc.found"), QStringLiteral("dmarc.report_authorized")}));
        }
        {
            MemoryResolver dns;
            dns.addTxt(QStringLiteral("_dmarc.example.com"), record);
            dns.addMx(QStringLiteral("reports.example.net"), 10, QStringLiteral("mx.example.net"));
            dns.addTxt(QStringLiteral("*._report._dmarc.reports.example.net"), QByteArray("v=DMARC1"));
            QCOMPARE(ids(run(&dns, QStringLiteral("example.com"))),
                     QStringList({QStringLiteral("dmarc.found"), QStringLiteral("dmarc.report_authorized")}));
        }
        {
            // an unrelated TXT does not authorise; a failed lookup is said as such
            MemoryResolver dns;
            dns.addTxt(QStringLiteral("_dmarc.example.com"), record);
            dns.addMx(QStringLiteral("reports.example.net"), 10, QStringLiteral("mx.example.net"));
            dns.addTxt(QStringLiteral("example.com._report._dmarc.reports.example.net"), QByteArray("hello"));
            QVERIFY(ids(run(&dns, QStringLiteral("example.com")))
                        .contains(QStringLiteral("dmarc.report_unauthorized")));
            dns.setStatus(QStringLiteral("*._report._dmarc.reports.example.net"), Status::ServerFailure);
            dns.clearCache(); // "check again"
            QCOMPARE(ids(run(&dns, QStringLiteral("example.com"))),
                     QStringList({QStringLiteral("dmarc.found"), QStringLiteral("dmarc.dns_error")}));
        }
    }

    void reportDomainWithoutMail()
    {
        MemoryResolver dns;
        dns.addTxt(
            QStringLiteral("_dmarc.example.com"),
            QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com; ruf=mailto:f@nomail.example.com"));
        dns.addMx(QStringLiteral("example.com"), 0, QStringLiteral("."));
        const Findings f = run(&dns, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dmarc.found"), QStringLiteral("dmarc.report_no_mx"),
                                      QStringLiteral("dmarc.report_no_mx")}));
        QCOMPARE(f.at(1).subject, QStringLiteral("example.com"));        // null MX
        QCOMPARE(f.at(2).subject, QStringLiteral("nomail.example.com")); // no domain
    }

    void hostileRecords()
    {
        MemoryResolver dns;
        QList<QByteArray> huge{QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com; x=")};
        for (int i = 0; i < 400; ++i)
            huge.append(QByteArray(255, 'x'));
        dns.addTxt(QStringLiteral("_dmarc.example.com"), huge);
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        Findings f = run(&dns, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dmarc.found"), QStringLiteral("dmarc.unknown_tag")}));
        for (const Finding& finding : f)
            QVERIFY(finding.seen.size() < 1000);

        MemoryResolver bin;
        QByteArray garbage("v=DMARC1; p=reject; ");
        for (int i = 0; i < 500; ++i)
            garbage.append(char((i * 37) % 256));
        bin.addTxt(QStringLiteral("_dmarc.example.com"), garbage);
        f = run(&bin, QStringLiteral("example.com"));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dmarc.syntax")});
        QVERIFY(!f.constFirst().seen.contains(QChar(0)));

        // many report addresses: only a few destinations are looked up
        MemoryResolver many;
        QByteArray rec("v=DMARC1; p=reject; rua=");
        for (int i = 0; i < 50; ++i)
            rec += "mailto:r@d" + QByteArray::number(i) + ".example.net,";
        many.addTxt(QStringLiteral("_dmarc.example.com"), rec);
        run(&many, QStringLiteral("example.com"));
        QVERIFY(many.queryLog().size() <= 3 + 3 * 4);

        // non-ASCII domain: looked up in its ASCII form
        MemoryResolver idn;
        run(&idn, QStringLiteral("caff\u00e8.example"));
        QVERIFY(idn.queryLog().contains(QStringLiteral("_dmarc.xn--caff-8oa.example/TXT")));
    }

    void badDomainAndCancel()
    {
        MemoryResolver dns;
        QCOMPARE(ids(run(&dns, QStringLiteral("no..domain"))),
                 QStringList{QStringLiteral("dmarc.bad_domain")});
        QVERIFY(dns.queryLog().isEmpty());

        dns.setLatency(200);
        DmarcCheck check(&dns);
        QSignalSpy spy(&check, &DmarcCheck::finished);
        check.start(QStringLiteral("example.com"));
        check.cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(ids(check.findings()), QStringList{QStringLiteral("dmarc.cancelled")});
        QTest::qWait(300);
        QCOMPARE(spy.size(), 1);
        // a new run after a cancelled one is not disturbed by the old answers
        dns.setLatency(0);
        dns.addTxt(QStringLiteral("_dmarc.example.com"),
                   QByteArray("v=DMARC1; p=reject; rua=mailto:d@example.com"));
        dns.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com"));
        dns.clearCache(); // "check again"
        check.start(QStringLiteral("example.com"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(ids(check.findings()), QStringList{QStringLiteral("dmarc.found")});
    }
};

QTEST_GUILESS_MAIN(TestDmarc)
#include "tst_dmarc.moc"
