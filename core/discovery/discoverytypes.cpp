#include "discovery/discoverytypes.h"

#include <QJsonArray>

namespace postino::discovery {

namespace {

// The JSON names of the encryption choices, as the CLI's --encryption and the JSON use them.
QString encryptionName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Tls:
        return QStringLiteral("ssl");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::None:
        break;
    }
    return QStringLiteral("none");
}

QString usernameFormName(UsernameForm form)
{
    switch (form) {
    case UsernameForm::EmailAddress:
        return QStringLiteral("email");
    case UsernameForm::LocalPart:
        return QStringLiteral("localpart");
    case UsernameForm::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QString candidateSourceName(CandidateSource source)
{
    switch (source) {
    case CandidateSource::Autoconfig:
        return QStringLiteral("autoconfig");
    case CandidateSource::Srv:
        return QStringLiteral("srv");
    case CandidateSource::Provider:
        return QStringLiteral("provider");
    case CandidateSource::Guess:
        break;
    }
    return QStringLiteral("guess");
}

QJsonObject SmtpCandidate::toJson() const
{
    return QJsonObject{
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("encryption"), encryptionName(security)},
        {QStringLiteral("source"), candidateSourceName(source)},
        {QStringLiteral("sourceDetail"), sourceDetail},
        {QStringLiteral("username"), usernameFormName(username)},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("probed"), probed},
        {QStringLiteral("verifyDetail"), verifyDetail},
    };
}

QJsonObject DiscoveryResult::toJson() const
{
    QJsonObject out{{QStringLiteral("address"), address}, {QStringLiteral("domain"), domain}};
    if (!site.isEmpty()) {
        out.insert(QStringLiteral("site"), site);
    }
    out.insert(QStringLiteral("mailboxProvider"),
               mailbox ? QJsonValue(QJsonObject{{QStringLiteral("id"), mailbox->providerId},
                                                {QStringLiteral("name"), mailbox->name},
                                                {QStringLiteral("region"), mailbox->region},
                                                {QStringLiteral("evidence"), mailbox->evidence}})
                       : QJsonValue(QJsonValue::Null));
    QJsonArray services;
    for (const SendingService& s : sendingServices) {
        services.append(QJsonObject{{QStringLiteral("mailer"), s.mailerId},
                                    {QStringLiteral("evidence"), QJsonArray::fromStringList(s.evidence)}});
    }
    out.insert(QStringLiteral("sendingServices"), services);
    QJsonArray servers;
    for (const SmtpCandidate& c : smtp) {
        servers.append(c.toJson());
    }
    out.insert(QStringLiteral("smtp"), servers);
    if (hosting) {
        QJsonArray ports;
        for (quint16 p : hosting->blockedPorts) {
            ports.append(int(p));
        }
        out.insert(QStringLiteral("hosting"),
                   QJsonObject{{QStringLiteral("id"), hosting->hostingId},
                               {QStringLiteral("name"), hosting->name},
                               {QStringLiteral("blockedPorts"), ports},
                               {QStringLiteral("blocksByDefault"), hosting->blocksByDefault},
                               {QStringLiteral("evidence"), hosting->evidence}});
    } else {
        out.insert(QStringLiteral("hosting"), QJsonValue(QJsonValue::Null));
    }
    QJsonArray suggested;
    for (const Suggestion& s : suggestions) {
        suggested.append(QJsonObject{{QStringLiteral("mailer"), s.mailerId},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)},
                                     {QStringLiteral("settings"), s.settings}});
    }
    out.insert(QStringLiteral("suggestions"), suggested);
    out.insert(QStringLiteral("queries"), queries);
    out.insert(QStringLiteral("elapsedMs"), elapsedMs);
    return out;
}

} // namespace postino::discovery
