// The recommendation: which catalog mailer the evidence points at, and the reasons a user reads.
#include "catalog/catalog.h"
#include "discovery/recommendation.h"

#include <QJsonArray>
#include <QTest>

using namespace postino;
using namespace postino::discovery;

namespace {

DiscoveryResult base()
{
    DiscoveryResult r;
    r.address = QStringLiteral("anna@example.it");
    r.domain = QStringLiteral("example.it");
    return r;
}

SmtpCandidate verifiedServer(const QString& host, quint16 port, SmtpSecurity security)
{
    return SmtpCandidate{.host = host,
                         .port = port,
                         .security = security,
                         .source = CandidateSource::Srv,
                         .sourceDetail = QStringLiteral("_submissions._tcp.example.it"),
                         .verified = true,
                         .probed = true};
}

HostingMatch blockingHost()
{
    return HostingMatch{.hostingId = QStringLiteral("linode"),
                        .name = QStringLiteral("Linode"),
                        .blockedPorts = {25, 465, 587},
                        .blocksByDefault = true,
                        .evidence = QStringLiteral("203.0.113.7 is li1-7.members.linode.com")};
}

QStringList ids(const QList<Suggestion>& suggestions)
{
    QStringList out;
    for (const Suggestion& s : suggestions) {
        out << s.mailerId;
    }
    return out;
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorisedServiceComesFirst()
    {
        DiscoveryResult r = base();
        r.mailbox = MailboxMatch{.providerId = QStringLiteral("gmail"),
                                 .name = QStringLiteral("Gmail / Google Workspace"),
                                 .evidence = QStringLiteral("MX aspmx.l.google.com")};
        r.sendingServices = {SendingService{.mailerId = QStringLiteral("sendinblue"),
                                            .evidence = {QStringLiteral("SPF includes spf.brevo.com"),
                                                         QStringLiteral("DKIM brevo1._domainkey")}}};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QCOMPARE(ids(s).value(0), QStringLiteral("sendinblue"));
        QCOMPARE(ids(s).value(1), QStringLiteral("gmail"));
        QVERIFY2(s[0].reasons.value(0).contains(QLatin1String("spf.brevo.com")),
                 qPrintable(s[0].reasons.join(QLatin1Char('|'))));
        QVERIFY(s[1].reasons.value(0).contains(QLatin1String("Google Workspace")));
        QCOMPARE(s[1].settings.value(QStringLiteral("user")).toString(), r.address);
        QVERIFY(!ids(s).contains(QStringLiteral("smtp"))); // no server was found, none is invented
    }

    // Google Workspace's own SPF include comes with the mailboxes; Brevo's DKIM was set up on purpose.
    void mailboxProvidersIncludeDoesNotOutrankASetUpService()
    {
        DiscoveryResult r = base();
        r.mailbox = MailboxMatch{.providerId = QStringLiteral("gmail"),
                                 .name = QStringLiteral("Gmail / Google Workspace"),
                                 .evidence = QStringLiteral("MX aspmx.l.google.com")};
        r.sendingServices = {SendingService{.mailerId = QStringLiteral("gmail"),
                                            .evidence = {QStringLiteral("SPF includes _spf.google.com")}},
                             SendingService{.mailerId = QStringLiteral("sendinblue"),
                                            .evidence = {QStringLiteral("SPF includes spf.brevo.com")}}};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QCOMPARE(ids(s).mid(0, 2), (QStringList{QStringLiteral("sendinblue"), QStringLiteral("gmail")}));
        // Without a second service, the mailbox provider's mailer leads.
        r.sendingServices.removeLast();
        QCOMPARE(ids(recommend(r, Catalog::builtin())).value(0), QStringLiteral("gmail"));
    }

    void mailboxRegionIsPrefilled()
    {
        DiscoveryResult r = base();
        r.mailbox = MailboxMatch{.providerId = QStringLiteral("zoho"),
                                 .name = QStringLiteral("Zoho Mail"),
                                 .region = QStringLiteral("eu"),
                                 .evidence = QStringLiteral("MX mx.zoho.eu")};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QCOMPARE(ids(s).value(0), QStringLiteral("zoho"));
        QCOMPARE(s[0].settings.value(QStringLiteral("domain")).toString(), QStringLiteral("eu"));
    }

    void verifiedServerFillsOtherSmtp()
    {
        DiscoveryResult r = base();
        SmtpCandidate c = verifiedServer(QStringLiteral("mail.example.it"), 465, SmtpSecurity::Tls);
        c.username = UsernameForm::LocalPart;
        r.smtp = {c};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QCOMPARE(ids(s).value(0), QStringLiteral("smtp"));
        QCOMPARE(s[0].settings.value(QStringLiteral("host")).toString(), QStringLiteral("mail.example.it"));
        QCOMPARE(s[0].settings.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(s[0].settings.value(QStringLiteral("encryption")).toString(), QStringLiteral("ssl"));
        QCOMPARE(s[0].settings.value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
        QVERIFY(s[0].reasons.value(0).contains(QLatin1String("valid certificate")));
    }

    void unverifiedServerIsLabelled()
    {
        DiscoveryResult r = base();
        SmtpCandidate c = verifiedServer(QStringLiteral("smtp.example.it"), 587, SmtpSecurity::StartTls);
        c.verified = false;
        c.verifyDetail = QStringLiteral("Blocked");
        r.smtp = {c};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        const int i = int(ids(s).indexOf(QStringLiteral("smtp")));
        QVERIFY(i >= 0);
        QVERIFY(s[i].reasons.value(0).contains(QLatin1String("could not verify")));
        QCOMPARE(s[i].settings.value(QStringLiteral("encryption")).toString(), QStringLiteral("tls"));
    }

    void blockingHostPushesSmtpDown()
    {
        DiscoveryResult r = base();
        r.smtp = {verifiedServer(QStringLiteral("mail.example.it"), 587, SmtpSecurity::StartTls)};
        r.hosting = blockingHost();
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QVERIFY(!s.isEmpty());
        const MailerInfo* first = Catalog::builtin().mailer(s[0].mailerId);
        QCOMPARE(first->kind, MailerKind::Api);
        QVERIFY(s[0].reasons.join(QLatin1Char(' ')).contains(QLatin1String("Linode")));
        const int smtp = int(ids(s).indexOf(QStringLiteral("smtp")));
        QVERIFY(smtp > 0);
        QVERIFY(s[smtp]
                    .reasons.join(QLatin1Char(' '))
                    .contains(QLatin1String("blocks SMTP ports 25, 465, 587 by default")));
    }

    void hostBlockingOnlyPort25ChangesNothing()
    {
        DiscoveryResult r = base();
        r.smtp = {verifiedServer(QStringLiteral("mail.example.it"), 465, SmtpSecurity::Tls)};
        r.hosting = HostingMatch{.hostingId = QStringLiteral("aws-ec2"),
                                 .name = QStringLiteral("Amazon EC2"),
                                 .blockedPorts = {25},
                                 .blocksByDefault = true,
                                 .evidence = QStringLiteral("x")};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QCOMPARE(ids(s), QStringList{QStringLiteral("smtp")});
    }

    void noEvidenceSaysSo()
    {
        const QList<Suggestion> s = recommend(base(), Catalog::builtin());
        QVERIFY(!s.isEmpty());
        for (const Suggestion& one : s) {
            QVERIFY(Catalog::builtin().mailer(one.mailerId)->recommended);
            QVERIFY(one.reasons.value(0).contains(QLatin1String("Nothing in your domain's DNS")));
        }
    }

    void unknownMailerIdIsSkipped()
    {
        DiscoveryResult r = base();
        r.sendingServices = {
            SendingService{.mailerId = QStringLiteral("no-such-mailer"), .evidence = {QStringLiteral("x")}}};
        r.mailbox = MailboxMatch{.providerId = QStringLiteral("no-such-provider"),
                                 .name = QStringLiteral("?"),
                                 .evidence = QStringLiteral("?")};
        const QList<Suggestion> s = recommend(r, Catalog::builtin());
        QVERIFY(!ids(s).contains(QStringLiteral("no-such-mailer")));
        QVERIFY(!s.isEmpty()); // falls back to the recommended mailers
    }

    void jsonHasTheIssueShape()
    {
        DiscoveryResult r = base();
        r.smtp = {verifiedServer(QStringLiteral("mail.example.it"), 465, SmtpSecurity::Tls)};
        r.suggestions = recommend(r, Catalog::builtin());
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("domain")).toString(), QStringLiteral("example.it"));
        QVERIFY(j.value(QStringLiteral("mailboxProvider")).isNull());
        QVERIFY(j.value(QStringLiteral("hosting")).isNull());
        const QJsonObject server = j.value(QStringLiteral("smtp")).toArray().at(0).toObject();
        QCOMPARE(server.value(QStringLiteral("encryption")).toString(), QStringLiteral("ssl"));
        QCOMPARE(server.value(QStringLiteral("source")).toString(), QStringLiteral("srv"));
        QCOMPARE(server.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("suggestions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("mailer"))
                     .toString(),
                 QStringLiteral("smtp"));
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
