#include "cli.h"

#include "alerts/alertsender.h"
#include "api/apiclient.h"
#include "catalog/catalog.h"
#include "delivery/deliveryverifier.h"
#include "dns/domainreport.h"
#include "dns/spf.h"
#include "dns/spfcheck.h"
#include "dns/wireresolver.h"
#include "export/exporters.h"
#include "export/exportfile.h"
#include "export/importers.h"
#include "oauth/oauthflow.h"
#include "probe/phpprobe.h"
#include "probe/portprobe.h"
#include "profile/profile.h"
#include "profile/profilestore.h"
#include "profile/validators.h"
#include "report/report.h"
#include "secrets/envsecrets.h"
#include "send/testsend.h"
#include "smtp/smtpcheck.h"
#include "smtp/smtpclient.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <memory>

namespace postino {

struct CliRunner::Options
{
    QString command;
    QString subcommand;
    Profile profile;
    EnvironmentSecrets secrets;
    QList<QSslCertificate> extraCa;
    QString recipient;
    int timeoutMs = 0;
    bool verbose = false;
    QUrl apiBase;
    // verify-delivery and send --confirm
    bool confirm = false;
    QString messageId;
    QString runId;
    std::optional<ImapSettings> imap;
    bool imapDelete = false;
    int waitMs = 120000;
    bool waitSet = false;
    QString smtpHostOverride; // gmail / outlook / zoho over SMTP: another server (tests)
    quint16 smtpPortOverride = 0;
    QString secretsFile;
};

CliRunner::CliRunner(QTextStream* out, QTextStream* err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

void CliRunner::done(int code)
{
    m_out->flush();
    m_err->flush();
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void CliRunner::usage(const QString& message)
{
    if (m_json) {
        *m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                            {QStringLiteral("error"), message},
                                            {QStringLiteral("findings"), QJsonArray{}}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
    } else {
        *m_err << message << '\n';
    }
    done(2);
}

void CliRunner::finishFindings(const Findings& findings, QJsonObject extra, const QString& textSummary)
{
    const bool ok = !hasErrors(findings);
    if (!m_reportPath.isEmpty()) {
        SessionReport report;
        report.title = tr("Postino report");
        report.settings = m_reportSettings;
        report.findings = findings;
        report.transcript = m_lines;
        QString error;
        if (!report.save(m_reportPath, &error)) {
            *m_err << tr("Could not save the report to %1: %2").arg(m_reportPath, error) << '\n';
        }
    }
    if (m_json) {
        QJsonArray list;
        for (const Finding& f : findings) {
            list.append(f.toJson());
        }
        extra.insert(QStringLiteral("ok"), ok);
        extra.insert(QStringLiteral("findings"), list);
        if (!m_transcript.isEmpty()) {
            extra.insert(QStringLiteral("transcript"), QJsonArray::fromStringList(m_transcript));
        }
        *m_out << QJsonDocument(extra).toJson(QJsonDocument::Indented);
    } else {
        if (!textSummary.isEmpty()) {
            *m_out << textSummary << '\n';
        }
        *m_out << formatFindingsText(findings);
    }
    done(ok ? 0 : 1);
}

void CliRunner::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Postino checks and tests a website's email sending from the command line.\n\n"
           "Commands:\n"
           "  mailers            list the mailers Postino knows\n"
           "  validate           check a profile's settings\n"
           "  smtp check         connect, secure and log in to an SMTP server without sending\n"
           "  smtp send          send a test email through an SMTP server\n"
           "  send               send a test email through the profile's mailer\n"
           "  check-credentials  check the mailer's key or login without sending\n"
           "  export             write the configuration for your server (--format)\n"
           "  import FILE        take over settings from wp-config.php, a plugin export or a profile\n"
           "  probe              test which mail ports this network can reach (--mailer, --host)\n"
           "  dns [DOMAIN]       check SPF, DKIM, DMARC and MX of the From domain for the mailer\n"
           "  spf                the SPF result for one server sending as one address\n"
           "                     (--ip, --sender and/or --helo): pass, fail, softfail, ...\n"
           "  alert test         send a test failure alert (--channel slack|discord|teams|twilio|\n"
           "                     webhook|ntfy|pushover|email, --set key=value)\n"
           "  verify-delivery    follow a sent message: the provider's status (--message-id) and\n"
           "                     the recipient's mailbox over IMAP (--imap, --run-id)\n"
           "  oauth sign-in      sign in to Gmail, Microsoft 365 or Zoho (--mailer) in the browser;\n"
           "                     the tokens go to --secrets-file (--no-browser: only print the address)\n"
           "  oauth sign-out     end the sign-in at the provider and forget its tokens\n\n"
           "Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),\n"
           "POSTINO_API_KEY, or POSTINO_SECRET_<MAILER>_<FIELD> (alerts: "
           "POSTINO_SECRET_ALERT_<CHANNEL>_<FIELD>,\n"
           "e.g. POSTINO_SECRET_ALERT_SLACK_URL), or use --secrets-file.\n"
           "The IMAP password comes from POSTINO_IMAP_PASSWORD (or POSTINO_SECRET_IMAP_PASSWORD),\n"
           "an OAuth token for XOAUTH2 from POSTINO_IMAP_TOKEN."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(tr("command"), tr("The command to run."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        tr("Read settings from a Postino profile."), tr("file"));
    const QCommandLineOption mailerOpt(QStringLiteral("mailer"), tr("The mailer id (see \"mailers\")."),
                                       tr("id"));
    const QCommandLineOption hostOpt(QStringLiteral("host"), tr("SMTP server host name."), tr("host"));
    const QCommandLineOption portOpt(QStringLiteral("port"), tr("SMTP server port."), tr("port"));
    const QCommandLineOption encOpt(QStringLiteral("encryption"), tr("none, ssl or tls (STARTTLS)."),
                                    tr("mode"));
    const QCommandLineOption noAutoTlsOpt(QStringLiteral("no-auto-tls"),
                                          tr("With --encryption none, do not upgrade with STARTTLS."));
    const QCommandLineOption userOpt(QStringLiteral("user"), tr("SMTP username."), tr("name"));
    const QCommandLineOption noAuthOpt(QStringLiteral("no-auth"), tr("Do not log in."));
    const QCommandLineOption fromOpt(QStringLiteral("from"), tr("From email address."), tr("address"));
    const QCommandLineOption fromNameOpt(QStringLiteral("from-name"), tr("From name."), tr("name"));
    const QCommandLineOption toOpt(QStringLiteral("to"), tr("Test recipient (default: the From address)."),
                                   tr("address"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"),
                                   tr("Also trust the CA certificates in this PEM file."), tr("file"));
    const QCommandLineOption secretsOpt(
        QStringLiteral("secrets-file"),
        tr("Read NAME=VALUE secrets from a file only you can read (chmod 600)."), tr("file"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Seconds to wait for each step."),
                                        tr("seconds"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of the output (en, it)."),
                                     tr("code"));
    const QCommandLineOption reportOpt(QStringLiteral("report"),
                                       tr("Also save a report for your host's support (.html or .txt)."),
                                       tr("file"));
    const QCommandLineOption setOpt(QStringLiteral("set"),
                                    tr("Set one of the mailer's settings, e.g. --set domain=mg.example.com "
                                       "--set region=EU (repeatable; not for secrets)."),
                                    tr("key=value"));
    const QCommandLineOption apiBaseOpt(
        QStringLiteral("api-base"),
        tr("Send API requests to this HTTPS server instead of the provider's (for "
           "testing against a local server)."),
        tr("url"));
    const QCommandLineOption formatOpt(
        QStringLiteral("format"),
        tr("Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony, profile or alerts."),
        tr("format"));
    const QCommandLineOption includeSecretsOpt(QStringLiteral("include-secrets"),
                                               tr("Put passwords and keys into the export (the file is made "
                                                  "readable only by you)."));
    const QCommandLineOption outOpt(
        QStringLiteral("out"),
        tr("Write the export to this file (a file Postino did not write is never replaced)."), tr("file"));
    const QCommandLineOption insertOpt(
        QStringLiteral("insert"),
        tr("export --format wp-config: put the settings into this wp-config.php, above the \"stop editing\" "
           "line, after making a backup of it."),
        tr("wp-config.php"));
    const QCommandLineOption allowPlaceholdersOpt(
        QStringLiteral("allow-placeholders"),
        tr("export --insert: insert even when the settings still hold placeholders (PUT-YOUR-…-HERE)."));
    const QCommandLineOption writePhpOpt(
        QStringLiteral("write-php"),
        tr("probe: write a PHP probe script into this folder, for a web server without a shell."),
        tr("folder"));
    const QCommandLineOption phpResultOpt(
        QStringLiteral("php-result"), tr("probe: read the result the PHP probe script printed."), tr("file"));
    const QCommandLineOption trustOpt(
        QStringLiteral("trust-cert"),
        tr("Trust the server certificate with this SHA-256 fingerprint, even though "
           "it cannot be verified."),
        tr("sha256"));
    const QCommandLineOption confirmOpt(
        QStringLiteral("confirm"),
        tr("send: after sending, follow the message: the provider's status and, with --imap, the mailbox."));
    const QCommandLineOption messageIdOpt(
        QStringLiteral("message-id"), tr("verify-delivery: the provider's message id (or SMTP queue id)."),
        tr("id"));
    const QCommandLineOption runIdOpt(
        QStringLiteral("run-id"),
        tr("verify-delivery: the test run id (the X-Postino-Test header) to look "
           "for in the mailbox."),
        tr("id"));
    const QCommandLineOption imapOpt(
        QStringLiteral("imap"),
        tr("Look for the message in this IMAP mailbox: HOST[:PORT], or gmail, outlook, zoho, yahoo, icloud."),
        tr("host"));
    const QCommandLineOption imapUserOpt(QStringLiteral("imap-user"),
                                         tr("IMAP user name (default: the recipient address)."), tr("name"));
    const QCommandLineOption imapSecurityOpt(
        QStringLiteral("imap-security"), tr("IMAP encryption: ssl (993, default), starttls (143) or none."),
        tr("mode"));
    const QCommandLineOption imapDeleteOpt(QStringLiteral("imap-delete"),
                                           tr("Delete the test message from the mailbox once found."));
    const QCommandLineOption waitOpt(QStringLiteral("wait"),
                                     tr("Seconds to keep asking the provider and looking in the mailbox "
                                        "(default 120)."),
                                     tr("seconds"));
    const QCommandLineOption nameserverOpt(
        QStringLiteral("nameserver"),
        tr("dns: ask this DNS server (address, optionally :port) instead of the system's."), tr("address"));
    const QCommandLineOption authoritativeOpt(
        QStringLiteral("authoritative"),
        tr("dns: ask the domain's own name servers, so records added a minute ago show."));
    const QCommandLineOption selectorOpt(
        QStringList{QStringLiteral("selector"), QStringLiteral("dkim-selector")},
        tr("dns: also check this DKIM selector (repeatable)."), tr("name"));
    const QCommandLineOption ipOpt(QStringLiteral("ip"),
                                   tr("dns: also tell whether mail from this server address passes SPF. "
                                      "spf: the sending server's address."),
                                   tr("address"));
    const QCommandLineOption senderOpt(QStringLiteral("sender"),
                                       tr("spf: the envelope sender (MAIL FROM) address to check."),
                                       tr("address"));
    const QCommandLineOption heloOpt(
        QStringLiteral("helo"), tr("spf: the name the sending server gives in HELO / EHLO."), tr("name"));
    const QCommandLineOption returnPathOpt(
        QStringLiteral("return-path"), tr("dns: the mailer's bounce host under your domain, e.g. em1234."),
        tr("host"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        tr("Print the SMTP conversation as it happens."));
    const QCommandLineOption channelOpt(
        QStringLiteral("channel"),
        tr("alert test: the channel's type, or the id of a channel in the profile."), tr("channel"));
    const QCommandLineOption allowLocalOpt(
        QStringLiteral("allow-local-targets"),
        tr("alert test: allow alerts to this computer and private networks (for a local test server)."));
    const QCommandLineOption noBrowserOpt(
        QStringLiteral("no-browser"),
        tr("oauth sign-in: do not open a browser; print the address to open (on any computer that can reach "
           "this one's 127.0.0.1, e.g. through an SSH tunnel)."));
    parser.addOptions({channelOpt, allowLocalOpt, noBrowserOpt, senderOpt, heloOpt});
    parser.addOptions(
        {jsonOpt,      profileOpt,   mailerOpt,     hostOpt,          portOpt,           encOpt,
         noAutoTlsOpt, userOpt,      noAuthOpt,     fromOpt,          fromNameOpt,       toOpt,
         caOpt,        secretsOpt,   timeoutOpt,    langOpt,          verboseOpt,        reportOpt,
         trustOpt,     setOpt,       apiBaseOpt,    formatOpt,        includeSecretsOpt, outOpt,
         writePhpOpt,  phpResultOpt, nameserverOpt, authoritativeOpt, selectorOpt,       returnPathOpt,
         ipOpt});
    parser.addOptions(
        {confirmOpt, messageIdOpt, runIdOpt, imapOpt, imapUserOpt, imapSecurityOpt, imapDeleteOpt, waitOpt});
    parser.addOptions({insertOpt, allowPlaceholdersOpt});

    if (!parser.parse(QStringList{QStringLiteral("postino-cli")} + arguments)) {
        usage(parser.errorText());
        return;
    }
    m_json = parser.isSet(jsonOpt);
    if (parser.isSet(QStringLiteral("help")) || arguments.isEmpty()) {
        *m_out << parser.helpText();
        done(arguments.isEmpty() ? 2 : 0);
        return;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *m_out << QCoreApplication::applicationName() << ' ' << versionWithRevision() << '\n';
        done(0);
        return;
    }

    Options o;
    const QStringList pos = parser.positionalArguments();
    o.command = pos.value(0);
    o.subcommand = pos.value(1);
    o.verbose = parser.isSet(verboseOpt);

    if (parser.isSet(profileOpt)) {
        const auto loaded = ProfileStore::loadFile(parser.value(profileOpt));
        if (!loaded.existed || loaded.broken) {
            usage(loaded.broken ? loaded.problems.first().detail
                                : tr("The profile %1 does not exist.").arg(parser.value(profileOpt)));
            return;
        }
        o.profile = loaded.profile;
        // Values of the wrong type, a newer version: said on stderr (stdout may be JSON), not dropped.
        if (!loaded.problems.isEmpty()) {
            *m_err << formatFindingsText(loaded.problems);
        }
    }
    if (parser.isSet(mailerOpt)) {
        o.profile.setMailerId(parser.value(mailerOpt));
    }
    if (!Catalog::builtin().mailer(o.profile.mailerId())) {
        usage(
            tr("Unknown mailer \"%1\". Run \"postino-cli mailers\" for the list.").arg(o.profile.mailerId()));
        return;
    }
    // SMTP options always describe the "smtp" mailer's settings; for Gmail, Microsoft and Zoho they
    // replace the provider's SMTP server (app password, XOAUTH2), e.g. with a local test server.
    const bool smtpCommand = o.command == QLatin1String("smtp");
    if (!smtpCommand && o.profile.mailer()->kind == MailerKind::OAuth) {
        if (parser.isSet(hostOpt)) {
            o.smtpHostOverride = parser.value(hostOpt);
        }
        if (parser.isSet(portOpt)) {
            const int port = parser.value(portOpt).toInt();
            if (port < 1 || port > 65535) {
                usage(tr("--port must be a number from 1 to 65535."));
                return;
            }
            o.smtpPortOverride = static_cast<quint16>(port);
        }
    }
    if (smtpCommand) {
        o.profile.setMailerId(QStringLiteral("smtp"));
    }
    QJsonObject smtp = o.profile.mailerSettings(QStringLiteral("smtp"));
    if (parser.isSet(hostOpt)) {
        smtp.insert(QStringLiteral("host"), parser.value(hostOpt));
    }
    if (parser.isSet(encOpt)) {
        const QString enc = parser.value(encOpt).toLower();
        const FieldSpec* f =
            Catalog::builtin().mailer(QStringLiteral("smtp"))->field(QStringLiteral("encryption"));
        const FieldChoice* c = f ? f->choice(enc) : nullptr;
        if (!c) {
            usage(tr("--encryption must be none, ssl or tls."));
            return;
        }
        smtp.insert(QStringLiteral("encryption"), enc);
        // The same coupling as the wizard: the port follows unless given explicitly.
        for (auto it = c->sets.constBegin(); it != c->sets.constEnd(); ++it) {
            smtp.insert(it.key(), it.value());
        }
    }
    if (parser.isSet(portOpt)) {
        bool ok = false;
        const int port = parser.value(portOpt).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            usage(tr("--port must be a number from 1 to 65535."));
            return;
        }
        smtp.insert(QStringLiteral("port"), port);
    }
    if (parser.isSet(noAutoTlsOpt)) {
        smtp.insert(QStringLiteral("autotls"), false);
    }
    if (parser.isSet(userOpt)) {
        smtp.insert(QStringLiteral("user"), parser.value(userOpt));
        smtp.insert(QStringLiteral("auth"), true);
    }
    if (parser.isSet(trustOpt)) {
        QString fingerprint = parser.value(trustOpt).remove(QLatin1Char(':')).toLower();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(fingerprint).hasMatch()) {
            usage(tr("--trust-cert takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed."));
            return;
        }
        smtp.insert(QStringLiteral("trusted_cert_sha256"), fingerprint);
    }
    if (parser.isSet(noAuthOpt)) {
        smtp.insert(QStringLiteral("auth"), false);
    }
    o.profile.setMailerSettings(QStringLiteral("smtp"), smtp);
    m_reportPath = parser.value(reportOpt);
    if (parser.isSet(fromOpt)) {
        o.profile.sender().fromEmail = parser.value(fromOpt);
    }
    if (parser.isSet(fromNameOpt)) {
        o.profile.sender().fromName = parser.value(fromNameOpt);
    }
    const bool alertCommand = o.command == QLatin1String("alert");
    if (parser.isSet(setOpt) && !alertCommand) {
        const MailerInfo* mailer = Catalog::builtin().mailer(o.profile.mailerId());
        QJsonObject settings = o.profile.currentSettings();
        for (const QString& assignment : parser.values(setOpt)) {
            const QString key = assignment.section(QLatin1Char('='), 0, 0);
            const QString value = assignment.section(QLatin1Char('='), 1);
            const FieldSpec* field = mailer->field(key);
            if (!field || !assignment.contains(QLatin1Char('='))) {
                usage(tr("--set %1: %2 has no setting of that name.").arg(assignment, mailer->id));
                return;
            }
            if (field->secret) {
                usage(tr("--set %1: secrets never go on the command line; use %2 or --secrets-file.")
                          .arg(key, EnvironmentSecrets::variableName(mailer->id, key)));
                return;
            }
            if (field->type == FieldSpec::Type::Bool) {
                settings.insert(key, value == QLatin1String("true") || value == QLatin1String("1") ||
                                         value == QLatin1String("yes"));
            } else if (field->type == FieldSpec::Type::Port) {
                settings.insert(key, value.toInt());
            } else {
                settings.insert(key, value);
            }
        }
        o.profile.setMailerSettings(o.profile.mailerId(), settings);
    }
    if (parser.isSet(apiBaseOpt)) {
        o.apiBase = QUrl(parser.value(apiBaseOpt));
        if (!o.apiBase.isValid() || o.apiBase.scheme() != QLatin1String("https")) {
            usage(tr("--api-base must be an https:// URL."));
            return;
        }
    }
    o.recipient = parser.isSet(toOpt) ? parser.value(toOpt)
                                      : (o.profile.testRecipient().isEmpty() ? o.profile.sender().fromEmail
                                                                             : o.profile.testRecipient());
    if (parser.isSet(caOpt)) {
        o.extraCa = QSslCertificate::fromPath(parser.value(caOpt), QSsl::Pem);
        if (o.extraCa.isEmpty()) {
            usage(tr("No PEM certificate could be read from %1.").arg(parser.value(caOpt)));
            return;
        }
    }
    o.secretsFile = parser.value(secretsOpt);
    // `oauth sign-in` may create the secrets file.
    const bool newSecretsFile = o.command == QLatin1String("oauth") && !QFile::exists(o.secretsFile);
    if (parser.isSet(secretsOpt) && !newSecretsFile) {
        QString error;
        if (!o.secrets.loadFile(parser.value(secretsOpt), &error)) {
            usage(error);
            return;
        }
    }
    // An older profile may still hold a webhook's URL or an ntfy topic: it serves when nothing else does.
    for (auto it = o.profile.secretsFromFile().cbegin(); it != o.profile.secretsFromFile().cend(); ++it) {
        o.secrets.setFallback(it.key().section(QLatin1Char('.'), 0, 0), it.key().section(QLatin1Char('.'), 1),
                              it.value());
    }
    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        o.timeoutMs = parser.value(timeoutOpt).toInt(&ok) * 1000;
        if (!ok || o.timeoutMs <= 0) {
            usage(tr("--timeout must be a positive number of seconds."));
            return;
        }
    }

    o.confirm = parser.isSet(confirmOpt);
    o.messageId = parser.value(messageIdOpt).trimmed();
    o.runId = parser.value(runIdOpt).trimmed();
    o.imapDelete = parser.isSet(imapDeleteOpt);
    if (parser.isSet(waitOpt)) {
        bool ok = false;
        o.waitMs = parser.value(waitOpt).toInt(&ok) * 1000;
        o.waitSet = true;
        if (!ok || o.waitMs <= 0 || o.waitMs > 3600 * 1000) {
            usage(tr("--wait must be a number of seconds from 1 to 3600."));
            return;
        }
    }
    if (parser.isSet(imapOpt)) {
        ImapSettings imap;
        const QString target = parser.value(imapOpt).trimmed();
        if (const auto preset = imapPreset(target.toLower())) {
            imap.host = preset->host;
            imap.port = preset->port;
            imap.security = preset->security;
        } else {
            imap.host = target.section(QLatin1Char(':'), 0, 0);
            imap.security = ImapSettings::securityFromName(parser.value(imapSecurityOpt));
            imap.port = imap.security == ImapSecurity::Tls ? 993 : 143;
            if (target.contains(QLatin1Char(':'))) {
                bool ok = false;
                const int port = target.section(QLatin1Char(':'), 1).toInt(&ok);
                if (!ok || port < 1 || port > 65535) {
                    usage(tr("--imap takes HOST[:PORT] with a port from 1 to 65535."));
                    return;
                }
                imap.port = static_cast<quint16>(port);
            }
        }
        if (parser.isSet(imapSecurityOpt)) {
            const QString mode = parser.value(imapSecurityOpt).toLower();
            if (mode != QLatin1String("ssl") && mode != QLatin1String("tls") &&
                mode != QLatin1String("starttls") && mode != QLatin1String("none")) {
                usage(tr("--imap-security must be ssl, starttls or none."));
                return;
            }
            imap.security = ImapSettings::securityFromName(mode);
        }
        if (imap.host.isEmpty()) {
            usage(tr("--imap needs a host name."));
            return;
        }
        imap.username = parser.isSet(imapUserOpt) ? parser.value(imapUserOpt) : o.recipient.trimmed();
        imap.password =
            o.secrets.value(QStringLiteral("imap"), QStringLiteral("password")).value_or(QByteArray());
        if (imap.password.isEmpty()) {
            imap.password = qgetenv("POSTINO_IMAP_PASSWORD");
        }
        imap.oauthToken = qgetenv("POSTINO_IMAP_TOKEN");
        if (imap.password.isEmpty() && imap.oauthToken.isEmpty()) {
            usage(tr("--imap needs the mailbox password in POSTINO_IMAP_PASSWORD (or a token in "
                     "POSTINO_IMAP_TOKEN); it is never taken from the command line."));
            return;
        }
        imap.extraCaCertificates = o.extraCa;
        if (o.timeoutMs > 0) {
            imap.connectMs = imap.commandMs = o.timeoutMs;
        }
        o.imap = imap;
    }

    if (o.command == QLatin1String("mailers")) {
        runMailers(o);
    } else if (o.command == QLatin1String("validate")) {
        runValidate(o);
    } else if (o.command == QLatin1String("send")) {
        runSend(o, false);
    } else if (smtpCommand && o.subcommand == QLatin1String("send")) {
        runSend(o, true);
    } else if (smtpCommand && o.subcommand == QLatin1String("check")) {
        runSmtpCheck(o);
    } else if (o.command == QLatin1String("export")) {
        const auto format = exportFormatFromName(parser.value(formatOpt));
        if (!format) {
            usage(tr("--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, "
                     "profile, alerts."));
            return;
        }
        if (parser.isSet(insertOpt) && (*format != ExportFormat::WpConfig || parser.isSet(outOpt))) {
            usage(tr("--insert works with --format wp-config only, and not together with --out."));
            return;
        }
        runExport(o, *format, parser.isSet(includeSecretsOpt), parser.value(outOpt), parser.value(insertOpt),
                  parser.isSet(allowPlaceholdersOpt));
    } else if (o.command == QLatin1String("import")) {
        runImport(o, o.subcommand);
    } else if (o.command == QLatin1String("dns")) {
        runDns(o, parser.value(nameserverOpt), parser.isSet(authoritativeOpt), parser.values(selectorOpt),
               parser.value(returnPathOpt), parser.value(ipOpt));
    } else if (o.command == QLatin1String("spf")) {
        runSpf(o, parser.value(nameserverOpt), parser.value(ipOpt), parser.value(senderOpt),
               parser.value(heloOpt));
    } else if (o.command == QLatin1String("probe")) {
        runProbe(o, parser.value(hostOpt), parser.value(writePhpOpt), parser.value(phpResultOpt));
    } else if (alertCommand && o.subcommand == QLatin1String("test")) {
        runAlertTest(o, parser.value(channelOpt), parser.values(setOpt), parser.isSet(allowLocalOpt));
    } else if (o.command == QLatin1String("verify-delivery")) {
        if (o.messageId.isEmpty() && !(o.imap && !o.runId.isEmpty())) {
            usage(tr("verify-delivery needs --message-id (the provider's id), or --imap with --run-id."));
            return;
        }
        // Asking the provider needs its key; say so now rather than after a refused request.
        if (!o.messageId.isEmpty() && o.profile.mailer() && o.profile.mailer()->kind == MailerKind::Api) {
            const Findings missing = missingSecrets(o, o.profile.mailer());
            if (hasErrors(missing)) {
                finishFindings(missing, {});
                return;
            }
        }
        VerifyRequest request = verifyRequest(o);
        request.providerId = o.messageId;
        request.runId = o.runId;
        if (o.profile.mailer() && o.profile.mailer()->kind != MailerKind::Smtp)
            request.runIdInBodyOnly =
                !apiCarriesTestHeader(o.profile.mailerId(), o.profile.currentSettings());
        request.pollProvider = !o.messageId.isEmpty();
        runVerify(o, request, {}, {});
    } else if (o.command == QLatin1String("oauth")) {
        runOAuth(o, o.secretsFile, parser.isSet(noBrowserOpt), o.waitSet ? o.waitMs : 5 * 60 * 1000);
    } else if (o.command == QLatin1String("check-credentials")) {
        if (o.profile.mailer()->kind == MailerKind::Smtp) {
            runSmtpCheck(o);
        } else {
            runApiCheck(o);
        }
    } else {
        usage(tr("Unknown command \"%1\". Run \"postino-cli --help\".").arg(pos.join(QLatin1Char(' '))));
    }
}

void CliRunner::runMailers(const Options&)
{
    QJsonArray list;
    QString text;
    for (const MailerInfo& m : Catalog::builtin().mailers()) {
        list.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("name"), Catalog::tr(m.name)},
                                {QStringLiteral("kind"), mailerKindName(m.kind)},
                                {QStringLiteral("recommended"), m.recommended},
                                {QStringLiteral("testSend"), true}});
        text +=
            QStringLiteral("%1  %2  (%3)\n").arg(m.id, -14).arg(Catalog::tr(m.name), mailerKindName(m.kind));
    }
    if (m_json) {
        *m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                            {QStringLiteral("findings"), QJsonArray{}},
                                            {QStringLiteral("mailers"), list}})
                      .toJson(QJsonDocument::Indented);
    } else {
        *m_out << text;
    }
    done(0);
}

