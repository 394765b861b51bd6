#pragma once

#include "profile/profile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace postino::test {

// The Other SMTP profile the export, profile and wp-config tests start from: port 587 with
// STARTTLS and a login, and a From name with accented letters.
inline Profile sampleSmtpProfile(const QString& user = QStringLiteral("web@example.com"),
                                 const QString& fromName = QStringLiteral("Caff\u00e8 Rossi"))
{
    Profile p;
    p.setMailerId(QStringLiteral("smtp"));
    p.setMailerSettings(QStringLiteral("smtp"), {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                                                 {QStringLiteral("port"), 587},
                                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                                 {QStringLiteral("auth"), true},
                                                 {QStringLiteral("user"), user}});
    p.sender().fromEmail = QStringLiteral("hello@example.com");
    p.sender().fromName = fromName;
    return p;
}

// An alert channel as a profile file holds it (id = type); `settings` as an older Postino wrote them.
inline QJsonObject alertChannelJson(const QString& type, const QJsonObject& settings = {})
{
    QJsonObject channel{{QStringLiteral("id"), type}, {QStringLiteral("type"), type}};
    if (!settings.isEmpty()) {
        channel.insert(QStringLiteral("settings"), settings);
    }
    return channel;
}

// A SendGrid profile file with failure alerts on, through `channels`.
inline QJsonObject alertsProfileJson(const QJsonArray& channels)
{
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("postino-profile")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("mailer"), QStringLiteral("sendgrid")},
                       {QStringLiteral("sender"),
                        QJsonObject{{QStringLiteral("fromEmail"), QStringLiteral("shop@example.com")}}},
                       {QStringLiteral("features"), QJsonObject{{QStringLiteral("alerts"), true}}},
                       {QStringLiteral("alerts"), QJsonObject{{QStringLiteral("channels"), channels}}}};
}

} // namespace postino::test
