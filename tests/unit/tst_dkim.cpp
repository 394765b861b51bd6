#include "dns/dkim.h"
#include "dns/resolver.h"

#include <QSignalSpy>
#include <QTest>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace postino;
using namespace postino::dns;

namespace {

using Problem = DkimKey::Problem;

// Keys are generated at start-up so the vectors use real keys of the sizes that matter.
struct TestKeys
{
    QByteArray rsa512;  // SubjectPublicKeyInfo, base64
    QByteArray rsa1024; // SubjectPublicKeyInfo, base64
    QByteArray rsa2048;
    QByteArray rsa2048Pkcs1; // bare RSAPublicKey, base64
    QByteArray ed25519Raw;   // 32 bytes, base64
    QByteArray ed25519Spki;  // wrapped, base64 (wrong for DKIM)
};

QByteArray spki(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out.toBase64();
}

QByteArray generateRsa(int bits, QByteArray* pkcs1 = nullptr)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    if (!key)
        return {};
    if (pkcs1) {
        unsigned char* der = nullptr;
        const int len = i2d_PublicKey(key, &der);
        *pkcs1 = QByteArray(reinterpret_cast<const char*>(der), len).toBase64();
        OPENSSL_free(der);
    }
    const QByteArray out = spki(key);
    EVP_PKEY_free(key);
    return out;
}

const Finding* byId(const Findings& findings, const char* id)
{
    return findById(findings, QLatin1String(id));
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out.append(f.id);
    return out;
}

} // namespace

class TestDkim : public QObject
{
    Q_OBJECT

    TestKeys k;

    static DkimCheck::Request request(const QStringList& mailer, const QStringList& user = {})
    {
        DkimCheck::Request r;
        r.domain = QStringLiteral("example.com");
        r.mailerSelectors = mailer;
        r.userSelectors = user;
        r.mailerName = QStringLiteral("SendGrid");
        r.mailerHint =
            QStringLiteral("Two CNAME records, s1._domainkey and s2._domainkey, pointing to SendGrid.");
        return r;
    }

    // Runs a check to the end and returns it; every run must end with exactly one finished().
    static Findings run(MemoryResolver* dns, const DkimCheck::Request& req,
                        QList<DkimSelectorResult>* results = nullptr)
    {
        DkimCheck check(dns);
        QSignalSpy spy(&check, &DkimCheck::finished);
        check.start(req);
        if (spy.isEmpty() && !spy.wait(5000))
            qFatal("DkimCheck did not finish");
        QTest::qWait(1);
        if (spy.size() != 1)
            qFatal("finished() emitted %d times", int(spy.size()));
        if (results)
            *results = check.results();
        return check.findings();
    }

    QByteArray rec(const char* prefix, const QByteArray& key) const { return QByteArray(prefix) + key; }

private Q_SLOTS:
    void initTestCase()
    {
        k.rsa512 = generateRsa(512);
        k.rsa1024 = generateRsa(1024);
        k.rsa2048 = generateRsa(2048, &k.rsa2048Pkcs1);
        EVP_PKEY* ed = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        QVERIFY(ed);
        unsigned char raw[32];
        size_t len = sizeof raw;
        QVERIFY(EVP_PKEY_get_raw_public_key(ed, raw, &len) == 1);
        k.ed25519Raw = QByteArray(reinterpret_cast<const char*>(raw), int(len)).toBase64();
        k.ed25519Spki = spki(ed);
        EVP_PKEY_free(ed);
        QVERIFY(!k.rsa512.isEmpty() && !k.rsa1024.isEmpty() && !k.rsa2048.isEmpty());
    }

    // OpenDKIM libopendkim/tests t-testdata.h records, with real keys.
    void openDkimTaxonomy_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<int>("problem");
        QTest::addColumn<bool>("testing");