void CliRunner::runValidate(const Options& o)
{
    finishFindings(o.profile.validate(), {{QStringLiteral("mailer"), o.profile.mailerId()}},
                   o.profile.validate().isEmpty() ? tr("The profile's settings are complete.") : QString());
}

void CliRunner::runSend(const Options& o, bool)
{
    m_reportSettings = SessionReport::describe(o.profile);
    m_reportSettings.append({tr("Sent to"), o.recipient});
    auto* sender = new TestEmailSender(this);
    TestSendRequest request;
    request.recipient = o.recipient;
    request.extraCaCertificates = o.extraCa;
    request.apiBaseOverride = o.apiBase;
    request.smtpHostOverride = o.smtpHostOverride;
    request.smtpPortOverride = o.smtpPortOverride;
    if (o.timeoutMs > 0) {
        request.timeouts.connectMs = request.timeouts.greetingMs = request.timeouts.commandMs = o.timeoutMs;
    }
    const EnvironmentSecrets secrets = o.secrets;
    request.secret = [secrets](const QString& mailer, const QString& field) {
        return secrets.value(mailer, field).value_or(QByteArray());
    };
    if (!o.secretsFile.isEmpty()) {
        // A refreshed OAuth token goes back to the secrets file it came from.
        const QString file = o.secretsFile;
        request.storeSecret = [file](const QString& mailer, const QString& field, const QByteArray& value) {
            QString ignored;
            EnvironmentSecrets::updateFile(file, {{EnvironmentSecrets::variableName(mailer, field), value}},
                                           &ignored);
        };
    }
    const bool verbose = o.verbose && !m_json;
    connect(sender, &TestEmailSender::transcript, this, [this, verbose](const TranscriptLine& line) {
        m_transcript.append(formatTranscriptLine(line));
        m_lines.append(line);
        if (verbose) {
            *m_err << formatTranscriptLine(line) << '\n';
            m_err->flush();
        }
    });
    const Options copy = o;
    connect(sender, &TestEmailSender::finished, this, [this, sender, copy](const TestSendResult& r) {
        sender->deleteLater();
        const QJsonObject extra{{QStringLiteral("messageId"), r.messageId},
                                {QStringLiteral("queueId"), r.providerId},
                                {QStringLiteral("runId"), r.runId},
                                {QStringLiteral("elapsedMs"), r.elapsedMs}};
        if (!copy.confirm || !r.ok) {
            finishFindings(withLoginAdvice(r.findings), extra);
            return;
        }
        VerifyRequest follow = verifyRequest(copy);
        follow.providerId = r.providerId;
        follow.runId = r.runId;
        follow.runIdInBodyOnly = r.runIdInBodyOnly;
        follow.messageIdHeader = r.messageId;
        follow.sentAt = QDateTime::currentDateTimeUtc().addMSecs(-r.elapsedMs);
        runVerify(copy, follow, r.findings, extra);
    });
    sender->start(o.profile, request);
}

