#include "discovery/discoverytypes.h"

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

} // namespace postino::discovery
