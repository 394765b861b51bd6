#pragma once

#include "finding.h"
#include "smtp/smtpclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino::discovery {

// Where a submission server candidate came from, in order of trust.
enum class CandidateSource
{
    Autoconfig, // the domain's own autoconfig file
    Srv,        // RFC 6186 / RFC 8314 SRV records
    Provider,   // the bundled table of mailbox providers (resources/catalog/mailboxes.json)
    Guess,      // smtp.<domain>, mail.<domain>
};
QString candidateSourceName(CandidateSource source); // "autoconfig", "srv", "provider", "guess"

// How the user name is formed for a candidate server (from the autoconfig file, else the address).
enum class UsernameForm
{
    Unknown,
    EmailAddress, // the whole From address
    LocalPart,    // what comes before the @
};

// One SMTP submission server discovery proposes.
struct SmtpCandidate
{
    QString host = {};
    quint16 port = 0;
    SmtpSecurity security = SmtpSecurity::StartTls; // Tls: implicit TLS (465)
    CandidateSource source = CandidateSource::Guess;
    QString sourceDetail = {}; // the autoconfig URL, the SRV name, the provider's help page
    UsernameForm username = UsernameForm::Unknown;
    bool verified = false;     // the port probe connected, the certificate is valid, AUTH is offered
    bool probed = false;       // the probe ran for it (false: unverified because it could not run)
    QString verifyDetail = {}; // what the probe found, in a line
    QJsonObject toJson() const;
};

// The mailbox provider the domain's MX points at.
struct MailboxMatch
{
    QString providerId = {}; // resources/catalog/mailboxes.json
    QString name = {};
    QString region = {};   // the data centre the MX names, when the provider has several ("eu")
    QString evidence = {}; // "MX aspmx.l.google.com"
};

// A sending service the domain already authorises (SPF include, DKIM, return path).
struct SendingService
{
    QString mailerId = {};     // a catalog mailer id
    QStringList evidence = {}; // one line each: "SPF includes spf.brevo.com", "DKIM brevo1._domainkey → …"
};

// The website's likely host, from the reverse DNS of its addresses.
struct HostingMatch
{
    QString hostingId = {}; // resources/catalog/hosting.json
    QString name = {};
    QList<quint16> blockedPorts = {};
    bool blocksByDefault = false; // the company lifts the block on request
    QString evidence = {};        // "203.0.113.7 is ec2-203-0-113-7.compute-1.amazonaws.com"
};

// A catalog mailer discovery suggests, with one line of evidence per reason.
struct Suggestion
{
    QString mailerId = {};
    QStringList reasons = {}; // one line of evidence each, translated
    QJsonObject settings =
        {};        // what to pre-fill in the mailer's settings (host, port, encryption, user, region)
    int score = 0; // how strongly the evidence points here; suggestions are sorted by it
};

// Everything discovery found for one address.
struct DiscoveryResult
{
    QString address = {};
    QString domain = {};
    QString site = {}; // the website's host name, when one was given
    std::optional<MailboxMatch> mailbox = {};
    QList<SendingService> sendingServices = {};
    QList<SmtpCandidate> smtp = {}; // best first: by source, then verified ones first
    std::optional<HostingMatch> hosting = {};
    QList<Suggestion> suggestions = {}; // best first
    Findings findings = {};
    int queries = 0;
    qint64 elapsedMs = 0;
    // The JSON of `postino-cli discover --json` (without "ok" and "findings").
    QJsonObject toJson() const;
};

} // namespace postino::discovery
