#include "provider.h"

#include <QHash>

// Each module defines `const ApiProvider& postino::providers::<name>()` in its own folder.
// Adding a provider family: one line here (docs/adding-a-mailer.md).
#define POSTINO_API_PROVIDERS(X)                                                                             \
    X(sendLayer)                                                                                             \
    X(smtpCom)                                                                                               \
    X(brevo)                                                                                                 \
    X(amazonSes)                                                                                             \
    X(gmail)                                                                                                 \
    X(mailgun)                                                                                               \
    X(mailjet)                                                                                               \
    X(mailerSend)                                                                                            \
    X(mandrill)                                                                                              \
    X(microsoftGraph)                                                                                        \
    X(postmark)                                                                                              \
    X(resend)                                                                                                \
    X(sendGrid)                                                                                              \
    X(sparkPost)                                                                                             \
    X(zohoMail)                                                                                              \
    X(elasticEmail)                                                                                          \
    X(smtp2go)                                                                                               \
    X(mailtrap)

namespace postino {

namespace providers {
#define POSTINO_DECLARE_PROVIDER(name) const ApiProvider& name();
POSTINO_API_PROVIDERS(POSTINO_DECLARE_PROVIDER)
#undef POSTINO_DECLARE_PROVIDER
} // namespace providers

QList<const ApiProvider*> apiProviders()
{
#define POSTINO_LIST_PROVIDER(name) &providers::name(),
    static const QList<const ApiProvider*> all{POSTINO_API_PROVIDERS(POSTINO_LIST_PROVIDER)};
#undef POSTINO_LIST_PROVIDER
    return all;
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
