#include "cli/options.h"

#include "catalog/catalog.h"
#include "catalog/mailboxes.h"
#include "catalog/resolvedmailer.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/session.h"
#include "profile/profilestore.h"

#include <QFile>
#include <QRegularExpression>

namespace postino {

QCommandLineOption sharedOption(SharedOption option)
{
    switch (option) {
    case SharedOption::Profile:
        return {QStringLiteral("profile"), CliRunner::tr("Read settings from a Postino profile."),
                CliRunner::tr("file")};
    case SharedOption::Mailer:
        return {QStringLiteral("mailer"), CliRunner::tr("The mailer id (see \"mailers\")."),
                CliRunner::tr("id")};
    case SharedOption::Set:
        return {QStringLiteral("set"),
                CliRunner::tr("Set one of the mailer's settings, e.g. --set domain=mg.example.com "
                              "--set region=EU (repeatable; not for secrets)."),
                CliRunner::tr("key=value")};
    case SharedOption::Host:
        return {QStringLiteral("host"), CliRunner::tr("SMTP server host name."), CliRunner::tr("host")};
    case SharedOption::Port:
        return {QStringLiteral("port"), CliRunner::tr("SMTP server port."), CliRunner::tr("port")};
    case SharedOption::Encryption:
        return {QStringLiteral("encryption"), CliRunner::tr("none, ssl or tls (STARTTLS)."),
                CliRunner::tr("mode")};
    case SharedOption::NoAutoTls:
        return {QStringLiteral("no-auto-tls"),
                CliRunner::tr("With --encryption none, do not upgrade with STARTTLS.")};
    case SharedOption::TrustCert:
        return {QStringLiteral("trust-cert"),
                CliRunner::tr("Trust the server certificate with this SHA-256 fingerprint, even though "
                              "it cannot be verified."),
                CliRunner::tr("sha256")};
    case SharedOption::User:
        return {QStringLiteral("user"), CliRunner::tr("SMTP username."), CliRunner::tr("name")};
    case SharedOption::NoAuth:
        return {QStringLiteral("no-auth"), CliRunner::tr("Do not log in.")};
    case SharedOption::From:
        return {QStringLiteral("from"), CliRunner::tr("From email address."), CliRunner::tr("address")};
    case SharedOption::FromName:
        return {QStringLiteral("from-name"), CliRunner::tr("From name."), CliRunner::tr("name")};
    case SharedOption::To:
        return {QStringLiteral("to"), CliRunner::tr("Test recipient (default: the From address)."),
                CliRunner::tr("address")};
    case SharedOption::SecretsFile:
        return {QStringLiteral("secrets-file"),
                CliRunner::tr("Read NAME=VALUE secrets from a file only you can read (chmod 600)."),
                CliRunner::tr("file")};
    case SharedOption::CaFile:
        return {QStringLiteral("ca-file"), CliRunner::tr("Also trust the CA certificates in this PEM file."),
                CliRunner::tr("file")};
    case SharedOption::ApiBase:
        return {QStringLiteral("api-base"),
                CliRunner::tr("Send API requests to this HTTPS server instead of the provider's (for "
                              "testing against a local server)."),
                CliRunner::tr("url")};
    case SharedOption::Timeout:
        return {QStringLiteral("timeout"), CliRunner::tr("Seconds to wait for each step."),
                CliRunner::tr("seconds")};
    case SharedOption::Nameserver:
        return {
            QStringLiteral("nameserver"),
            CliRunner::tr("dns: ask this DNS server (address, optionally :port) instead of the system's."),
            CliRunner::tr("address")};
    case SharedOption::Ip:
        return {QStringLiteral("ip"),
                CliRunner::tr("dns: also tell whether mail from this server address passes SPF. "
                              "spf: the sending server's address."),
                CliRunner::tr("address")};
    case SharedOption::Confirm:
        return {
            QStringLiteral("confirm"),
            CliRunner::tr("send: after sending, follow the message: the provider's status and, with --imap, "
                          "the mailbox.")};
    case SharedOption::Imap:
        return {
            QStringLiteral("imap"),
            CliRunner::tr("Look for the message in this IMAP mailbox: HOST[:PORT], or one of %1 (in the data "
                          "centre of the profile's mailer where the provider has several).")
                .arg(MailboxCatalog::builtin().idList()),
            CliRunner::tr("host")};
    case SharedOption::ImapUser:
        return {QStringLiteral("imap-user"),
                CliRunner::tr("IMAP user name (default: the recipient address)."), CliRunner::tr("name")};
    case SharedOption::ImapSecurity:
        return {QStringLiteral("imap-security"),
                CliRunner::tr("IMAP encryption: ssl (993, default), starttls (143) or none."),
                CliRunner::tr("mode")};
    case SharedOption::ImapDelete:
        return {QStringLiteral("imap-delete"),
                CliRunner::tr("Delete the test message from the mailbox once found.")};
    case SharedOption::Wait:
        return {QStringLiteral("wait"),
                CliRunner::tr("Seconds to keep asking the provider and looking in the mailbox "
                              "(default 120)."),
                CliRunner::tr("seconds")};
    case SharedOption::Verbose:
        return {QStringLiteral("verbose"), CliRunner::tr("Print the SMTP conversation as it happens.")};
    case SharedOption::Json:
        return {QStringLiteral("json"), CliRunner::tr("Print one JSON object.")};
    case SharedOption::Report:
        return {QStringLiteral("report"),
                CliRunner::tr("Also save a report for your host's support (.html or .txt)."),
                CliRunner::tr("file")};
    }
    Q_UNREACHABLE();
}

bool Invocation::isSet(SharedOption option) const
{
    return takes(option) && parser.isSet(sharedOption(option).names().constFirst());
}

QString Invocation::value(SharedOption option) const
{
    return takes(option) ? parser.value(sharedOption(option).names().constFirst()) : QString();
}

QStringList Invocation::values(SharedOption option) const
{
    return takes(option) ? parser.values(sharedOption(option).names().constFirst()) : QStringList();
}

namespace {

bool applyProfile(const Command& command, Invocation& inv, CliSession& s)
{
    CliOptions& o = inv.options;
    if (inv.isSet(SharedOption::Profile)) {
        const QString path = inv.value(SharedOption::Profile);
        const auto loaded = ProfileStore::loadFile(path);
        if (!loaded.existed || loaded.broken) {
            s.usage(loaded.broken ? loaded.problems.first().detail
                                  : CliRunner::tr("The profile %1 does not exist.").arg(path));
            return false;
        }
        o.profile = loaded.profile;
        // Values of the wrong type, a newer version: said on stderr (stdout may be JSON), not dropped.
        if (!loaded.problems.isEmpty()) {
            s.err() << formatFindingsText(loaded.problems);
        }
    }
    if (inv.isSet(SharedOption::Mailer)) {
        o.profile.setMailerId(inv.value(SharedOption::Mailer));
    }
    if ((inv.takes(SharedOption::Profile) || inv.takes(SharedOption::Mailer)) &&
        !Catalog::builtin().mailer(o.profile.mailerId())) {
        s.usage(CliRunner::tr("Unknown mailer \"%1\". Run \"postino-cli mailers\" for the list.")
                    .arg(o.profile.mailerId()));
        return false;
    }
    if (!command.forcedMailer().isEmpty()) {
        o.profile.setMailerId(command.forcedMailer());
    }
    return true;
}

bool parsePort(const QString& text, int* port)
{
    bool ok = false;
    *port = text.toInt(&ok);
    return ok && *port >= 1 && *port <= 65535;
}

// The SMTP options always describe the "smtp" mailer's settings; for Gmail, Microsoft and Zoho they
// replace the provider's SMTP server (app password, XOAUTH2), e.g. with a local test server.
bool applySmtp(const Command& command, Invocation& inv, CliSession& s)
{
    CliOptions& o = inv.options;
    const MailerInfo* mailer = o.profile.mailer();
    if (command.forcedMailer().isEmpty() && mailer && mailer->kind == MailerKind::OAuth) {
        if (inv.isSet(SharedOption::Host)) {
            o.smtpHostOverride = inv.value(SharedOption::Host);
        }
        if (inv.isSet(SharedOption::Port)) {
            int port = 0;
            if (!parsePort(inv.value(SharedOption::Port), &port)) {
                s.usage(CliRunner::tr("--port must be a number from 1 to 65535."));
                return false;
            }
            o.smtpPortOverride = static_cast<quint16>(port);
        }
    }
    const QString smtpId = Catalog::builtin().otherSmtp()->id;
    QJsonObject smtp = o.profile.mailerSettings(smtpId);
    if (inv.isSet(SharedOption::Host)) {
        smtp.insert(QStringLiteral("host"), inv.value(SharedOption::Host));
    }
    if (inv.isSet(SharedOption::Encryption)) {
        const QString enc = inv.value(SharedOption::Encryption).toLower();
        const FieldSpec* f = Catalog::builtin().otherSmtp()->field(QStringLiteral("encryption"));
        const FieldChoice* c = f ? f->choice(enc) : nullptr;
        if (!c) {
            s.usage(CliRunner::tr("--encryption must be none, ssl or tls."));
            return false;
        }
        smtp.insert(QStringLiteral("encryption"), enc);
        // The same coupling as the wizard: the port follows unless given explicitly.
        for (auto it = c->sets.constBegin(); it != c->sets.constEnd(); ++it) {
            smtp.insert(it.key(), it.value());
        }
    }
    if (inv.isSet(SharedOption::Port)) {
        int port = 0;
        if (!parsePort(inv.value(SharedOption::Port), &port)) {
            s.usage(CliRunner::tr("--port must be a number from 1 to 65535."));
            return false;
        }
        smtp.insert(QStringLiteral("port"), port);
    }
    if (inv.isSet(SharedOption::NoAutoTls)) {
        smtp.insert(QStringLiteral("autotls"), false);
    }
    if (inv.isSet(SharedOption::User)) {
        smtp.insert(QStringLiteral("user"), inv.value(SharedOption::User));
        smtp.insert(QStringLiteral("auth"), true);
    }
    if (inv.isSet(SharedOption::TrustCert)) {
        QString fingerprint = inv.value(SharedOption::TrustCert).remove(QLatin1Char(':')).toLower();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(fingerprint).hasMatch()) {
            s.usage(CliRunner::tr(
                "--trust-cert takes a SHA-256 fingerprint: 64 hexadecimal digits, colons allowed."));
            return false;
        }
        smtp.insert(QStringLiteral("trusted_cert_sha256"), fingerprint);
    }
    if (inv.isSet(SharedOption::NoAuth)) {
        smtp.insert(QStringLiteral("auth"), false);
    }
    o.profile.setMailerSettings(smtpId, smtp);
    return true;
}

void applySender(Invocation& inv)
{
    CliOptions& o = inv.options;
    if (inv.isSet(SharedOption::From)) {
        o.profile.sender().fromEmail = inv.value(SharedOption::From);
    }
    if (inv.isSet(SharedOption::FromName)) {
        o.profile.sender().fromName = inv.value(SharedOption::FromName);
    }
}

// --set key=value: one of the current mailer's settings, never a secret.
bool applyMailerSettings(Invocation& inv, CliSession& s)
{
    CliOptions& o = inv.options;
    if (!inv.isSet(SharedOption::Set)) {
        return true;
    }
    const MailerInfo* mailer = Catalog::builtin().mailer(o.profile.mailerId());
    QJsonObject settings = o.profile.currentSettings();
    for (const QString& assignment : inv.values(SharedOption::Set)) {
        const QString key = assignment.section(QLatin1Char('='), 0, 0);
        const QString value = assignment.section(QLatin1Char('='), 1);
        const FieldSpec* field = mailer->field(key);
        if (!field || !assignment.contains(QLatin1Char('='))) {
            s.usage(CliRunner::tr("--set %1: %2 has no setting of that name.").arg(assignment, mailer->id));
            return false;
        }
        if (field->secret) {
            s.usage(CliRunner::tr("--set %1: secrets never go on the command line; use %2 or --secrets-file.")
                        .arg(key, EnvironmentSecrets::variableName(mailer->id, key)));
            return false;
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
    return true;
}

bool applyConnection(const Command& command, Invocation& inv, CliSession& s)
{
    CliOptions& o = inv.options;
    if (inv.isSet(SharedOption::ApiBase)) {
        o.apiBase = QUrl(inv.value(SharedOption::ApiBase));
        if (!o.apiBase.isValid() || o.apiBase.scheme() != QLatin1String("https")) {
            s.usage(CliRunner::tr("--api-base must be an https:// URL."));
            return false;
        }
    }
    o.recipient = inv.isSet(SharedOption::To)
                      ? inv.value(SharedOption::To)
                      : (o.profile.testRecipient().isEmpty() ? o.profile.sender().fromEmail
                                                             : o.profile.testRecipient());
    if (inv.isSet(SharedOption::CaFile)) {
        o.extraCa = QSslCertificate::fromPath(inv.value(SharedOption::CaFile), QSsl::Pem);
        if (o.extraCa.isEmpty()) {
            s.usage(CliRunner::tr("No PEM certificate could be read from %1.")
                        .arg(inv.value(SharedOption::CaFile)));
            return false;
        }
    }
    o.secretsFile = inv.value(SharedOption::SecretsFile);
    // `oauth sign-in` may create the secrets file.
    const bool newSecretsFile = command.mayCreateSecretsFile() && !QFile::exists(o.secretsFile);
    if (inv.isSet(SharedOption::SecretsFile) && !newSecretsFile) {
        QString error;
        if (!o.secrets.loadFile(o.secretsFile, &error)) {
            s.usage(error);
            return false;
        }
    }
    // An older profile may still hold a webhook's URL or an ntfy topic: it serves when nothing else does.
    for (auto it = o.profile.secretsFromFile().cbegin(); it != o.profile.secretsFromFile().cend(); ++it) {
        o.secrets.setFallback(it.key().section(QLatin1Char('.'), 0, 0), it.key().section(QLatin1Char('.'), 1),
                              it.value());
    }
    if (inv.isSet(SharedOption::Timeout)) {
        bool ok = false;
        o.timeoutMs = inv.value(SharedOption::Timeout).toInt(&ok) * 1000;
        if (!ok || o.timeoutMs <= 0) {
            s.usage(CliRunner::tr("--timeout must be a positive number of seconds."));
            return false;
        }
    }
    return true;
}

// --confirm, --wait and --imap: following the message to the recipient's mailbox.
bool applyMailbox(Invocation& inv, CliSession& s)
{
    CliOptions& o = inv.options;
    o.confirm = inv.isSet(SharedOption::Confirm);
    o.imapDelete = inv.isSet(SharedOption::ImapDelete);
    if (inv.isSet(SharedOption::Wait)) {
        bool ok = false;
        o.waitMs = inv.value(SharedOption::Wait).toInt(&ok) * 1000;
        if (!ok || o.waitMs <= 0 || o.waitMs > 3600 * 1000) {
            s.usage(CliRunner::tr("--wait must be a number of seconds from 1 to 3600."));
            return false;
        }
    }
    if (!inv.isSet(SharedOption::Imap)) {
        return true;
    }
    ImapSettings imap;
    const QString target = inv.value(SharedOption::Imap).trimmed();
    // A provider's preset, in the data centre of the profile's mailer where it has several.
    if (const auto preset = imapPreset(target.toLower(), inv.options.profile.resolvedMailer())) {
        imap.host = preset->host;
        imap.port = preset->port;
        imap.security = preset->security;
    } else {
        imap.host = target.section(QLatin1Char(':'), 0, 0);
        imap.security = ImapSettings::securityFromName(inv.value(SharedOption::ImapSecurity));
        imap.port = imap.security == ImapSecurity::Tls ? 993 : 143;
        if (target.contains(QLatin1Char(':'))) {
            int port = 0;
            if (!parsePort(target.section(QLatin1Char(':'), 1), &port)) {
                s.usage(CliRunner::tr("--imap takes HOST[:PORT] with a port from 1 to 65535."));
                return false;
            }
            imap.port = static_cast<quint16>(port);
        }
    }
    if (inv.isSet(SharedOption::ImapSecurity)) {
        const QString mode = inv.value(SharedOption::ImapSecurity).toLower();
        if (mode != QLatin1String("ssl") && mode != QLatin1String("tls") &&
            mode != QLatin1String("starttls") && mode != QLatin1String("none")) {
            s.usage(CliRunner::tr("--imap-security must be ssl, starttls or none."));
            return false;
        }
        imap.security = ImapSettings::securityFromName(mode);
    }
    if (imap.host.isEmpty()) {
        s.usage(CliRunner::tr("--imap needs a host name."));
        return false;
    }
    imap.username =
        inv.isSet(SharedOption::ImapUser) ? inv.value(SharedOption::ImapUser) : o.recipient.trimmed();
    imap.password =
        o.secrets.value(QStringLiteral("imap"), QStringLiteral("password")).value_or(QByteArray());
    if (imap.password.isEmpty()) {
        imap.password = qgetenv("POSTINO_IMAP_PASSWORD");
    }
    imap.oauthToken = qgetenv("POSTINO_IMAP_TOKEN");
    if (imap.password.isEmpty() && imap.oauthToken.isEmpty()) {
        s.usage(CliRunner::tr("--imap needs the mailbox password in POSTINO_IMAP_PASSWORD (or a token in "
                              "POSTINO_IMAP_TOKEN); it is never taken from the command line."));
        return false;
    }
    imap.extraCaCertificates = o.extraCa;
    if (o.timeoutMs > 0) {
        imap.connectMs = imap.commandMs = o.timeoutMs;
    }
    o.imap = imap;
    return true;
}

} // namespace

bool applySharedOptions(const Command& command, Invocation& inv, CliSession& s)
{
    inv.options.verbose = inv.isSet(SharedOption::Verbose);
    s.setVerbose(inv.options.verbose);
    if (!applyProfile(command, inv, s) || !applySmtp(command, inv, s)) {
        return false;
    }
    s.setReportPath(inv.value(SharedOption::Report));
    applySender(inv);
    return applyMailerSettings(inv, s) && applyConnection(command, inv, s) && applyMailbox(inv, s);
}

} // namespace postino