        const QByteArray key = k.rsa1024;
        QTest::newRow("test") << rec("v=DKIM1; k=rsa; t=y:s; h=sha1:sha256; p=", key) << int(Problem::None)
                              << true;
        QTest::newRow("PUBLICKEYNOS") << rec("v=DKIM1; k=rsa; t=y; p=", key) << int(Problem::None) << true;
        QTest::newRow("PUBLICKEY2") << rec("v=DKIM1; p=", key) << int(Problem::None) << false;
        QTest::newRow("nok") << rec("v=DKIM1; p=", key) << int(Problem::None) << false;
        QTest::newRow("badv") << rec("v=DKIM0; k=rsa; p=", key) << int(Problem::BadVersion) << false;
        QTest::newRow("sha256only") << rec("v=DKIM1; k=rsa; h=sha256; p=", key) << int(Problem::None)
                                    << false;
        QTest::newRow("badh") << rec("v=DKIM1; k=rsa; h=sha0; p=", key) << int(Problem::UnknownHash) << false;
        QTest::newRow("badk") << rec("v=DKIM1; k=xxx; p=", key) << int(Problem::UnknownKeyType) << false;
        QTest::newRow("nop") << QByteArray("v=DKIM1; k=rsa; n=no key here") << int(Problem::Syntax) << false;
        QTest::newRow("emptyp") << QByteArray("v=DKIM1; k=rsa; p=") << int(Problem::Revoked) << false;
        QTest::newRow("corruptp") << rec("v=DKIM1; k=rsa; p=", key.left(key.size() / 2))
                                  << int(Problem::CorruptKey) << false;
    }
    void openDkimTaxonomy()
    {
        QFETCH(QByteArray, record);
        QFETCH(int, problem);
        QFETCH(bool, testing);
        const DkimKey key = parseDkimKeyRecord(record);
        QCOMPARE(int(key.problem), problem);
        QCOMPARE(key.testing(), testing);
        if (problem == int(Problem::None)) {
            QCOMPARE(key.keyType, QStringLiteral("rsa"));
            QCOMPARE(key.bits, 1024);
        } else {
            QVERIFY(!key.problemText.isEmpty());
        }
    }

    void strictSubdomainFlag()
    {
        const DkimKey key = parseDkimKeyRecord(rec("v=DKIM1; t=y:s; p=", k.rsa2048));
        QVERIFY(key.isValid());
        QVERIFY(key.strictSubdomains());
        QCOMPARE(key.flags, QStringList({QStringLiteral("y"), QStringLiteral("s")}));
    }

    // dkimpy dkim/tests/data cases, with the ed25519 keys quoted there.
    void dkimpyRecords()
    {
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; g=*; k=ed25519-sha256; p=", k.rsa2048)).problem,
                 Problem::UnknownKeyType);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1: g=*; k=rsa; p=", k.rsa2048)).problem, Problem::BadVersion);

        const DkimKey ed = parseDkimKeyRecord("k=ed25519; p=yi50DjK5O9pqbFpNHklsv9lqaS0ArSYu02qp1S0DW1Y=");
        QVERIFY2(ed.isValid(), qPrintable(ed.problemText));
        QCOMPARE(ed.keyType, QStringLiteral("ed25519"));
        QCOMPARE(ed.bits, 256);
        QCOMPARE(ed.keyData.size(), 32);

        const DkimKey exim =
            parseDkimKeyRecord("v=DKIM1; k=ed25519; p=sPs07Vu29FpHT/80UXUcYHFOHifD4o2ZlP2+XUh9g6E=");
        QVERIFY2(exim.isValid(), qPrintable(exim.problemText));

        // RFC 8463 brisbane._domainkey.football.example.com
        const DkimKey brisbane =
            parseDkimKeyRecord("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
        QVERIFY(brisbane.isValid());

        // test_implicit_k: no k= means rsa
        const DkimKey implicit = parseDkimKeyRecord(rec("v=DKIM1; p=", k.rsa2048));
        QVERIFY(implicit.isValid());
        QVERIFY(!implicit.keyTypeExplicit);
        QCOMPARE(implicit.bits, 2048);

        // PKCS#1 RSAPublicKey form (*.pub.rsa.txt, MIIBCgKCAQEA…)
        QVERIFY(k.rsa2048Pkcs1.startsWith("MIIBCgKCAQEA"));
        const DkimKey pkcs1 = parseDkimKeyRecord(rec("v=DKIM1; k=rsa; p=", k.rsa2048Pkcs1));
        QVERIFY2(pkcs1.isValid(), qPrintable(pkcs1.problemText));
        QCOMPARE(pkcs1.bits, 2048);

        // inline 512-bit record with s=email: parses, the size is judged by the check
        const DkimKey small = parseDkimKeyRecord(rec("k=rsa; s=email; p=", k.rsa512));
        QVERIFY(small.isValid());
        QCOMPARE(small.bits, 512);
        QVERIFY(small.allowsEmail());

        // test_catch_bad_key: a key with bytes cut out of its middle
        QByteArray bad = k.rsa2048;
        bad.remove(40, 8);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; p=", bad)).problem, Problem::CorruptKey);
    }

    void keyTypeMismatch()
    {
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; k=rsa; p=", k.ed25519Raw)).problem,
                 Problem::KeyTypeMismatch);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; p=", k.ed25519Raw)).problem, Problem::KeyTypeMismatch);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; k=rsa; p=", k.ed25519Spki)).problem,
                 Problem::KeyTypeMismatch);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; k=ed25519; p=", k.rsa2048)).problem,
                 Problem::KeyTypeMismatch);
        // An Ed25519 key wrapped in SubjectPublicKeyInfo is not what RFC 8463 publishes.
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; k=ed25519; p=", k.ed25519Spki)).problem,
                 Problem::CorruptKey);
        QVERIFY(parseDkimKeyRecord(rec("v=DKIM1; k=ed25519; p=", k.ed25519Raw)).isValid());
    }

    void grammar()
    {
        // v= must come first
        QCOMPARE(parseDkimKeyRecord(rec("k=rsa; v=DKIM1; p=", k.rsa2048)).problem, Problem::BadVersion);
        // duplicate tag, missing '=', bad tag name
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; k=rsa; k=rsa; p=", k.rsa2048)).problem, Problem::Syntax);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; rsa; p=", k.rsa2048)).problem, Problem::Syntax);
        QCOMPARE(parseDkimKeyRecord(rec("v=DKIM1; 1k=rsa; p=", k.rsa2048)).problem, Problem::Syntax);
        // whitespace and line folding inside p=, a trailing ';', an unknown hash next to a known one
        QByteArray spaced = k.rsa2048;
        spaced.insert(64, "\r\n ");
        spaced.insert(20, "  ");
        const DkimKey folded = parseDkimKeyRecord("v=DKIM1 ; k = rsa ; h=sha512:sha256; p=" + spaced + ";");
        QVERIFY2(folded.isValid(), qPrintable(folded.problemText));
        QCOMPARE(folded.hashes, QStringList({QStringLiteral("sha512"), QStringLiteral("sha256")}));
        // not base64
        QCOMPARE(parseDkimKeyRecord("v=DKIM1; p=MIIB$$$$").problem, Problem::CorruptKey);
        // sha1 only, no email service: parse fine, judged by the check
        const DkimKey sha1 = parseDkimKeyRecord(rec("v=DKIM1; h=sha1; s=other; p=", k.rsa2048));
        QVERIFY(sha1.isValid());
        QVERIFY(!sha1.allowsSha256());
        QVERIFY(!sha1.allowsEmail());
    }

    void badInput()
    {
        QCOMPARE(parseDkimKeyRecord(QByteArray()).problem, Problem::Syntax);
        QCOMPARE(parseDkimKeyRecord("v=DKIM1; n=caff\xc3\xa8; p=abc").problem, Problem::Syntax);
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        QCOMPARE(parseDkimKeyRecord(garbage).problem, Problem::Syntax);
        const QByteArray huge = "v=DKIM1; p=" + QByteArray(100 * 1024, 'A');
        QCOMPARE(parseDkimKeyRecord(huge).problem, Problem::CorruptKey);
        QCOMPARE(parseDkimKeyRecord("v=DKIM1; n=" + QByteArray(100 * 1024, 'x')).problem, Problem::Syntax);
    }

    // ---- DkimCheck on the in-memory resolver

    void validDelegatedSelector()
    {
        MemoryResolver dns;
        dns.addName(QStringLiteral("sl._domainkey.example.com"), RecordType::CNAME,
                    QStringLiteral("sl._domainkey.m2.sendlayer.net"));
        dns.addTxt(QStringLiteral("sl._domainkey.m2.sendlayer.net"), rec("v=DKIM1; k=rsa; p=", k.rsa2048));
        QList<DkimSelectorResult> results;
        const Findings f = run(&dns, request({QStringLiteral("sl")}), &results);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.valid")});
        QCOMPARE(f.constFirst().severity(), Severity::Ok);
        QVERIFY(f.constFirst().detail.contains(QLatin1String("sl._domainkey.m2.sendlayer.net")));
        QVERIFY(f.constFirst().seen.contains(QLatin1String("CNAME sl._domainkey.m2.sendlayer.net")));
        QCOMPARE(results.size(), 1);
        const DkimSelectorResult& r = results.constFirst();
        QCOMPARE(r.state, DkimSelectorResult::State::Found);
        QCOMPARE(r.name, QStringLiteral("sl._domainkey.example.com"));
        QCOMPARE(r.cnameChain, QStringList{QStringLiteral("sl._domainkey.m2.sendlayer.net")});
        QCOMPARE(r.keyType(), QStringLiteral("rsa"));
        QCOMPARE(r.bits(), 2048);
        QVERIFY(!r.testing());
        QVERIFY(r.fromMailer);
    }

    void splitRecordIsJoined()
    {
        MemoryResolver dns;
        const QByteArray full = rec("v=DKIM1; k=rsa; p=", k.rsa2048);
        QVERIFY(full.size() > 255);
        QList<QByteArray> chunks;
        for (qsizetype i = 0; i < full.size(); i += 255)
            chunks.append(full.mid(i, 255));
        QCOMPARE(chunks.constFirst().size(), 255);
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), chunks);
        QList<DkimSelectorResult> results;
        const Findings f = run(&dns, request({QStringLiteral("s1")}), &results);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.valid")});
        QCOMPARE(results.constFirst().record, full);
    }

    void selectorsAreQueriedInParallel()
    {
        MemoryResolver dns;
        dns.setLatency(50);
        DkimCheck check(&dns);
        QSignalSpy spy(&check, &DkimCheck::finished);
        check.start(request({QStringLiteral("s1"), QStringLiteral("s2")},
                            {QStringLiteral("mine"), QStringLiteral("S1")}));
        // every query is sent before the first answer; S1 is the same selector as s1
        QCOMPARE(dns.queryLog(), QStringList({QStringLiteral("s1._domainkey.example.com/TXT"),
                                              QStringLiteral("s2._domainkey.example.com/TXT"),
                                              QStringLiteral("mine._domainkey.example.com/TXT")}));
        QVERIFY(check.isRunning());
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
    }

    void allMissingNamesTheMailersRecords()
    {
        MemoryResolver dns;
        const Findings f = run(&dns, request({QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.not_found")});
        const Finding& nf = f.constFirst();
        QCOMPARE(nf.severity(), Severity::Error);
        QVERIFY(nf.detail.contains(QLatin1String("s1._domainkey.example.com")));
        QVERIFY(nf.detail.contains(QLatin1String("s2._domainkey.example.com")));
        QVERIFY(nf.advice.steps.join(QLatin1Char(' '))
                    .contains(QLatin1String("s1._domainkey and s2._domainkey")));
        QVERIFY(nf.expected.contains(QLatin1String("pointing to SendGrid")));
    }

    void mailerMissingButOwnSelectorFound()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("mail._domainkey.example.com"), rec("v=DKIM1; k=rsa; p=", k.rsa2048));
        const Findings f =
            run(&dns, request({QStringLiteral("s1"), QStringLiteral("s2")}, {QStringLiteral("mail")}));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dkim.mailer_missing"), QStringLiteral("dkim.valid")}));
        QCOMPARE(byId(f, "dkim.mailer_missing")->severity(), Severity::Warning);
        QVERIFY(byId(f, "dkim.mailer_missing")
                    ->advice.steps.join(QLatin1Char(' '))
                    .contains(QLatin1String("SendGrid")));
    }

    void oneOfTwoMissing()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), rec("v=DKIM1; k=rsa; p=", k.rsa2048));
        const Findings f = run(&dns, request({QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dkim.valid"), QStringLiteral("dkim.missing")}));
        QCOMPARE(byId(f, "dkim.missing")->subject, QStringLiteral("s2._domainkey.example.com"));
        QCOMPARE(byId(f, "dkim.missing")->severity(), Severity::Warning);
    }

    void noSelectorKnown()
    {
        MemoryResolver dns;
        DkimCheck::Request req = request({});
        req.mailerName = QStringLiteral("Postmark");
        req.mailerHint = QStringLiteral("A TXT record whose name ends in pm._domainkey.");
        const Findings f = run(&dns, req);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.no_selector")});
        QCOMPARE(f.constFirst().severity(), Severity::Info);
        QVERIFY(f.constFirst().advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("pm._domainkey")));
        QVERIFY(dns.queryLog().isEmpty());
    }

    void errorClassesBecomeFindings_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("fix");

        const QString name = QStringLiteral("s1._domainkey.example.com TXT ");
        QTest::newRow("syntax") << QByteArray("v=DKIM1; k=rsa") << "dkim.syntax" << int(Severity::Error)
                                << QString();
        QTest::newRow("bad_version") << rec("v=DKIM2; k=rsa; p=", k.rsa2048) << "dkim.bad_version"
                                     << int(Severity::Error)
                                     << name + QStringLiteral("\"v=DKIM1; k=rsa; p=") +
                                            QString::fromLatin1(k.rsa2048.left(100));
        QTest::newRow("unknown_key_type") << rec("v=DKIM1; k=dsa; p=", k.rsa2048) << "dkim.unknown_key_type"
                                          << int(Severity::Error) << QString();
        QTest::newRow("unknown_hash") << rec("v=DKIM1; h=md5; p=", k.rsa2048) << "dkim.unknown_hash"
                                      << int(Severity::Error) << QString();
        QTest::newRow("revoked") << QByteArray("v=DKIM1; k=rsa; p=") << "dkim.revoked" << int(Severity::Error)
                                 << QString();
        QTest::newRow("corrupt_key") << QByteArray(
                                            "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC")
                                     << "dkim.corrupt_key" << int(Severity::Error) << QString();
        QTest::newRow("key_type_mismatch")
            << rec("v=DKIM1; k=rsa; p=", k.ed25519Raw) << "dkim.key_type_mismatch" << int(Severity::Error)
            << name + QStringLiteral("\"v=DKIM1; k=ed25519; p=") + QString::fromLatin1(k.ed25519Raw) +
                   QLatin1Char('"');
        QTest::newRow("weak_key") << rec("v=DKIM1; k=rsa; p=", k.rsa512) << "dkim.weak_key"
                                  << int(Severity::Error) << QString();
        QTest::newRow("key_1024") << rec("v=DKIM1; k=rsa; p=", k.rsa1024) << "dkim.key_1024"
                                  << int(Severity::Warning) << QString();
        QTest::newRow("testing") << rec("v=DKIM1; t=y; k=ed25519; p=", k.ed25519Raw) << "dkim.testing"
                                 << int(Severity::Warning)
                                 << name + QStringLiteral("\"v=DKIM1; k=ed25519; p=") +
                                        QString::fromLatin1(k.ed25519Raw) + QLatin1Char('"');
        QTest::newRow("testing_keeps_s")
            << rec("v=DKIM1; t=y:s; k=ed25519; p=", k.ed25519Raw) << "dkim.testing" << int(Severity::Warning)
            << name + QStringLiteral("\"v=DKIM1; t=s; k=ed25519; p=") + QString::fromLatin1(k.ed25519Raw) +
                   QLatin1Char('"');
        QTest::newRow("not_for_email") << rec("v=DKIM1; s=tlsrpt; p=", k.rsa2048) << "dkim.not_for_email"
                                       << int(Severity::Error) << QString();
        QTest::newRow("sha1_only") << rec("v=DKIM1; h=sha1; p=", k.rsa2048) << "dkim.sha1_only"
                                   << int(Severity::Error) << QString();
    }
    void errorClassesBecomeFindings()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, id);
        QFETCH(int, severity);
        QFETCH(QString, fix);
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), record);
        const Findings f = run(&dns, request({QStringLiteral("s1")}));
        QCOMPARE(ids(f), QStringList{id});
        const Finding& finding = f.constFirst();
        QCOMPARE(int(finding.severity()), severity);
        QCOMPARE(finding.subject, QStringLiteral("s1._domainkey.example.com"));
        QVERIFY(!finding.detail.isEmpty());
        QVERIFY(!finding.advice.title.isEmpty());
        QVERIFY(finding.seen.startsWith(QLatin1String("s1._domainkey.example.com TXT \"")));
        if (fix.isEmpty())
            QVERIFY(finding.fix.isEmpty());
        else
            QVERIFY2(finding.fix.startsWith(fix), qPrintable(finding.fix));
    }

    void delegatedProblemsPointToTheProvider()
    {
        MemoryResolver dns;
        dns.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                    QStringLiteral("s1.domainkey.u1.wl1.sendgrid.net"));
        dns.addTxt(QStringLiteral("s1.domainkey.u1.wl1.sendgrid.net"),
                   QByteArray("v=DKIM1; t=y; p=") + k.rsa2048);
        const Findings f = run(&dns, request({QStringLiteral("s1")}));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.testing")});
        QVERIFY(f.constFirst().fix.isEmpty()); // not the user's record to change
        QVERIFY(f.constFirst()
                    .advice.steps.join(QLatin1Char(' '))
                    .contains(QLatin1String("s1.domainkey.u1.wl1.sendgrid.net")));
    }

    // The mailer's selector delegated to a host that is not the mailer's: a warning naming both;
    // delegated to the mailer's own names (a subdomain of the suffix): nothing to say.
    void cnameElsewhere()
    {
        MemoryResolver dns;
        dns.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                    QStringLiteral("s1.dkim.old-esp.example"));
        dns.addTxt(QStringLiteral("s1.dkim.old-esp.example"), rec("v=DKIM1; p=", k.rsa2048));
        dns.addName(QStringLiteral("s2._domainkey.example.com"), RecordType::CNAME,
                    QStringLiteral("s2.domainkey.u1.wl1.sendgrid.net"));
        dns.addTxt(QStringLiteral("s2.domainkey.u1.wl1.sendgrid.net"), rec("v=DKIM1; p=", k.rsa2048));
        DkimCheck::Request req = request({QStringLiteral("s1"), QStringLiteral("s2")});
        req.mailerTargetSuffixes = {QStringLiteral("sendgrid.net")};
        const Findings f = run(&dns, req);
        QCOMPARE(ids(f).count(QStringLiteral("dkim.cname_elsewhere")), 1);
        const Finding* elsewhere = byId(f, "dkim.cname_elsewhere");
        QCOMPARE(elsewhere->severity(), Severity::Warning);
        QCOMPARE(elsewhere->subject, QStringLiteral("s1._domainkey.example.com"));
        QVERIFY2(elsewhere->detail.contains(QLatin1String("s1.dkim.old-esp.example")) &&
                     elsewhere->detail.contains(QLatin1String("sendgrid.net")),
                 qPrintable(elsewhere->detail));
        // A selector the user typed may point anywhere.
        req = request({}, {QStringLiteral("s1")});
        req.mailerTargetSuffixes = {QStringLiteral("sendgrid.net")};
        QVERIFY(!ids(run(&dns, req)).contains(QStringLiteral("dkim.cname_elsewhere")));
    }

    void cnameTargetMissing()
    {
        MemoryResolver dns;
        dns.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                    QStringLiteral("s1.domainkey.u1.wl1.sendgrid.net"));
        dns.addTxt(QStringLiteral("s2._domainkey.example.com"), rec("v=DKIM1; p=", k.rsa2048));
        const Findings f = run(&dns, request({QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(ids(f),
                 QStringList({QStringLiteral("dkim.cname_target_missing"), QStringLiteral("dkim.valid")}));
        QCOMPARE(byId(f, "dkim.cname_target_missing")->severity(), Severity::Error);
        QVERIFY(byId(f, "dkim.cname_target_missing")
                    ->seen.contains(QLatin1String("CNAME s1.domainkey.u1.wl1.sendgrid.net")));
    }

    void multipleRecords()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), QByteArray("v=DKIM1; p="));
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), rec("v=DKIM1; p=", k.rsa2048));
        QList<DkimSelectorResult> results;
        const Findings f = run(&dns, request({QStringLiteral("s1")}), &results);
        QCOMPARE(ids(f),
                 QStringList({QStringLiteral("dkim.multiple_records"), QStringLiteral("dkim.valid")}));
        QCOMPARE(results.constFirst().records.size(), 2);
        QVERIFY(results.constFirst().key.isValid());
    }

    void temporaryErrorsAreNotMissing()
    {
        MemoryResolver dns;
        dns.addTimeout(QStringLiteral("s1._domainkey.example.com"));
        dns.setStatus(QStringLiteral("s2._domainkey.example.com"), Status::ServerFailure);
        QList<DkimSelectorResult> results;
        const Findings f = run(&dns, request({QStringLiteral("s1"), QStringLiteral("s2")}), &results);
        QCOMPARE(ids(f), QStringList({QStringLiteral("dkim.dns_error"), QStringLiteral("dkim.dns_error")}));
        QCOMPARE(results.at(0).state, DkimSelectorResult::State::DnsError);
        QCOMPARE(results.at(0).status, Status::Timeout);
        QCOMPARE(results.at(1).status, Status::ServerFailure);
        QCOMPARE(f.constFirst().severity(), Severity::Warning);
    }

    void cnameLoop()
    {
        MemoryResolver dns;
        dns.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                    QStringLiteral("a.example.net"));
        dns.addName(QStringLiteral("a.example.net"), RecordType::CNAME, QStringLiteral("b.example.net"));
        dns.addName(QStringLiteral("b.example.net"), RecordType::CNAME, QStringLiteral("a.example.net"));
        const Findings f = run(&dns, request({QStringLiteral("s1")}));
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.cname_loop")});
        QVERIFY(f.constFirst().detail.contains(QStringLiteral("a.example.net → b.example.net")));
    }

    void badSelector()
    {
        MemoryResolver dns;
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), rec("v=DKIM1; p=", k.rsa2048));
        const Findings f =
            run(&dns, request({QStringLiteral("s1")}, {QStringLiteral("my selector"), QStringLiteral("a..b"),
                                                       QString(70, QLatin1Char('x'))}));
        QCOMPARE(ids(f),
                 QStringList({QStringLiteral("dkim.valid"), QStringLiteral("dkim.bad_selector"),
                              QStringLiteral("dkim.bad_selector"), QStringLiteral("dkim.bad_selector")}));
        QCOMPARE(dns.queryLog().size(), 1);
    }

    void hostileRecords()
    {
        MemoryResolver dns;
        QByteArray garbage;
        for (int i = 0; i < 2000; ++i)
            garbage.append(char((i * 131) % 256));
        QList<QByteArray> huge;
        for (int i = 0; i < 400; ++i)
            huge.append(QByteArray(255, 'A'));
        huge.prepend("v=DKIM1; p=");
        dns.addTxt(QStringLiteral("a._domainkey.example.com"), huge);
        dns.addTxt(QStringLiteral("b._domainkey.example.com"), garbage);
        dns.addTxt(QStringLiteral("c._domainkey.example.com"),
                   QByteArray("v=DKIM1; n=Caff\xc3\xa8 \xe2\x82\xac; p=x"));
        dns.addTxt(QStringLiteral("d._domainkey.example.com"),
                   QByteArray("v=spf1 include:_spf.example.net ~all"));
        const Findings f =
            run(&dns, request({}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                   QStringLiteral("d"), QStringLiteral("caffè")}));
        QCOMPARE(ids(f), QStringList({QStringLiteral("dkim.corrupt_key"), QStringLiteral("dkim.syntax"),
                                      QStringLiteral("dkim.syntax"), QStringLiteral("dkim.syntax"),
                                      QStringLiteral("dkim.missing")}));
        for (const Finding& finding : f)
            QVERIFY2(finding.seen.size() < 2000, qPrintable(finding.id));
        // the IDN selector was looked up in its ASCII form
        QVERIFY(dns.queryLog().contains(QStringLiteral("xn--caff-8oa._domainkey.example.com/TXT")));
    }

    void badDomain()
    {
        MemoryResolver dns;
        DkimCheck::Request req = request({QStringLiteral("s1")});
        req.domain = QStringLiteral("not a domain..");
        const Findings f = run(&dns, req);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dkim.bad_domain")});
        QCOMPARE(f.constFirst().severity(), Severity::Error);
        QVERIFY(dns.queryLog().isEmpty());
    }

    void cancelEndsOnceWithoutAnswers()
    {
        MemoryResolver dns;
        dns.setLatency(200);
        dns.addTxt(QStringLiteral("s1._domainkey.example.com"), rec("v=DKIM1; p=", k.rsa2048));
        DkimCheck check(&dns);
        QSignalSpy spy(&check, &DkimCheck::finished);
        check.start(request({QStringLiteral("s1"), QStringLiteral("s2")}));
        check.cancel();
        QCOMPARE(spy.size(), 1);
        QVERIFY(!check.isRunning());
        QCOMPARE(ids(check.findings()), QStringList{QStringLiteral("dkim.cancelled")});
        QCOMPARE(check.results().constFirst().state, DkimSelectorResult::State::NotChecked);
        QTest::qWait(300); // the late answers are dropped
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDkim)
#include "tst_dkim.moc"