VerifyRequest CliRunner::verifyRequest(const Options& o) const
{
    VerifyRequest request;
    request.fromDomain = domainOfAddress(o.profile.sender().fromEmail);
    request.poll.totalMs = o.waitMs;
    request.poll.baseOverride = o.apiBase;
    request.poll.extraCaCertificates = o.extraCa;
    if (o.timeoutMs > 0) {
        request.poll.requestTimeoutMs = o.timeoutMs;
    }
    const EnvironmentSecrets secrets = o.secrets;
    request.secret = [secrets](const QString& mailer, const QString& field) {
        return secrets.value(mailer, field).value_or(QByteArray());
    };
    request.imap = o.imap;
    request.imapWaitMs = o.waitMs;
    request.imapPollMs = std::clamp(o.waitMs / 8, 1000, 5000);
    request.deleteTestMessage = o.imapDelete;
    return request;
}

void CliRunner::runVerify(const Options& o, const VerifyRequest& request, const Findings& before,
                          const QJsonObject& extra)
{
    auto* verifier = new DeliveryVerifier(this);
    const bool verbose = o.verbose && !m_json;
    connect(verifier, &DeliveryVerifier::transcript, this, [this, verbose](const TranscriptLine& line) {
        m_transcript.append(formatTranscriptLine(line));
        m_lines.append(line);
        if (verbose) {
            *m_err << formatTranscriptLine(line) << '\n';
            m_err->flush();
        }
    });
    const bool text = !m_json;
    connect(verifier, &DeliveryVerifier::progress, this, [this, text](const QString& message) {
        if (text) {
            *m_err << message << '\n';
            m_err->flush();
        }
    });
    connect(verifier, &DeliveryVerifier::finished, this,
            [this, verifier, before, extra](const DeliveryReport& report) {
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
                finishFindings(all, out);
            });
    verifier->start(o.profile, request);
}

