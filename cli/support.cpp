#include "cli/support.h"

#include "acceptance/acceptance.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/session.h"
#include "delivery/deliveryverifier.h"
#include "dns/wireresolver.h"
#include "profile/validators.h"
#include "report/report.h"
#include "send/testsend.h"
#include "send/testsendconfirm.h"
#include "smtp/smtpcheck.h"

#include <QDateTime>
#include <algorithm>

namespace postino {

SecretLookup secretLookup(const EnvironmentSecrets& secrets)
{
    return [secrets](const QString& group, const QString& field) {
        return secrets.value(group, field).value_or(QByteArray());
    };
}

Advice secretAdvice(const QString& variable)
{
    return Advice{CliRunner::tr("Give the secret in the environment or a file"),
                  {CliRunner::tr("Set it in the environment before the command: export %1='…'").arg(variable),
                   CliRunner::tr("Or put the line %1=… in a file only you can read (chmod 600) and add "
                                 "--secrets-file FILE.")
                       .arg(variable)}};
}

Advice secretsFileAdvice(const QString& file)
{
    return Advice{
        CliRunner::tr("Check the secrets file"),
        {CliRunner::tr("Make sure %1 is yours, writable by you and readable by nobody else (chmod 600), "
                       "and that its folder exists.")
             .arg(file)}};
}

Findings withLoginAdvice(Findings findings)
{
    for (Finding& f : findings) {
        if (f.id == QLatin1String("profile.required") && f.subject == QLatin1String("smtp.user")) {
            f.detail = CliRunner::tr("No SMTP username given, and this server is set to need a login.");
            f.setSeverity(
                Severity::Error,
                Advice{CliRunner::tr("Give the login, or say the server needs none"),
                       {CliRunner::tr("If the server needs a login (most do), add --user with your SMTP "
                                      "username, often your full email address, and set "
                                      "POSTINO_PASSWORD."),
                        CliRunner::tr("If it accepts mail without a login (a relay that trusts your "
                                      "server's address), add --no-auth instead.")}});
        }
    }
    return findings;
}

Findings missingSecrets(const CliOptions& o, const MailerInfo* mailer)
{
    Findings problems;
    for (const FieldSpec* f : o.profile.missingSecrets(secretLookup(o.secrets))) {
        const QString variable = EnvironmentSecrets::variableName(mailer->id, f->key);
        problems.append(Finding{Severity::Error,
                                {.id = QStringLiteral("profile.required"),
                                 .subject = mailer->id + QLatin1Char('.') + f->key,
                                 .detail = CliRunner::tr("No %1 given: set %2 or use --secrets-file.")
                                               .arg(Catalog::tr(f->label), variable)},
                                secretAdvice(variable)});
    }
    return problems;
}

void sendTestEmail(CliSession& s, const CliOptions& o)
{
    QList<QPair<QString, QString>> reportSettings = SessionReport::describe(o.profile);
    reportSettings.append({CliRunner::tr("Sent to"), o.recipient});
    s.setReportSettings(reportSettings);
    auto* job = new TestSendAndConfirm(&s);
    TestSendRequest request;
    request.recipient = o.recipient;
    request.extraCaCertificates = o.extraCa;
    request.apiBaseOverride = o.apiBase;
    request.smtpHostOverride = o.smtpHostOverride;
    request.smtpPortOverride = o.smtpPortOverride;
    if (o.timeoutMs > 0) {
        request.timeouts.connectMs = request.timeouts.greetingMs = request.timeouts.commandMs = o.timeoutMs;
    }
    request.secret = secretLookup(o.secrets);
    if (!o.secretsFile.isEmpty()) {
        // A refreshed OAuth token goes back to the secrets file it came from.
        const QString file = o.secretsFile;
        request.storeSecret = [file](const QString& mailer, const QString& field, const QByteArray& value) {
            QString ignored;
            EnvironmentSecrets::updateFile(file, {{EnvironmentSecrets::variableName(mailer, field), value}},
                                           &ignored);
        };
    }
    QObject::connect(job, &TestSendAndConfirm::transcript, &s,
                     [&s](const TranscriptLine& line) { s.record(line); });
    QObject::connect(job, &TestSendAndConfirm::progress, &s, [&s](const QString& message) {
        if (!s.json()) {
            s.err() << message << '\n';
            s.err().flush();
        }
    });
    // The verdict per mailbox provider reads how mail is handed over and what the test showed.
    const Finding submission = acceptance::submissionFinding(o.profile);
    const acceptance::AcceptanceContext context{
        .mailerName = o.profile.mailer() ? Catalog::tr(o.profile.mailer()->name) : o.profile.mailerId(),
        .sentFromMailerServers = acceptance::sendsFromMailerServers(o.profile)};
    QObject::connect(job, &TestSendAndConfirm::finished, &s,
                     [&s, job, submission, context](const TestSendConfirmResult& result) {
                         job->deleteLater();
                         const TestSendResult& r = result.send;
                         QJsonObject extra{{QStringLiteral("messageId"), r.messageId},
                                           {QStringLiteral("queueId"), r.providerId},
                                           {QStringLiteral("runId"), r.runId},
                                           {QStringLiteral("elapsedMs"), r.elapsedMs}};
                         if (!result.delivery) {
                             s.finishFindings(withLoginAdvice(r.findings), extra);
                             return;
                         }
                         extra.insert(QStringLiteral("delivery"), result.delivery->toJson());
                         const acceptance::AcceptanceVerdict verdict =
                             acceptance::judgeAcceptance(result.acceptanceEvidence() << submission, context);
                         extra.insert(QStringLiteral("acceptance"), verdict.toJson());
                         s.finishFindings(result.findings(), extra, {}, verdict.toText());
                     });
    job->start(o.profile, request, o.confirm ? std::optional<VerifyRequest>(verifyRequest(o)) : std::nullopt);
}

void checkSmtpLogin(CliSession& s, const CliOptions& o)
{
    s.setReportSettings(SessionReport::describe(o.profile));
    Findings problems = o.profile.validateMailer();
    SmtpSettings settings = SmtpSettings::fromProfile(
        o.profile, o.secrets.value(QStringLiteral("smtp"), QStringLiteral("pass")).value_or(QByteArray()));
    if (settings.authenticate && settings.password.isEmpty()) {
        problems.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("profile.required"),
             .subject = QStringLiteral("smtp.pass"),
             .detail = CliRunner::tr("No password given: set POSTINO_PASSWORD or use --secrets-file, or "
                                     "pass --no-auth.")},
            secretAdvice(QStringLiteral("POSTINO_PASSWORD"))});
    }
    problems = withLoginAdvice(problems);
    if (hasErrors(problems)) {
        s.finishFindings(problems, {});
        return;
    }
    settings.extraCaCertificates = o.extraCa;
    if (o.timeoutMs > 0) {
        settings.timeouts.connectMs = settings.timeouts.greetingMs = settings.timeouts.commandMs =
            o.timeoutMs;
    }
    auto* client = new SmtpCredentialCheck(&s);
    QObject::connect(client, &SmtpCredentialCheck::transcript, &s,
                     [&s](const TranscriptLine& line) { s.record(line); });
    QObject::connect(client, &SmtpCredentialCheck::finished, &s, [&s, client](const SmtpResult& r) {
        client->deleteLater();
        s.finishFindings(r.findings, {{QStringLiteral("authenticated"), r.authenticated},
                                      {QStringLiteral("encrypted"), r.encrypted},
                                      {QStringLiteral("elapsedMs"), r.elapsedMs}});
    });
    client->start(settings);
}

