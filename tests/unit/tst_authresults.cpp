#include "catalog/catalog.h"
#include "catalog/mailboxes.h"
#include "catalog/resolvedmailer.h"
#include "delivery/authresults.h"
#include "delivery/imapclient.h"

#include <QTest>

using namespace postino;

namespace {

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* n : list)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace

class TestAuthResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8601Examples()
    {
        // RFC 8601 appendix B style headers, with comments, versions and quoted values.
        auto h = parseAuthenticationResults(QStringLiteral(
            "example.com 1; spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.net; "
            "dkim=fail reason=\"bad signature\" header.d=example.org header.s=sel (comment; with semicolon); "
            "dmarc=pass header.from=example.org"));
        QVERIFY(h);
        QCOMPARE(h->authservId, QStringLiteral("example.com"));
        QCOMPARE(h->results.size(), 3);
        QCOMPARE(h->results.at(0).method, QStringLiteral("spf"));
        QCOMPARE(h->results.at(0).result, QStringLiteral("pass"));
        QCOMPARE(h->results.at(0).reason, QStringLiteral("sender IP is 192.0.2.1"));
        QCOMPARE(h->results.at(0).property(QStringLiteral("smtp.mailfrom")), QStringLiteral("example.net"));
        QCOMPARE(h->results.at(1).result, QStringLiteral("fail"));
        QCOMPARE(h->results.at(1).reason, QStringLiteral("bad signature"));
        QCOMPARE(h->results.at(1).property(QStringLiteral("header.d")), QStringLiteral("example.org"));
        QCOMPARE(h->results.at(2).property(QStringLiteral("header.from")), QStringLiteral("example.org"));

        auto none = parseAuthenticationResults(QStringLiteral("mx.example.com; none"));
        QVERIFY(none && none->none && none->results.isEmpty());

        // Folded, upper case, nested comments, a method version, spaces around '=' and '.'.
        auto odd = parseAuthenticationResults(
            QStringLiteral("MX.Google.COM;\r\n DKIM/1 = PASS (good (nested) sig) header . i=@example.com;\r\n"
                           " SPF=SoftFail smtp.mailfrom=\"a b\"@example.com"));
        QVERIFY(odd);
        QCOMPARE(odd->authservId, QStringLiteral("mx.google.com"));
        QCOMPARE(odd->results.at(0).method, QStringLiteral("dkim"));
        QCOMPARE(odd->results.at(0).result, QStringLiteral("pass"));
        QCOMPARE(odd->results.at(0).property(QStringLiteral("header.i")), QStringLiteral("@example.com"));
        QCOMPARE(odd->results.at(1).result, QStringLiteral("softfail"));
    }

    void malformedNeverCrashes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("only semicolons") << QStringLiteral(";;;;");
        QTest::newRow("open comment") << QStringLiteral("a.b; spf=pass (unterminated");
        QTest::newRow("open quote") << QStringLiteral("a.b; dkim=fail reason=\"x");
        QTest::newRow("equals only") << QStringLiteral("a.b; = ; ==; spf=");
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02;\xff=\xfe");
        QTest::newRow("long") << QStringLiteral("a.b;") + QStringLiteral(" spf=pass x.y=z;").repeated(5000);
    }
    void malformedNeverCrashes()
    {
        QFETCH(QString, value);
        QString error;
        const auto h = parseAuthenticationResults(value, &error);
        // Either a header with an authserv-id, or nothing and a reason.
        QVERIFY(h ? !h->authservId.isEmpty() : !error.isEmpty());
        judgeAuthentication({{"Authentication-Results", value.toUtf8()}}, {QStringLiteral("a.b")});
    }

    void receivedSpf()
    {
        auto spf = parseReceivedSpf(
            QStringLiteral("Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.7; helo=mail.example.net; "
                           "envelope-from=<bounce@example.net>; receiver=mx.example.com"));
        QVERIFY(spf);
        QCOMPARE(spf->result, QStringLiteral("pass"));
        QCOMPARE(spf->clientIp, QStringLiteral("192.0.2.7"));
        QCOMPARE(spf->receiver, QStringLiteral("mx.example.com"));
        QVERIFY(!parseReceivedSpf(QStringLiteral("maybe (who knows)")));
    }

    void onlyTheReceivingProvidersHeaderCounts()
    {
        // Ten headers from ten hosts, top to bottom. Foreign ones may sit anywhere (a sender can
        // write any header it likes); only authserv-ids of the mailbox's provider (Gmail here)
        // count, and of those only the topmost, which the receiver added last.
        HeaderList headers;
        const QStringList hosts{QStringLiteral("relay1.example.net"), QStringLiteral("evil.test"),
                                QStringLiteral("mx.google.com"),      QStringLiteral("relay2.example.net"),
                                QStringLiteral("mx.google.com"),      QStringLiteral("a.example"),
                                QStringLiteral("b.example"),          QStringLiteral("c.example"),
                                QStringLiteral("d.example"),          QStringLiteral("e.example")};
        for (int i = 0; i < hosts.size(); ++i) {
            const bool receiver = i == 2;
            headers.append(
                {"Authentication-Results",
                 hosts.at(i).toUtf8() +
                     (receiver ? "; dkim=fail header.d=example.org; spf=pass smtp.mailfrom=example.org; "
                                 "dmarc=fail header.from=example.org"
                               : "; dkim=pass header.d=example.org; spf=fail smtp.mailfrom=example.org; "
                                 "dmarc=pass header.from=example.org")});
            headers.append({"Received", "from somewhere by " + hosts.at(i).toUtf8()});
        }
        const AuthVerdict v =
            judgeAuthentication(headers, trustedAuthservIds(QStringLiteral("imap.gmail.com")));
        QVERIFY(v.found);
        QCOMPARE(v.authservId, QStringLiteral("mx.google.com"));
        QCOMPARE(v.dkim, QStringLiteral("fail"));
        QCOMPARE(v.spf, QStringLiteral("pass"));
        QCOMPARE(v.dmarc, QStringLiteral("fail"));
        QCOMPARE(v.ignoredHeaders, 9); // the other nine, including the lower mx.google.com one

        const Findings f = authenticationFindings(v, QStringLiteral("example.org"));
        QCOMPARE(findById(f, QStringLiteral("delivery.auth.dkim"))->severity(), Severity::Error);
        QCOMPARE(findById(f, QStringLiteral("delivery.auth.spf"))->severity(), Severity::Ok);
        QCOMPARE(findById(f, QStringLiteral("delivery.auth.dmarc"))->severity(), Severity::Error);
        QCOMPARE(findById(f, QStringLiteral("delivery.auth.dkim"))->subject, QStringLiteral("example.org"));
        QVERIFY(findById(f, QStringLiteral("delivery.auth.ignored")));
    }

    void noOwnHeaderClaimsNothing()
    {
        HeaderList headers{{"Authentication-Results", "attacker.example; spf=pass; dkim=pass; dmarc=pass"},
                           {"Received-SPF", "pass (forged)"}};
        const AuthVerdict v =
            judgeAuthentication(headers, trustedAuthservIds(QStringLiteral("imap.zoho.com")));
        QVERIFY(!v.found);
        QCOMPARE(v.ignoredHeaders, 1);
        const Findings f = authenticationFindings(v, QStringLiteral("example.org"));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().id, QStringLiteral("delivery.auth.not_found"));
        QVERIFY(f.first().detail.contains(QLatin1String("attacker.example")));
    }

    void receivedSpfFillsSpfForTheReceiver()
    {
        HeaderList headers{
            {"Received-SPF", "softfail (domain does not designate) envelope-from=x@example.org"},
            {"Authentication-Results", "mx.zohomail.com; dkim=pass header.d=example.org"}};
        const AuthVerdict v =
            judgeAuthentication(headers, trustedAuthservIds(QStringLiteral("imap.zoho.com")));
        QVERIFY(v.found);
        QCOMPARE(v.dkim, QStringLiteral("pass"));
        QCOMPARE(v.spf, QStringLiteral("softfail"));
        QVERIFY(v.spfFromReceivedSpf);
        QCOMPARE(findById(authenticationFindings(v, QStringLiteral("example.org")),
                          QStringLiteral("delivery.auth.spf"))
                     ->severity(),
                 Severity::Warning);
    }

    // A provider's name matches on a label boundary: an IMAP host at evilgmail.com is not Gmail,
    // so a header from mx.google.com (which anyone upstream can write) must not count there.
    void providersMatchOnLabelBoundaries_data()
    {
        QTest::addColumn<QString>("imapHost");
        QTest::addColumn<QStringList>("trusted");
        QTest::newRow("gmail.com") << "imap.gmail.com" << names({"mx.google.com", "gmail.com"});
        QTest::newRow("gmail.com itself") << "gmail.com" << names({"mx.google.com", "gmail.com"});
        QTest::newRow("evilgmail.com") << "imap.evilgmail.com" << names({"evilgmail.com"});
        QTest::newRow("gmail.com.evil.test") << "imap.gmail.com.evil.test" << names({"evil.test"});
        QTest::newRow("notlive.com") << "imap.notlive.com" << names({"notlive.com"});
        QTest::newRow("myzoho.example") << "imap.myzoho.example" << names({"myzoho.example"});
        QTest::newRow("zoho.com.au") << "imap.zoho.com.au"
                                     << names({"mx.zohomail.com", "zohomail.com", "zoho.com", "zoho.eu",
                                               "zoho.com.au"});
        QTest::newRow("yahoo.co.jp") << "imap.mail.yahoo.co.jp"
                                     << names({"atlas.yahoo.com", "yahoo.com", "aol.com", "yahoo.co.jp"});
        QTest::newRow("notaol.example") << "imap.notaol.example" << names({"notaol.example"});
        // The host's own organisational domain, by the Public Suffix List, not its last two labels.
        QTest::newRow("co.uk") << "imap.example.co.uk" << names({"example.co.uk"});
        QTest::newRow("address") << "192.0.2.7" << names({"192.0.2.7"});
    }
    void providersMatchOnLabelBoundaries()
    {
        QFETCH(QString, imapHost);
        QFETCH(QStringList, trusted);
        const QStringList ids = trustedAuthservIds(imapHost);
        QCOMPARE(ids, trusted);
        // What it means for a header that claims a pass.
        const HeaderList headers{
            {"Authentication-Results", "mx.google.com; spf=pass; dkim=pass; dmarc=pass"}};
        QCOMPARE(judgeAuthentication(headers, ids).found, trusted.contains(QStringLiteral("mx.google.com")));
        // Two mailbox providers under co.uk are not one.
        const HeaderList neighbour{{"Authentication-Results", "mx.other.co.uk; dmarc=pass"}};
        QVERIFY(!judgeAuthentication(neighbour, ids).found);
    }

    // Looking in a preset's mailbox (in any of its data centres) trusts what that provider writes.
    void everyPresetTrustsItsProvidersIds()
    {
        for (const MailboxProvider& p : MailboxCatalog::builtin().providers()) {
            QStringList hosts{p.imapHost};
            if (const MailerInfo* mailer = Catalog::builtin().mailer(p.dataCentreMailer)) {
                const QString regionField = mailer->oauth.value(QLatin1String("regionField")).toString();
                for (const FieldChoice& c : mailer->field(regionField)->choices) {
                    hosts << imapPreset(p.id, resolveMailer(*mailer, {{regionField, c.value}}))->host;
                }
            }
            for (const QString& host : std::as_const(hosts)) {
                const QStringList ids = trustedAuthservIds(host);
                QVERIFY2(ids.mid(0, p.authservIds.size()) == p.authservIds, qPrintable(host));
            }
        }
    }

    void headerBlockUnfolds()
    {
        const HeaderList h =
            parseHeaderBlock("A: 1\r\nAuthentication-Results: x.y;\r\n spf=pass\r\n\tdkim=none\r\n"
                             "B: 2\r\n\r\nBody: not a header\r\n");
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(1).second, QByteArray("x.y; spf=pass dkim=none"));
    }
};

QTEST_GUILESS_MAIN(TestAuthResults)
#include "tst_authresults.moc"