void CliRunner::runExport(const Options& o, ExportFormat format, bool includeSecrets, const QString& out,
                          const QString& insert, bool allowPlaceholders)
{
    const EnvironmentSecrets secrets = o.secrets;
    ExportOptions options;
    options.includeSecrets = includeSecrets;
    const ExportResult r = exportProfile(
        o.profile, format,
        [secrets](const QString& mailer, const QString& field) {
            return secrets.value(mailer, field).value_or(QByteArray());
        },
        options);
    QJsonObject extra{{QStringLiteral("format"), exportFormatName(format)},
                      {QStringLiteral("containsSecrets"), r.containsSecrets},
                      {QStringLiteral("placeholders"), QJsonArray::fromStringList(r.placeholders)},
                      {QStringLiteral("command"), r.command}};
    Findings findings = r.findings;
    if (!out.isEmpty()) {
        if (r.containsSecrets && !m_json) {
            *m_err << tr("Note: %1 will contain passwords or keys; it is made readable only by you.").arg(out)
                   << '\n';
        }
        const ExportWrite w = writeExportFileOverOwn(out, r.text, r.containsSecrets, format);
        if (!w.ok) {
            // Refused (the file is not Postino's) or failed: a usage error, exit 2, the file untouched.
            usage(w.findings.isEmpty() ? tr("Could not write %1: %2").arg(out, w.error)
                                       : w.findings.first().detail + QLatin1Char('\n') +
                                             w.findings.first().advice.steps.join(QLatin1Char('\n')));
            return;
        }
        extra.insert(QStringLiteral("file"), out);
    } else if (!insert.isEmpty()) {
        WpConfigInsertOptions insertOptions;
        insertOptions.allowPlaceholders = allowPlaceholders;
        const ExportWrite w = insertIntoWpConfigFile(insert, r.text, insertOptions);
        const Finding* placeholders = findById(w.findings, QStringLiteral("export.wpconfig_placeholders"));
        if (placeholders || !w.error.isEmpty()) {
            usage(placeholders ? placeholders->detail + QLatin1Char('\n') +
                                     placeholders->advice.steps.join(QLatin1Char('\n'))
                               : tr("Could not change %1: %2").arg(insert, w.error));
            return;
        }
        findings += w.findings;
        extra.insert(QStringLiteral("file"), insert);
        extra.insert(QStringLiteral("inserted"), w.ok);
        if (w.ok) {
            extra.insert(QStringLiteral("backup"), w.backupPath);
        }
    } else if (m_json) {
        extra.insert(QStringLiteral("text"), r.text);
    } else {
        *m_out << r.text;
        if (!r.text.endsWith(QLatin1Char('\n'))) {
            *m_out << '\n';
        }
    }
    QString summary;
    if (!r.command.isEmpty()) {
        summary = tr("Then run: %1").arg(r.command);
    }
    if (!r.placeholders.isEmpty()) {
        summary += (summary.isEmpty() ? QString() : QStringLiteral("\n")) +
                   tr("Replace the placeholders for: %1").arg(r.placeholders.join(QStringLiteral(", ")));
    }
    if (!m_json && !summary.isEmpty()) {
        *m_err << summary << '\n';
    }
    finishFindings(findings, extra);
}