VerifyRequest verifyRequest(const CliOptions& o)
{
    VerifyRequest request;
    request.fromDomain = domainOfAddress(o.profile.sender().fromEmail);
    request.poll.totalMs = o.waitMs;
    request.poll.baseOverride = o.apiBase;
    request.poll.extraCaCertificates = o.extraCa;
    if (o.timeoutMs > 0) {
        request.poll.requestTimeoutMs = o.timeoutMs;
    }
    request.secret = secretLookup(o.secrets);
    request.imap = o.imap;
    request.imapWaitMs = o.waitMs;
    request.imapPollMs = std::clamp(o.waitMs / 8, 1000, 5000);
    request.deleteTestMessage = o.imapDelete;
    return request;
}

void runVerify(CliSession& s, const CliOptions& o, const VerifyRequest& request, const Findings& before,
               const QJsonObject& extra)
{
    auto* verifier = new DeliveryVerifier(&s);
    QObject::connect(verifier, &DeliveryVerifier::transcript, &s,
                     [&s](const TranscriptLine& line) { s.record(line); });
    QObject::connect(verifier, &DeliveryVerifier::progress, &s, [&s](const QString& message) {
        if (!s.json()) {
            s.err() << message << '\n';
            s.err().flush();
        }
    });
    QObject::connect(verifier, &DeliveryVerifier::finished, &s,
                     [&s, verifier, before, extra](const DeliveryReport& report) {
                         verifier->deleteLater();
                         Findings all = before;
                         for (const Finding& f : report.findings) {
                             // The send already reported acceptance in its own words.
                             if (!(f.id == QLatin1String("delivery.accepted") && !before.isEmpty())) {
                                 all.append(f);
                             }
                         }
                         QJsonObject out = extra;
                         out.insert(QStringLiteral("delivery"), report.toJson());
                         s.finishFindings(all, out);
                     });
    verifier->start(o.profile, request);
}

dns::Resolver* createResolver(CliSession& s, const CliOptions& o, const QString& nameserver,
                              bool authoritative, const QString& domain)
{
    dns::Resolver* resolver = nullptr;
    if (!nameserver.isEmpty()) {
        const auto server = dns::parseNameServer(nameserver);
        if (!server) {
            s.usage(CliRunner::tr("\"%1\" is not a DNS server address (use 192.0.2.53 or 192.0.2.53:5353).")
                        .arg(nameserver));
            return nullptr;
        }
        resolver = new dns::WireResolver({*server}, &s);
    } else {
        resolver = dns::createSystemResolver(&s);
    }
    if (authoritative) {
        resolver = new dns::AuthoritativeResolver(domain, resolver, &s);
    }
    if (o.timeoutMs > 0) {
        resolver->setTimeout(o.timeoutMs);
    }
    return resolver;
}

} // namespace postino
