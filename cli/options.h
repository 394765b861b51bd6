#pragma once

#include "delivery/imapclient.h"
#include "profile/profile.h"
#include "secrets/envsecrets.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace postino {

class CliSession;
class Command;

// Options several commands take, each defined once here. A command lists the ones it takes
// (mostly as the groups below) next to its own; the order here is the order --help shows them.
enum class SharedOption
{
    Profile,
    Mailer,
    Set,
    Host,
    Port,
    Encryption,
    NoAutoTls,
    TrustCert,
    User,
    NoAuth,
    From,
    FromName,
    To,
    SecretsFile,
    CaFile,
    ApiBase,
    Timeout,
    Nameserver,
    Ip,
    Confirm,
    Imap,
    ImapUser,
    ImapSecurity,
    ImapDelete,
    Wait,
    Verbose,
    Json,
    Report,
};

QCommandLineOption sharedOption(SharedOption option);

namespace options {
// The profile and the mailer's settings it holds.
inline const QList<SharedOption> profile{SharedOption::Profile, SharedOption::Mailer, SharedOption::Set};
// Where the SMTP server is, how the connection is secured, and the login.
inline const QList<SharedOption> smtpServer{SharedOption::Host, SharedOption::Port, SharedOption::Encryption};
inline const QList<SharedOption> smtpSecurity{SharedOption::NoAutoTls, SharedOption::TrustCert};
inline const QList<SharedOption> smtpLogin{SharedOption::User, SharedOption::NoAuth};
inline const QList<SharedOption> smtpConnection = smtpServer + smtpSecurity + smtpLogin;
inline const QList<SharedOption> sender{SharedOption::From, SharedOption::FromName};
inline const QList<SharedOption> secrets{SharedOption::SecretsFile};
// Talking to a server over the network: an extra CA, a time limit per step.
inline const QList<SharedOption> network{SharedOption::CaFile, SharedOption::Timeout};
// Following a sent message into the recipient's mailbox.
inline const QList<SharedOption> mailbox{SharedOption::Imap, SharedOption::ImapUser,
                                         SharedOption::ImapSecurity, SharedOption::ImapDelete,
                                         SharedOption::Wait};
inline const QList<SharedOption> dnsServer{SharedOption::Nameserver, SharedOption::Timeout};
// How the result is printed: JSON or text, a report file, the conversation as it happens.
inline const QList<SharedOption> output{SharedOption::Json, SharedOption::Report};
inline const QList<SharedOption> transcript{SharedOption::Verbose};
} // namespace options

// What the shared options say, read once before the command runs.
struct CliOptions
{
    Profile profile;
    EnvironmentSecrets secrets;
    QString secretsFile;
    QList<QSslCertificate> extraCa;
    QString recipient;
    int timeoutMs = 0;
    bool verbose = false;
    QUrl apiBase;
    QString smtpHostOverride; // gmail / outlook / zoho over SMTP: another server (tests)
    quint16 smtpPortOverride = 0;
    // send --confirm and verify-delivery
    bool confirm = false;
    std::optional<ImapSettings> imap;
    bool imapDelete = false;
    int waitMs = 120000;
};

// One command's parsed command line.
class Invocation
{
public:
    Invocation(const QCommandLineParser& commandLine, const QList<SharedOption>& taken,
               QStringList positional)
        : parser(commandLine)
        , arguments(std::move(positional))
        , m_taken(taken)
    {}

    bool takes(SharedOption option) const { return m_taken.contains(option); }
    bool isSet(SharedOption option) const;
    QString value(SharedOption option) const;
    QStringList values(SharedOption option) const;
    // The command's own options, by name.
    bool isSet(const QString& name) const { return parser.isSet(name); }
    QString value(const QString& name) const { return parser.value(name); }
    QStringList values(const QString& name) const { return parser.values(name); }
    // The first positional argument after the command's name, e.g. the domain of "dns example.com".
    QString argument() const { return arguments.value(0); }

    const QCommandLineParser& parser;
    QStringList arguments;
    CliOptions options;

private:
    QList<SharedOption> m_taken;
};

// Reads the shared options the command takes into invocation.options, in a fixed order (the
// profile first, then what overrides it). False after a usage error was reported.
bool applySharedOptions(const Command& command, Invocation& invocation, CliSession& session);

} // namespace postino