void CliRunner::runImport(const Options&, const QString& path)
{
    if (path.isEmpty()) {
        usage(tr("Usage: postino-cli import FILE"));
        return;
    }
    const ImportResult r = importFile(path);
    if (!r.ok) {
        finishFindings(r.findings, {{QStringLiteral("imported"), false}});
        return;
    }
    ProfileStore store;
    QString error;
    if (!store.save(r.profile, &error)) {
        usage(tr("Could not save the profile: %1").arg(error));
        return;
    }
    Findings findings = r.findings;
    const MailerInfo* m = r.profile.mailer();
    QStringList variables;
    if (m) {
        for (const FieldSpec& f : m->fields) {
            if (f.secret) {
                variables << EnvironmentSecrets::variableName(m->id, f.key);
            }
        }
    }
    // The CLI keeps no secrets: whatever the source held must come from the environment next time.
    findings.append(Finding{
        QStringLiteral("import.done"), Severity::Ok, path,
        tr("Imported from %1: %2.").arg(r.source, r.imported.join(QStringLiteral(", "))),
        Advice{variables.isEmpty() ? QString() : tr("Secrets are never stored in a profile"),
               variables.isEmpty() ? QStringList{}
                                   : QStringList{tr("Set %1 (or use --secrets-file) when you send or check.")
                                                     .arg(variables.join(QStringLiteral(", ")))}}});
    finishFindings(findings, {{QStringLiteral("imported"), true},
                              {QStringLiteral("source"), r.source},
                              {QStringLiteral("profile"), store.path()},
                              {QStringLiteral("secretsFound"), r.secrets.size()}});
}

// Where a secret the command line needs comes from: never an argument, which other users can see.
Advice CliRunner::secretAdvice(const QString& variable)
{
    return Advice{tr("Give the secret in the environment or a file"),
                  {tr("Set it in the environment before the command: export %1='…'").arg(variable),
                   tr("Or put the line %1=… in a file only you can read (chmod 600) and add "
                      "--secrets-file FILE.")
                       .arg(variable)}};
}

Advice CliRunner::secretsFileAdvice(const QString& file)
{
    return Advice{tr("Check the secrets file"),
                  {tr("Make sure %1 is yours, writable by you and readable by nobody else (chmod 600), and "
                      "that its folder exists.")
                       .arg(file)}};
}

// On the command line a missing SMTP username means a missing --user, unless the server needs no login.
Findings CliRunner::withLoginAdvice(Findings findings)
{
    for (Finding& f : findings) {
        if (f.id == QLatin1String("profile.required") && f.subject == QLatin1String("smtp.user")) {
            f.detail = tr("No SMTP username given, and this server is set to need a login.");
            f.setSeverity(Severity::Error,
                          Advice{tr("Give the login, or say the server needs none"),
                                 {tr("If the server needs a login (most do), add --user with your SMTP "
                                     "username, often your full email address, and set POSTINO_PASSWORD."),
                                  tr("If it accepts mail without a login (a relay that trusts your server's "
                                     "address), add --no-auth instead.")}});
        }
    }
    return findings;
}

Findings CliRunner::missingSecrets(const Options& o, const MailerInfo* mailer) const
{
    Findings problems;
    const EnvironmentSecrets secrets = o.secrets;
    const SecretLookup given = [secrets](const QString& owner, const QString& field) {
        return secrets.value(owner, field).value_or(QByteArray());
    };
    for (const FieldSpec* f : o.profile.missingSecrets(given)) {
        const QString variable = EnvironmentSecrets::variableName(mailer->id, f->key);
        problems.append(Finding{
            QStringLiteral("profile.required"), Severity::Error, mailer->id + QLatin1Char('.') + f->key,
            tr("No %1 given: set %2 or use --secrets-file.").arg(Catalog::tr(f->label), variable),
            secretAdvice(variable)});
    }
    return problems;
}

