// The verdict per mailbox provider: the rules table, how findings answer it, and the test message's
// form as receivers check it.
#include "acceptance/acceptance.h"
#include "acceptance/messagecheck.h"
#include "message/testmessage.h"
#include "profile/profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace postino;
using namespace postino::acceptance;

namespace {

Finding ok(const char* id, const QString& detail = {})
{
    return Finding{Severity::Ok,
                   {.id = QLatin1String(id),
                    .subject = QStringLiteral("example.it"),
                    .detail = detail.isEmpty() ? QLatin1String(id) + QStringLiteral(" detail") : detail}};
}

Finding problem(const char* id, Severity severity, const QString& detail)
{
    return Finding{severity,
                   {.id = QLatin1String(id), .subject = QStringLiteral("example.it"), .detail = detail},
                   {QStringLiteral("Fix it"), {QStringLiteral("A step.")}}};
}

Finding info(const char* id, const QString& detail)
{
    return Finding{Severity::Info,
                   {.id = QLatin1String(id), .subject = QStringLiteral("example.it"), .detail = detail}};
}

// Everything a well set-up domain sending through its own SMTP server shows.
Findings allGood()
{
    return {ok("spf.mailer_would_pass"), ok("dkim.valid"),     ok("dmarc.found"),
            ok("alignment.dkim"),        ok("mx.ok"),          ok("submission.tls"),
            ok("message.format_ok"),     ok("rdns.confirmed"), ok("dnsbl.not_listed")};
}

const AudienceVerdict* find(const AcceptanceVerdict& v, const QString& provider, const QString& audience)
{
    for (const AudienceVerdict& a : v.audiences) {
        if (a.provider == provider && a.audience == audience)
            return &a;
    }
    return nullptr;
}

const RequirementVerdict* requirement(const AudienceVerdict* a, const QString& id)
{
    if (!a)
        return nullptr;
    for (const RequirementVerdict& r : a->requirements) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QByteArray builtMessage()
{
    TestMessageOptions o;
    o.fromEmail = QStringLiteral("shop@example.it");
    o.fromName = QStringLiteral("Negozio È");
    o.to = QStringLiteral("anna@example.org");
    o.mailerName = QStringLiteral("Other SMTP");
    o.runId = QStringLiteral("run-1");
    return buildTestMessage(o).data;
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

} // namespace

class TestAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTableCoversGmailYahooAndOutlookWithSources()
    {
        const AcceptanceRules& rules = AcceptanceRules::builtin();
        QStringList providers;
        for (const MailboxProvider& p : rules.providers()) {
            providers << p.id;
            for (const ProviderRequirement& r : p.requirements)
                QVERIFY2(r.source.startsWith(QLatin1String("https://")), qPrintable(p.id + r.rule));
        }
        QCOMPARE(providers,
                 (QStringList{QStringLiteral("gmail"), QStringLiteral("yahoo"), QStringLiteral("outlook")}));
        const AcceptanceVerdict v = judgeAcceptance({}, {});
        QCOMPARE(v.audiences.size(), 6);
        QVERIFY(requirement(find(v, QStringLiteral("outlook"), QStringLiteral("bulk")),
                            QStringLiteral("dmarc_aligned")));
    }

    void aWellSetUpDomainMeetsEveryRuleItCanCheck()
    {
        const AcceptanceVerdict v = judgeAcceptance(allGood(), {});
        for (const AudienceVerdict& a : v.audiences)
            QCOMPARE(a.overall(), RequirementState::Met);
        // What nobody outside can see is said, never claimed.
        const RequirementVerdict* spam =
            requirement(find(v, QStringLiteral("gmail"), QStringLiteral("all")), QStringLiteral("spam_rate"));
        QVERIFY(spam);
        QCOMPARE(spam->state, RequirementState::CannotTell);
        QVERIFY(!spam->checkable);
        QVERIFY(spam->evidence.join(QLatin1Char(' ')).contains(QLatin1String("Postmaster Tools")));
        const QStringList lines = v.summaryLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(
            lines.first().startsWith(QLatin1String("Gmail: meets every rule Postino can check for senders "
                                                   "under 5,000 messages a day")),
            qPrintable(lines.first()));
    }

    void dkimMissingFailsBulkButNotEveryone()
    {
        Findings evidence = allGood();
        evidence.removeIf([](const Finding& f) {
            return f.id == QLatin1String("dkim.valid") || f.id.startsWith(QLatin1String("alignment"));
        });
        evidence << problem("dkim.not_found", Severity::Error,
                            QStringLiteral("No DKIM key was found for example.it."))
                 << problem("alignment.none", Severity::Warning,
                            QStringLiteral("Neither DKIM nor SPF lines up."));
        const AcceptanceVerdict v = judgeAcceptance(evidence, {});
        const AudienceVerdict* all = find(v, QStringLiteral("gmail"), QStringLiteral("all"));
        const AudienceVerdict* bulk = find(v, QStringLiteral("gmail"), QStringLiteral("bulk"));
        QCOMPARE(requirement(all, QStringLiteral("spf_or_dkim"))->state, RequirementState::Met);
        // "Any one" shows only what met it.
        QCOMPARE(requirement(all, QStringLiteral("spf_or_dkim"))->evidence,
                 QStringList{QStringLiteral("example.it: spf.mailer_would_pass detail")});
        const RequirementVerdict* both = requirement(bulk, QStringLiteral("spf_and_dkim"));
        QCOMPARE(both->state, RequirementState::NotMet);
        // A detail that names its subject is shown as it is.
        QVERIFY(both->evidence.contains(QStringLiteral("No DKIM key was found for example.it.")));
        QCOMPARE(requirement(bulk, QStringLiteral("dmarc_aligned"))->state, RequirementState::NotMet);
        QCOMPARE(all->overall(), RequirementState::Met);
        QCOMPARE(bulk->overall(), RequirementState::NotMet);
        QVERIFY2(v.summaryLines().first().contains(QLatin1String("not met: Both SPF and DKIM pass")),
                 qPrintable(v.summaryLines().first()));
    }

    void theArrivedCopyOutranksDns()
    {
        Findings evidence = allGood();
        evidence << problem("delivery.auth.dkim", Severity::Error,
                            QStringLiteral("DKIM: fail, as judged by mx.example.org."));
        const AcceptanceVerdict v = judgeAcceptance(evidence, {});
        const RequirementVerdict* dkim =
            requirement(find(v, QStringLiteral("outlook"), QStringLiteral("bulk")), QStringLiteral("dkim"));
        QCOMPARE(dkim->state, RequirementState::NotMet);
        QCOMPARE(dkim->evidence,
                 QStringList{QStringLiteral("example.it: DKIM: fail, as judged by mx.example.org.")});
    }

    void aBlocklistThatCouldNotBeAskedIsNeverClean()
    {
        Findings evidence = allGood();
        evidence << info("dnsbl.could_not_check", QStringLiteral("Spamhaus refused the query."));
        AcceptanceVerdict v = judgeAcceptance(evidence, {});
        const RequirementVerdict* bl = requirement(find(v, QStringLiteral("yahoo"), QStringLiteral("all")),
                                                   QStringLiteral("not_blocklisted"));
        QCOMPARE(bl->state, RequirementState::CannotTell);
        QVERIFY(!bl->written);
        QCOMPARE(find(v, QStringLiteral("yahoo"), QStringLiteral("all"))->overall(),
                 RequirementState::CannotTell);

        evidence << problem("dnsbl.listed", Severity::Error, QStringLiteral("203.0.113.5 is on SpamCop."));
        v = judgeAcceptance(evidence, {});
        bl = requirement(find(v, QStringLiteral("yahoo"), QStringLiteral("all")),
                         QStringLiteral("not_blocklisted"));
        QCOMPARE(bl->state, RequirementState::NotMet);
        QCOMPARE(bl->evidence, QStringList{QStringLiteral("example.it: 203.0.113.5 is on SpamCop.")});
    }

    void withoutEvidenceItSaysWhyItCannotTell()
    {
        AcceptanceVerdict v = judgeAcceptance({}, {});
        const RequirementVerdict* rdns = requirement(find(v, QStringLiteral("gmail"), QStringLiteral("all")),
                                                     QStringLiteral("reverse_dns"));
        QCOMPARE(rdns->state, RequirementState::CannotTell);
        QVERIFY(rdns->evidence.join(QString()).contains(QLatin1String("--site")));
        QCOMPARE(find(v, QStringLiteral("gmail"), QStringLiteral("all"))->overall(),
                 RequirementState::CannotTell);

        v = judgeAcceptance({}, {.mailerName = QStringLiteral("Brevo"), .sentFromMailerServers = true});
        rdns = requirement(find(v, QStringLiteral("gmail"), QStringLiteral("all")),
                           QStringLiteral("reverse_dns"));
        QVERIFY(rdns->evidence.join(QString()).contains(QLatin1String("mailer's own servers")));
    }

    // A personal address at the provider's own domain, sent through that provider: its records are the
    // provider's, and the report says so instead of looking for SPF, DKIM and DMARC of its own.
    void theProvidersOwnDomainMeetsTheAuthenticationRules()
    {
        const AcceptanceVerdict v =
            judgeAcceptance({ok("dns.provider_domain", QStringLiteral("gmail.com is Gmail's own domain.")),
                             ok("submission.tls")},
                            {.mailerName = QStringLiteral("Gmail"), .sentFromMailerServers = true});
        const AudienceVerdict* bulk = find(v, QStringLiteral("gmail"), QStringLiteral("bulk"));
        for (const char* id : {"spf_and_dkim", "dmarc_record", "dmarc_aligned"})
            QCOMPARE(requirement(bulk, QLatin1String(id))->state, RequirementState::Met);
        QCOMPARE(requirement(find(v, QStringLiteral("outlook"), QStringLiteral("bulk")),
                             QStringLiteral("reply_address"))
                     ->state,
                 RequirementState::Met);
    }

    void jsonHasProviderAudienceAndRequirements()
    {
        const QJsonArray json = judgeAcceptance(allGood(), {}).toJson();
        QCOMPARE(json.size(), 6);
        const QJsonObject first = json.first().toObject();
        QCOMPARE(first.value(QLatin1String("provider")).toString(), QStringLiteral("gmail"));
        QCOMPARE(first.value(QLatin1String("audience")).toString(), QStringLiteral("all"));
        QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("met"));
        const QJsonObject req = first.value(QLatin1String("requirements")).toArray().first().toObject();
        QCOMPARE(req.value(QLatin1String("id")).toString(), QStringLiteral("spf_or_dkim"));
        QCOMPARE(req.value(QLatin1String("state")).toString(), QStringLiteral("met"));
        QVERIFY(!req.value(QLatin1String("evidence")).toArray().isEmpty());
    }

