#include "discovery/discoverytypes.h"

#include <QJsonArray>
#include <array>

namespace postino::discovery {

namespace {

QString usernameFormName(UsernameForm form)
{
    static const std::array<QLatin1String, 3> kNames = {QLatin1String("unknown"), QLatin1String("email"),
                                                        QLatin1String("localpart")};
    return kNames.at(std::size_t(form));
}

} // namespace

QString candidateSourceName(CandidateSource source)
{
    static const std::array<QLatin1String, 4> kNames = {QLatin1String("autoconfig"), QLatin1String("srv"),
                                                        QLatin1String("provider"), QLatin1String("guess")};
    return kNames.at(std::size_t(source));
}

QJsonObject SmtpCandidate::toJson() const
{
    return QJsonObject{
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("encryption"), SmtpSettings::securityName(security)},
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