void CliRunner::runApiCheck(const Options& o)
{
    m_reportSettings = SessionReport::describe(o.profile);
    Findings problems = o.profile.validateMailer();
    const MailerInfo* mailer = o.profile.mailer();
    if (mailer->kind == MailerKind::OAuth) {
        problems.append(Finding{
            QStringLiteral("api.no_preflight"), Severity::Error, mailer->id,
            tr("%1 signs in with OAuth; there is no key to check here.").arg(Catalog::tr(mailer->name)),
            Advice{tr("Check the sign-in instead"),
                   {tr("Run \"postino-cli oauth sign-in --mailer %1\" to sign in, then \"postino-cli send\" "
                       "to test it.")
                        .arg(mailer->id)}}});
    }
    problems += missingSecrets(o, mailer);
    if (hasErrors(problems)) {
        finishFindings(problems, {});
        return;
    }
    auto* client = new ApiClient(this);
    client->setExtraCaCertificates(o.extraCa);
    client->setBaseUrlOverride(o.apiBase);
    if (o.timeoutMs > 0) {
        client->setTimeoutMs(o.timeoutMs);
    }
    const bool verbose = o.verbose && !m_json;
    connect(client, &ApiClient::transcript, this, [this, verbose](const TranscriptLine& line) {
        m_transcript.append(formatTranscriptLine(line));
        m_lines.append(line);
        if (verbose) {
            *m_err << formatTranscriptLine(line) << '\n';
            m_err->flush();
        }
    });
    connect(client, &ApiClient::finished, this, [this, client](const ApiResult& r) {
        client->deleteLater();
        finishFindings(r.findings, {{QStringLiteral("httpStatus"), r.httpStatus},
                                    {QStringLiteral("elapsedMs"), r.elapsedMs}});
    });
    const EnvironmentSecrets secrets = o.secrets;
    client->probe(o.profile, [secrets](const QString& mailerId, const QString& field) {
        return secrets.value(mailerId, field).value_or(QByteArray());
    });
}

void CliRunner::runOAuth(const Options& o, const QString& secretsFile, bool noBrowser, int waitMs)
{
    const MailerInfo* m = o.profile.mailer();
    if (m->kind != MailerKind::OAuth) {
        usage(tr("oauth works with the mailers that sign in: gmail, outlook and zoho (--mailer)."));
        return;
    }
    const QJsonObject settings = m->withDefaults(o.profile.currentSettings());
    if (!usesOAuth(*m, settings)) {
        usage(
            tr("The profile's %1 settings use an app password, not OAuth (method=app_password).").arg(m->id));
        return;
    }
    const bool signIn = o.subcommand == QLatin1String("sign-in");
    if (!signIn && o.subcommand != QLatin1String("sign-out")) {
        usage(tr("Use \"oauth sign-in\" or \"oauth sign-out\"."));
        return;
    }
    if (signIn && secretsFile.isEmpty()) {
        usage(tr(
            "oauth sign-in keeps the tokens in --secrets-file FILE (created readable only by you); they are "
            "never printed."));
        return;
    }
    const EnvironmentSecrets secrets = o.secrets;
    const QString mailerId = m->id;
    auto lookup = [secrets, mailerId](const QString& field) {
        return secrets.value(mailerId, field).value_or(QByteArray());
    };
    Findings problems = o.profile.validateMailer();
    auto config = oauthClientConfig(*m, settings, lookup, &problems);
    if (config && config->clientSecret.isEmpty() && config->provider != QLatin1String("microsoft")) {
        problems.append(Finding{
            QStringLiteral("profile.required"), Severity::Error, mailerId + QStringLiteral(".client_secret"),
            tr("No client secret given: set %1 or use --secrets-file.")
                .arg(EnvironmentSecrets::variableName(mailerId, QStringLiteral("client_secret"))),
            secretAdvice(EnvironmentSecrets::variableName(mailerId, QStringLiteral("client_secret")))});
    }
    if (!config || hasErrors(problems)) {
        finishFindings(problems, {});
        return;
    }
    config->endpointOverride = o.apiBase;
    config->extraCa = o.extraCa;
    config->browserTimeoutMs = waitMs;
    if (o.timeoutMs > 0) {
        config->requestTimeoutMs = o.timeoutMs;
    }
    const bool verbose = o.verbose && !m_json;
    auto record = [this, verbose](const TranscriptLine& line) {
        m_transcript.append(formatTranscriptLine(line));
        m_lines.append(line);
        if (verbose) {
            *m_err << formatTranscriptLine(line) << '\n';
            m_err->flush();
        }
    };
    const QString tokenVariable = EnvironmentSecrets::variableName(mailerId, oauthTokenField());
    if (!signIn) {
        const OAuthTokens tokens = lookupOAuthTokens(lookup);
        auto* client = new OAuthTokenClient(this);
        connect(client, &OAuthTokenClient::transcript, this, record);
        connect(client, &OAuthTokenClient::finished, this,
                [this, client, secretsFile, tokenVariable, mailerId](const OAuthTokenResult& r) {
                    client->deleteLater();
                    Findings findings = r.findings;
                    if (!secretsFile.isEmpty() && QFile::exists(secretsFile)) {
                        QString error;
                        if (!EnvironmentSecrets::updateFile(
                                secretsFile,
                                {{tokenVariable, std::nullopt},
                                 {EnvironmentSecrets::variableName(mailerId, QStringLiteral("refresh_token")),
                                  std::nullopt},
                                 {EnvironmentSecrets::variableName(mailerId, QStringLiteral("access_token")),
                                  std::nullopt}},
                                &error)) {
                            findings.append(Finding{
                                QStringLiteral("oauth.store_failed"), Severity::Error, secretsFile,
                                tr("The tokens could not be removed from %1: %2").arg(secretsFile, error),
                                secretsFileAdvice(secretsFile)});
                        }
                    }
                    finishFindings(findings, {{QStringLiteral("mailer"), mailerId}});
                });
        client->revoke(*config, tokens);
        return;
    }
    auto* flow = new OAuthSignIn(this);
    connect(flow, &OAuthSignIn::transcript, this, record);
    connect(flow, &OAuthSignIn::authorizationUrlReady, this, [this, noBrowser](const QUrl& url) {
        QTextStream* to = m_json ? m_err : m_out;
        *to << tr("Open this address in a browser to sign in (Postino waits for the answer on 127.0.0.1):")
            << '\n'
            << url.toString(QUrl::FullyEncoded) << '\n';
        to->flush();
        if (!noBrowser && m_openBrowser && !m_openBrowser(url)) {
            *m_err << tr("No browser could be opened; open the address above yourself.") << '\n';
            m_err->flush();
        }
    });
    connect(flow, &OAuthSignIn::finished, this,
            [this, flow, secretsFile, tokenVariable, mailerId](const OAuthSignInResult& r) {
                flow->deleteLater();
                Findings findings = r.findings;
                if (r.ok) {
                    QString error;
                    if (!EnvironmentSecrets::updateFile(secretsFile, {{tokenVariable, r.tokens.toJson()}},
                                                        &error)) {
                        findings.append(
                            Finding{QStringLiteral("oauth.store_failed"), Severity::Error, secretsFile,
                                    tr("The tokens could not be saved to %1: %2").arg(secretsFile, error),
                                    secretsFileAdvice(secretsFile)});
                    } else {
                        findings.append(
                            Finding{QStringLiteral("oauth.tokens_stored"), Severity::Info, secretsFile,
                                    tr("The tokens were saved as %1 in %2 (readable only by you).")
                                        .arg(tokenVariable, secretsFile)});
                    }
                }
                finishFindings(findings, {{QStringLiteral("mailer"), mailerId},
                                          {QStringLiteral("account"), r.account},
                                          {QStringLiteral("accountId"), r.accountId},
                                          {QStringLiteral("redirectUri"), r.redirectUri}});
            });
    flow->start(*config);
}

