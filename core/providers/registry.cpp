#include "provider.h"

#include <QHash>

// Each module defines `const ApiProvider& postino::providers::<name>()` in its own folder; this table
// maps it to the catalog id it serves. Adding a provider family: one line here (docs/adding-a-mailer.md).
#define POSTINO_API_PROVIDERS(X)                                                                             \
    X(sendLayer, "sendlayer")                                                                                \
    X(smtpCom, "smtpcom")                                                                                    \
    X(brevo, "sendinblue")                                                                                   \
    X(amazonSes, "amazonses")                                                                                \
    X(gmail, "gmail")                                                                                        \
    X(mailgun, "mailgun")                                                                                    \
    X(mailjet, "mailjet")                                                                                    \
    X(mailerSend, "mailersend")                                                                              \
    X(mandrill, "mandrill")                                                                                  \
    X(microsoftGraph, "outlook")                                                                             \
    X(postmark, "postmark")                                                                                  \
    X(resend, "resend")                                                                                      \
    X(sendGrid, "sendgrid")                                                                                  \
    X(sparkPost, "sparkpost")                                                                                \
    X(zohoMail, "zoho")                                                                                      \
    X(elasticEmail, "elasticemail")                                                                          \
    X(smtp2go, "smtp2go")                                                                                    \
    X(mailtrap, "mailtrap")

namespace postino {

namespace providers {
#define POSTINO_DECLARE_PROVIDER(name, id) const ApiProvider& name();
POSTINO_API_PROVIDERS(POSTINO_DECLARE_PROVIDER)
#undef POSTINO_DECLARE_PROVIDER
} // namespace providers

namespace {

struct RegistryEntry
{
    const ApiProvider* module;
    QString mailerId;
};

const QList<RegistryEntry>& registry()
{
#define POSTINO_REGISTRY_ENTRY(name, id) {&providers::name(), QStringLiteral(id)},
    static const QList<RegistryEntry> all{POSTINO_API_PROVIDERS(POSTINO_REGISTRY_ENTRY)};
#undef POSTINO_REGISTRY_ENTRY
    return all;
}

} // namespace

QList<const ApiProvider*> apiProviders()
{
    QList<const ApiProvider*> all;
    for (const RegistryEntry& entry : registry()) {
        all.append(entry.module);
    }
    return all;
}

QStringList ApiProvider::mailerIds() const
{
    QStringList ids;
    for (const RegistryEntry& entry : registry()) {
        if (entry.module == this) {
            ids.append(entry.mailerId);
        }
    }
    return ids;
}

const ApiProvider* apiProvider(const QString& mailerId)
{
    static const QHash<QString, const ApiProvider*> byId = [] {
        QHash<QString, const ApiProvider*> out;
        for (const ApiProvider* p : apiProviders()) {
            for (const QString& id : p->mailerIds()) {
                out.insert(id, p);
            }
        }
        return out;
    }();
    return byId.value(mailerId, nullptr);
}

} // namespace postino
