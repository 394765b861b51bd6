// Bodies that come back over HTTPS: the PHP probe's JSON (pasted by the user or fetched),
// OAuth token and account answers, and a profile file as read from disk.
#include "api/httpexchange.h"
#include "catalog/catalog.h"
#include "oauth/oauthflow.h"
#include "probe/phpprobe.h"
#include "profile/profile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    (void)parsePhpProbeResult(bytes, &error);

    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        Findings problems;
        const Profile profile = Profile::fromJson(doc.object(), &problems);
        (void)profile.toJson();
    }

    // Every provider that signs in, each with the answer shapes the catalog gives it.
    for (const MailerInfo& mailer : Catalog::builtin().mailers()) {
        if (mailer.kind != MailerKind::OAuth) {
            continue;
        }
        OAuthClientConfig config;
        config.mailerId = mailer.id;
        config.providerName = mailer.name;
        config.spec = mailer.oauthSpec;
        HttpAnswer answer;
        answer.kind = HttpAnswer::Kind::Answered;
        answer.status = (bytes.size() % 2) ? 400 : 200;
        answer.body = bytes;
        Finding problem;
        (void)parseTokenAnswer(config, QStringLiteral("token"), answer,
                               QDateTime::fromSecsSinceEpoch(1700000000), &problem);
        QString account;
        QString accountId;
        (void)parseAccountAnswer(config, bytes, &account, &accountId);
    }
    return 0;
}