void CliRunner::runSmtpCheck(const Options& o)
{
    m_reportSettings = SessionReport::describe(o.profile);
    Findings problems = o.profile.validateMailer();
    SmtpSettings settings = SmtpSettings::fromProfile(
        o.profile, o.secrets.value(QStringLiteral("smtp"), QStringLiteral("pass")).value_or(QByteArray()));
    if (settings.authenticate && settings.password.isEmpty()) {
        problems.append(Finding{QStringLiteral("profile.required"), Severity::Error,
                                QStringLiteral("smtp.pass"),
                                tr("No password given: set POSTINO_PASSWORD or use --secrets-file, or pass "
                                   "--no-auth."),
                                secretAdvice(QStringLiteral("POSTINO_PASSWORD"))});
    }
    problems = withLoginAdvice(problems);
    if (hasErrors(problems)) {
        finishFindings(problems, {});
        return;
    }
    settings.extraCaCertificates = o.extraCa;
    if (o.timeoutMs > 0) {
        settings.timeouts.connectMs = settings.timeouts.greetingMs = settings.timeouts.commandMs =
            o.timeoutMs;
    }
    auto* client = new SmtpCredentialCheck(this);
    const bool verbose = o.verbose && !m_json;
    connect(client, &SmtpCredentialCheck::transcript, this, [this, verbose](const TranscriptLine& line) {
        m_transcript.append(formatTranscriptLine(line));
        m_lines.append(line);
        if (verbose) {
            *m_err << formatTranscriptLine(line) << '\n';
            m_err->flush();
        }
    });
    connect(client, &SmtpCredentialCheck::finished, this, [this, client](const SmtpResult& r) {
        client->deleteLater();
        finishFindings(r.findings, {{QStringLiteral("authenticated"), r.authenticated},
                                    {QStringLiteral("encrypted"), r.encrypted},
                                    {QStringLiteral("elapsedMs"), r.elapsedMs}});
    });
    client->start(settings);
}

void CliRunner::runProbe(const Options& o, const QString& hostOverride, const QString& writePhp,
                         const QString& phpResult)
{
    if (!phpResult.isEmpty()) {
        // The JSON the PHP probe printed on the web server, read into the same report.
        QFile file(phpResult);
        if (!file.open(QIODevice::ReadOnly)) {
            usage(tr("Cannot read %1: %2").arg(phpResult, file.errorString()));
            return;
        }
        QString error;
        const ProbeReport report = parsePhpProbeResult(file.read(2 * 1024 * 1024), &error);
        if (!error.isEmpty()) {
            usage(error);
            return;
        }
        printProbeReport(report);
        return;
    }
    const MailerInfo* mailer = o.profile.mailer();
    // Other SMTP has --host (and --port) in its settings already: the port given is probed first.
    ProbeTarget target = ProbeTarget::forMailer(*mailer, o.profile.currentSettings(),
                                                mailer->kind == MailerKind::Smtp ? QString() : hostOverride);
    if (target.host.isEmpty() && target.apiHost.isEmpty()) {
        usage(tr("Nothing to probe: give the SMTP server with --host, or a mailer with --mailer."));
        return;
    }
    target.extraCa = o.extraCa;
    if (o.timeoutMs > 0) {
        target.timeoutMs = o.timeoutMs;
    }
    if (!writePhp.isEmpty()) {
        const PhpProbeWrite w = writePhpProbe(target, true, writePhp);
        const QString path = w.path;
        if (!w.ok) {
            usage(w.path.isEmpty() ? w.error : tr("Could not write %1: %2").arg(path, w.error));
            return;
        }
        *m_err << tr("Upload %1 to your website, open its address once in a browser, and save what it "
                     "prints; then run: postino-cli probe --php-result FILE. The script deletes itself "
                     "as soon as it starts.")
                      .arg(path)
               << '\n';
        finishFindings({}, {{QStringLiteral("file"), path}});
        return;
    }
    auto* probe = new PortProbe(this);
    connect(probe, &PortProbe::finished, this, [this, probe](const ProbeReport& report) {
        probe->deleteLater();
        printProbeReport(report);
    });
    probe->start(target);
}

dns::Resolver* CliRunner::createResolver(const Options& o, const QString& nameserver, bool authoritative,
                                         const QString& domain)
{
    dns::Resolver* resolver = nullptr;
    if (!nameserver.isEmpty()) {
        const auto server = dns::parseNameServer(nameserver);
        if (!server) {
            usage(tr("\"%1\" is not a DNS server address (use 192.0.2.53 or 192.0.2.53:5353).")
                      .arg(nameserver));
            return nullptr;
        }
        resolver = new dns::WireResolver({*server}, this);
    } else {
        resolver = dns::createSystemResolver(this);
    }
    if (authoritative)
        resolver = new dns::AuthoritativeResolver(domain, resolver, this);
    if (o.timeoutMs > 0)
        resolver->setTimeout(o.timeoutMs);
    return resolver;
}

void CliRunner::runSpf(const Options& o, const QString& nameserver, const QString& ip, const QString& sender,
                       const QString& helo)
{
    QHostAddress address;
    if (ip.isEmpty() || !address.setAddress(ip)) {
        usage(ip.isEmpty() ? tr("spf needs --ip: the address of the server that sends the mail.")
                           : tr("\"%1\" is not an IP address.").arg(ip));
        return;
    }
    if (sender.isEmpty() && helo.isEmpty()) {
        usage(tr("spf needs --sender (the MAIL FROM address) or --helo (the server's HELO name)."));
        return;
    }
    // RFC 7208 4.3: a sender without a local part ("example.com", "@example.com") stands for
    // postmaster at that domain.
    const QString envelope = dns::spfSenderAddress(sender, helo);
    if (!sender.isEmpty() &&
        !dns::normalizedName(envelope.section(QLatin1Char('@'), -1)).contains(QLatin1Char('.'))) {
        usage(tr("\"%1\" is neither an email address nor a domain name; --sender takes the MAIL FROM "
                 "address, or its domain.")
                  .arg(sender));
        return;
    }
    dns::Resolver* resolver = createResolver(o, nameserver, false, {});
    if (!resolver) {
        return;
    }
    auto* evaluator = new dns::SpfEvaluator(resolver, this);
    connect(
        evaluator, &dns::SpfEvaluator::finished, this, [this, evaluator, address, sender, helo, envelope] {
            evaluator->deleteLater();
            const dns::SpfOutcome out = evaluator->outcome();
            const QString word = dns::spfResultName(out.result);
            const QString who = sender.isEmpty() ? tr("HELO %1").arg(helo) : envelope;
            Finding f;
            f.id = QStringLiteral("spf.result.") + word;
            f.subject = out.domain;
            f.seen = out.record;
            Severity severity = Severity::Ok;
            switch (out.result) {
            case dns::SpfResult::Pass:
                severity = Severity::Ok;
                f.detail = tr("%1 may send as %2: “pass”, decided by %3.")
                               .arg(address.toString(), who, out.mechanism);
                break;
            case dns::SpfResult::Fail:
                severity = Severity::Error;
                f.detail = tr("%1 may not send as %2: “fail”, decided by %3.")
                               .arg(address.toString(), who, out.mechanism);
                f.advice = dns::authoriseInSpfAdvice(address, out.domain);
                break;
            case dns::SpfResult::SoftFail:
            case dns::SpfResult::Neutral:
                severity = Severity::Warning;
                f.detail = tr("%1 sending as %2 gets “%3” (%4): receivers will not trust it, and many file "
                              "it as spam.")
                               .arg(address.toString(), who, word, out.mechanism);
                f.advice = dns::authoriseInSpfAdvice(address, out.domain);
                break;
            case dns::SpfResult::None:
                severity = Severity::Warning;
                f.detail = tr("%1 has no SPF record, so receivers cannot tell whether %2 may send as %3.")
                               .arg(out.domain, address.toString(), who);
                f.advice = {tr("Publish an SPF record for %1").arg(out.domain),
                            {tr("Run \"postino-cli dns %1 --mailer ID\" for the record your mailer needs.")
                                 .arg(out.domain)}};
                break;
            case dns::SpfResult::TempError:
                severity = Severity::Error;
                f.detail = tr("The SPF check for %1 could not finish: %2").arg(who, out.problem);
                f.advice = {tr("Try again, or ask another DNS server"),
                            {tr("A DNS server did not answer in time; --nameserver asks a different one.")}};
                break;
            case dns::SpfResult::PermError:
                severity = Severity::Error;
                f.detail = tr("The SPF record of %1 is broken, so every check of it fails: %2")
                               .arg(out.domain, out.problem);
                f.advice = {
                    tr("Fix the SPF record of %1").arg(out.domain),
                    {tr("Run \"postino-cli dns %1\" to see where the record goes wrong.").arg(out.domain)}};
                break;
            }
            f.setSeverity(severity, f.advice);
            QJsonObject extra{
                {QStringLiteral("result"), word},         {QStringLiteral("domain"), out.domain},
                {QStringLiteral("record"), out.record},   {QStringLiteral("mechanism"), out.mechanism},
                {QStringLiteral("lookups"), out.lookups}, {QStringLiteral("voidLookups"), out.voidLookups}};
            if (!out.explanation.isEmpty())
                extra.insert(QStringLiteral("explanation"), out.explanation);
            if (!out.problem.isEmpty())
                extra.insert(QStringLiteral("problem"), out.problem);
            // The result word comes first and alone, as spfquery and pyspf print it, for scripts.
            QString summary = word + QLatin1Char('\n');
            if (!out.explanation.isEmpty())
                summary += tr("Explanation: %1").arg(out.explanation) + QLatin1Char('\n');
            finishFindings({f}, extra, summary);
        });
    evaluator->start(address, sender, helo);
}

