// The probe's recommendation for every shape of result: what the Checks page and
// `postino-cli probe` tell the user to do once the ports have answered.
#include "probe/portprobe.h"

#include <QTest>

using namespace postino;
using Outcome = PortResult::Outcome;

namespace {

PortResult port(quint16 number, Outcome outcome, SmtpSecurity security = SmtpSecurity::StartTls)
{
    PortResult r;
    r.port = number;
    r.security = security;
    r.host = QStringLiteral("smtp.example.com");
    r.outcome = outcome;
    return r;
}

PortResult https(Outcome outcome)
{
    PortResult r = port(443, outcome);
    r.https = true;
    r.host = QStringLiteral("api.example.com");
    return r;
}

ProbeReport recommended(const QList<PortResult>& ports)
{
    ProbeReport report;
    report.host = QStringLiteral("smtp.example.com");
    report.ports = ports;
    PortProbe::recommend(&report);
    return report;
}

} // namespace

class TestProbeAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recommendation_data()
    {
        QTest::addColumn<QList<PortResult>>("ports");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("recommendedPort");

        QTest::newRow("587 works, 25 blocked")
            << QList<PortResult>{port(25, Outcome::Blocked), port(587, Outcome::Usable)}
            << QStringLiteral("probe.recommend_port") << int(Severity::Ok) << 587;
        QTest::newRow("only 465 works")
            << QList<PortResult>{port(587, Outcome::Refused), port(465, Outcome::Usable, SmtpSecurity::Tls)}
            << QStringLiteral("probe.recommend_port") << int(Severity::Ok) << 465;
        QTest::newRow("API mailer, API reachable")
            << QList<PortResult>{https(Outcome::Usable)} << QStringLiteral("probe.api_reachable")
            << int(Severity::Ok) << 0;
        QTest::newRow("API mailer, API unreachable")
            << QList<PortResult>{https(Outcome::Blocked)} << QStringLiteral("probe.api_unreachable")
            << int(Severity::Error) << 0;
        QTest::newRow("host name unknown")
            << QList<PortResult>{port(587, Outcome::HostNotFound), port(465, Outcome::HostNotFound)}
            << QStringLiteral("probe.host_not_found") << int(Severity::Error) << 0;
        QTest::newRow("intercepted by the host")
            << QList<PortResult>{port(25, Outcome::Intercepted), port(587, Outcome::Blocked)}
            << QStringLiteral("probe.use_host_relay") << int(Severity::Error) << 0;
        QTest::newRow("all blocked, API works")
            << QList<PortResult>{port(587, Outcome::Blocked), port(465, Outcome::Refused),
                                 https(Outcome::Usable)}
            << QStringLiteral("probe.smtp_blocked") << int(Severity::Warning) << 0;
        QTest::newRow("all blocked, no API")
            << QList<PortResult>{port(587, Outcome::Blocked), port(465, Outcome::Refused)}
            << QStringLiteral("probe.smtp_blocked") << int(Severity::Error) << 0;
        QTest::newRow("certificates wrong everywhere")
            << QList<PortResult>{port(587, Outcome::TlsProblem),
                                 port(465, Outcome::TlsProblem, SmtpSecurity::Tls)}
            << QStringLiteral("probe.no_usable_port") << int(Severity::Error) << 0;
    }

    void recommendation()
    {
        QFETCH(QList<PortResult>, ports);
        QFETCH(QString, id);
        QFETCH(int, severity);
        QFETCH(int, recommendedPort);
        const ProbeReport report = recommended(ports);
        QCOMPARE(report.recommendation.id, id);
        QCOMPARE(int(report.recommendation.severity()), severity);
        QCOMPARE(int(report.recommendedPort), recommendedPort);
        QVERIFY(!report.recommendation.detail.isEmpty());
        if (severity != int(Severity::Ok)) { // never a dead end
            QVERIFY2(!report.recommendation.advice.steps.isEmpty(), qPrintable(id));
        }
    }

    // When SMTP is out of reach the way out names real API mailers from the catalog.
    void blockedNamesApiMailers()
    {
        const ProbeReport report = recommended({port(587, Outcome::Blocked), port(25, Outcome::Blocked)});
        QVERIFY(report.apiMailers.contains(QStringLiteral("sendgrid")));
        QVERIFY(!report.apiMailers.contains(QStringLiteral("smtp")));
        QVERIFY(
            report.recommendation.advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("SendGrid")));
    }
};

QTEST_GUILESS_MAIN(TestProbeAdvice)
#include "tst_probeadvice.moc"
