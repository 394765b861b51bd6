#pragma once

#include "profile/profile.h"

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

} // namespace postino::test