void CliRunner::runDns(const Options& o, const QString& nameserver, bool authoritative,
                       const QStringList& selectors, const QString& returnPath, const QString& ip)
{
    dns::DomainReportOptions options;
    options.domain = o.subcommand;
    if (options.domain.isEmpty()) {
        const QString from = o.profile.sender().fromEmail;
        options.domain = domainOfAddress(from);
    }
    if (options.domain.isEmpty()) {
        usage(tr("Which domain? Give it after \"dns\", or a profile with a From address."));
        return;
    }
    options.mailerId = o.profile.mailerId();
    options.mailerSettings = o.profile.currentSettings();
    options.extraSelectors = selectors;
    options.returnPathHost = returnPath;
    if (!ip.isEmpty() && !options.senderAddress.setAddress(ip)) {
        usage(tr("\"%1\" is not an IP address.").arg(ip));
        return;
    }

    dns::Resolver* resolver = createResolver(o, nameserver, authoritative, options.domain);
    if (!resolver) {
        return;
    }

    auto* report = new dns::DomainReport(resolver, options, this);
    connect(report, &dns::DomainReport::finished, this, [this, report] {
        report->deleteLater();
        QJsonObject extra = report->toJson();
        extra.remove(QStringLiteral("findings"));
        const QString summary = tr("DNS report for %1 (%2 ms, %3 queries to %4)\n")
                                    .arg(report->domain())
                                    .arg(report->elapsedMs())
                                    .arg(extra.value(QStringLiteral("queries")).toInt())
                                    .arg(extra.value(QStringLiteral("resolver")).toString());
        finishFindings(report->findings(), extra, summary);
    });
    report->start();
}

void CliRunner::runAlertTest(const Options& o, const QString& channelName, const QStringList& assignments,
                             bool allowLocal)
{
    if (channelName.isEmpty()) {
        usage(tr("alert test needs --channel: email, slack, discord, teams, twilio, webhook, ntfy or "
                 "pushover."));
        return;
    }
    AlertChannel channel;
    if (const AlertChannel* stored = o.profile.alerts().channel(channelName)) {
        channel = *stored;
    } else if (alertChannelInfo(channelName)) {
        channel.id = channelName;
        channel.type = channelName;
    } else {
        usage(tr("Unknown alert channel \"%1\": use email, slack, discord, teams, twilio, webhook, ntfy or "
                 "pushover, or the id of a channel in the profile.")
                  .arg(channelName));
        return;
    }
    const AlertChannelInfo* info = alertChannelInfo(channel.type);
    for (const QString& assignment : assignments) {
        const QString key = assignment.section(QLatin1Char('='), 0, 0);
        const QString value = assignment.section(QLatin1Char('='), 1);
        const AlertField* field = info->field(key);
        if (!assignment.contains(QLatin1Char('=')) || !field) {
            QStringList keys;
            for (const AlertField& f : info->fields) {
                keys << f.key;
            }
            usage(tr("--set %1: %2 alerts have the settings %3.")
                      .arg(assignment, alertText(info->name), keys.join(QStringLiteral(", "))));
            return;
        }
        if (field->secret) {
            usage(tr("--set %1: secrets never go on the command line; use %2 or --secrets-file.")
                      .arg(key, EnvironmentSecrets::variableName(channel.secretGroup(), key)));
            return;
        }
        channel.settings.insert(key, value);
    }
    AlertSendOptions options;
    options.allowLocalTargets = allowLocal || o.profile.alerts().allowLocalTargets;
    options.baseOverride = o.apiBase;
    options.extraCa = o.extraCa;
    if (o.timeoutMs > 0) {
        options.timeoutMs = o.timeoutMs;
    }
    const EnvironmentSecrets secrets = o.secrets;
    options.secret = [secrets](const QString& group, const QString& field) {
        return secrets.value(group, field).value_or(QByteArray());
    };
    auto* sender = new AlertSender(this);
    const bool verbose = o.verbose && !m_json;
    connect(sender, &AlertSender::transcript, this, [this, verbose](const TranscriptLine& line) {
        m_transcript.append(formatTranscriptLine(line));
        m_lines.append(line);
        if (verbose) {
            *m_err << formatTranscriptLine(line) << '\n';
            m_err->flush();
        }
    });
    connect(sender, &AlertSender::finished, this, [this, sender, channel](const AlertResult& r) {
        sender->deleteLater();
        finishFindings(r.findings, {{QStringLiteral("channel"), channel.id},
                                    {QStringLiteral("type"), channel.type},
                                    {QStringLiteral("httpStatus"), r.httpStatus},
                                    {QStringLiteral("elapsedMs"), r.elapsedMs}});
    });
    sender->sendTest(o.profile, channel, options);
}

void CliRunner::printProbeReport(const ProbeReport& report)
{
    QJsonArray ports;
    QString table = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(tr("Port"), -5)
                        .arg(tr("Encryption"), -10)
                        .arg(tr("Outcome"), -14)
                        .arg(tr("Server name"), -24)
                        .arg(tr("TLS"), -8)
                        .arg(tr("AUTH"));
    for (const PortResult& r : report.ports) {
        ports.append(r.toJson());
        const QString encryption = probeEncryptionName(r.https, r.security);
        table += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(r.port, -5)
                     .arg(encryption, -10)
                     .arg(probeOutcomeText(r.outcome), -14)
                     .arg(r.https ? r.httpStatus : r.greetingName, -24)
                     .arg(r.tlsVersion.isEmpty() ? QStringLiteral("-") : r.tlsVersion, -8)
                     .arg(r.authMechanisms.isEmpty() ? QStringLiteral("-")
                                                     : r.authMechanisms.join(QLatin1Char(' ')));
    }
    QJsonObject recommendation = report.recommendation.toJson();
    recommendation.insert(QStringLiteral("port"), report.recommendedPort);
    recommendation.insert(QStringLiteral("apiMailers"), QJsonArray::fromStringList(report.apiMailers));
    finishFindings(report.findings,
                   {{QStringLiteral("host"), report.host},
                    {QStringLiteral("addresses"), QJsonArray::fromStringList(report.addresses)},
                    {QStringLiteral("ports"), ports},
                    {QStringLiteral("recommendation"), recommendation},
                    {QStringLiteral("elapsedMs"), report.elapsedMs}},
                   table);
}

} // namespace postino