    void badTablesAreRefused_data()
    {
        // Plain literals: moc does not read raw string literals.
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray fact = "\"facts\": {\"f\": {\"noEvidence\": \"x\", \"evidence\": [{\"id\": \"a.b\", "
                                "\"state\": \"met\"}]}}";
        QTest::newRow("unknown fact")
            << QByteArray("{\"schemaVersion\": 1, " + fact +
                          ", \"rules\": {\"r\": {\"title\": \"T\", \"all\": [\"nope\"]}}}")
            << QStringLiteral("unknown fact");
        QTest::newRow("no https source")
            << QByteArray(
                   "{\"schemaVersion\": 1, " + fact +
                   ", \"rules\": {\"r\": {\"title\": \"T\", \"all\": [\"f\"]}}, \"providers\": [{\"id\": "
                   "\"p\", \"name\": \"P\", \"audiences\": {\"all\": \"everyone\"}, \"requirements\": "
                   "[{\"rule\": \"r\", \"audience\": \"all\", \"source\": \"http://example.org\"}]}]}")
            << QStringLiteral("https");
        QTest::newRow("odd state") << QByteArray(
                                          "{\"schemaVersion\": 1, \"facts\": {\"f\": {\"noEvidence\": \"x\", "
                                          "\"evidence\": [{\"id\": \"a\", \"state\": \"maybe\"}]}}}")
                                   << QStringLiteral("odd evidence");
        QTest::newRow("typo") << QByteArray(
                                     "{\"schemaVersion\": 1, \"facts\": {\"f\": {\"noEvidence\": \"x\", "
                                     "\"evidense\": []}}}")
                              << QStringLiteral("evidense");
    }
    void badTablesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!AcceptanceRules::fromJson(json, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void theBuiltTestMessageFollowsRfc5322()
    {
        const Findings f =
            checkMessageFormat(builtMessage(), QStringLiteral("example.it"), MessageOrigin::Built);
        QCOMPARE(ids(f), QStringList{QStringLiteral("message.format_ok")});
    }

    void brokenMessagesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("id");
        const QByteArray good = builtMessage();
        QByteArray twoFroms = good;
        twoFroms.replace("From: ", "From: other@example.it\r\nFrom: ");
        QTest::newRow("two From fields") << twoFroms << QStringLiteral("message.header_repeated");
        QByteArray twoMailboxes = good;
        twoMailboxes.replace("From: ", "From: a@example.it, ");
        QTest::newRow("two mailboxes") << twoMailboxes << QStringLiteral("message.from_mailboxes");
        QByteArray noDate = good;
        noDate.replace("Date: ", "X-Old-Date: ");
        QTest::newRow("no Date") << noDate << QStringLiteral("message.date_missing");
        QByteArray badDate = good;
        badDate.replace("Date: ", "Date: yesterday\r\nX-Was: ");
        QTest::newRow("bad Date") << badDate << QStringLiteral("message.date_invalid");
        QByteArray noId = good;
        noId.replace("Message-ID: ", "X-Message-ID: ");
        QTest::newRow("no Message-ID") << noId << QStringLiteral("message.message_id_missing");
        QByteArray lf = good;
        lf.replace("\r\n", "\n");
        QTest::newRow("LF line ends") << lf << QStringLiteral("message.bare_line_end");
        QTest::newRow("long line") << QByteArray(good + QByteArray(1200, 'x') + "\r\n")
                                   << QStringLiteral("message.line_too_long");
        QByteArray unclosed = good;
        unclosed.truncate(unclosed.lastIndexOf("--"));
        QTest::newRow("unclosed multipart") << unclosed << QStringLiteral("message.mime_invalid");
        QByteArray raw8bit = good;
        raw8bit.replace("Subject: ", "Subject: caff\xc3\xa8 ");
        QTest::newRow("8-bit header") << raw8bit << QStringLiteral("message.header_8bit");
    }
    void brokenMessagesAreNamed()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, id);
        const Findings f = checkMessageFormat(message, QStringLiteral("example.it"), MessageOrigin::Built);
        QVERIFY2(ids(f).contains(id), qPrintable(ids(f).join(QLatin1Char(' '))));
        QVERIFY(!ids(f).contains(QStringLiteral("message.format_ok")));
        for (const Finding& each : f) {
            if (each.isProblem())
                QVERIFY(each.advice.isComplete());
        }
        const AcceptanceVerdict v = judgeAcceptance(f, {});
        QCOMPARE(requirement(find(v, QStringLiteral("gmail"), QStringLiteral("all")),
                             QStringLiteral("message_format"))
                     ->state,
                 RequirementState::NotMet);
    }

    void anArrivedCopyIsJudgedOnItsHeader()
    {
        const QByteArray header = "Return-Path: <bounce@mailer.example>\r\n"
                                  "From: Shop <shop@example.it>\r\n"
                                  "To: anna@example.org\r\n"
                                  "Date: Mon, 07 Dec 2026 15:41:28 +0000 (UTC)\r\n"
                                  "Message-ID: <0100abc@email.mailer.example>\r\n"
                                  "Subject: Test\r\n\r\n";
        const Findings f = checkMessageFormat(header, QStringLiteral("example.it"), MessageOrigin::Arrived);
        QCOMPARE(ids(f), (QStringList{QStringLiteral("message.format_ok"),
                                      QStringLiteral("message.message_id_domain")}));
        QCOMPARE(f.last().severity(), Severity::Info);
    }

    void submissionSaysHowMailIsHandedOver()
    {
        Profile p;
        p.setMailerId(QStringLiteral("smtp"));
        p.setMailerSettings(QStringLiteral("smtp"),
                            QJsonObject{{QStringLiteral("host"), QStringLiteral("mail.example.it")},
                                        {QStringLiteral("port"), 25},
                                        {QStringLiteral("encryption"), QStringLiteral("none")},
                                        {QStringLiteral("autotls"), false}});
        Finding f = submissionFinding(p);
        QCOMPARE(f.id, QStringLiteral("submission.plain"));
        QVERIFY(f.advice.isComplete());
        QCOMPARE(sendingRelayHost(p), QStringLiteral("mail.example.it"));
        QVERIFY(!sendsFromMailerServers(p));

        p.setMailerSettings(QStringLiteral("smtp"),
                            QJsonObject{{QStringLiteral("host"), QStringLiteral("mail.example.it")},
                                        {QStringLiteral("port"), 465},
                                        {QStringLiteral("encryption"), QStringLiteral("ssl")}});
        f = submissionFinding(p);
        QCOMPARE(f.id, QStringLiteral("submission.tls"));
        QVERIFY(f.detail.contains(QLatin1String("mail.example.it:465")));

        p.setMailerId(QStringLiteral("sendinblue"));
        f = submissionFinding(p);
        QCOMPARE(f.id, QStringLiteral("submission.tls"));
        QVERIFY(f.detail.contains(QLatin1String("HTTPS")));
        QVERIFY(sendsFromMailerServers(p));
    }
};

QTEST_GUILESS_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
