#pragma once

#include "api/apirequests.h"

#include <QJsonValue>
#include <QStringList>

namespace postino {

// Everything about one API provider family that is code rather than catalog data: the shape of its
// requests and how to read its answers. Hosts, URLs, field names, SMTP relay logins and export details
// live in resources/catalog/mailers.json; docs/adding-a-mailer.md says how the two meet.
class ApiProvider
{
public:
    virtual ~ApiProvider() = default;

    // The catalog ids this module serves: by default the ones the registry table (registry.cpp) maps to it.
    virtual QStringList mailerIds() const;

    // The send request for the test email.
    virtual std::optional<ApiCall> sendCall(const ApiContext& context, const ApiMessage& message,
                                            QString* error) const = 0;
    // What the answer to a send said (ok, message id); the error fields are filled by readError.
    virtual void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders& headers,
                                ApiOutcome* out) const = 0;

    // A read-only request that shows whether the key works; nullopt (with *error) when there is none.
    virtual std::optional<ApiCall> probeCall(const ApiContext& context, QString* error) const;
    // Whether the probe's answer accepted the key; by default any 2xx.
    virtual bool probeAccepted(int status, const QJsonValue& doc) const;

    // The provider's own error code and words, wherever it puts them; by default {code, message}.
    virtual void readError(const QJsonValue& doc, const HttpHeaders& headers, ApiOutcome* out) const;

    // Whether the send carries Postino's X-Postino-Test header (otherwise the run id is only in the text).
    virtual bool carriesTestHeader(const QJsonObject& settings) const;

    // The delivery-status request for one message (only when the catalog names a "statusUrl").
    virtual std::optional<ApiCall> statusCall(const ApiContext& context, const QString& messageId,
                                              QString* error) const;
    // Reads a status answer that is not a 429 or 5xx; sets out->understood when it had the documented
    // shape and adds each event to the fold.
    virtual void readStatus(int status, const QJsonObject& answer, StatusOutcome* out,
                            DeliveryFold* fold) const;
    // Whether a refused status answer means the key may not read events (not a failed message).
    virtual bool statusNoAccess(int status) const;
    // A first step for that case, when the provider needs more than the generic advice.
    virtual QString statusNoAccessHint() const;

    // Whether a refused probe may only mean the account lives in the catalog's other region.
    virtual bool mayBeOtherRegion(int status, const ApiOutcome& outcome) const;

    // The SMTP relay password derived from the API secret, for catalog logins with "derived": true.
    virtual QByteArray derivedSmtpPassword(const QByteArray& secret, const QJsonObject& settings) const;
};

// The module serving a catalog id; nullptr for SMTP mailers and unknown ids.
const ApiProvider* apiProvider(const QString& mailerId);
// Every registered module, in registry order.
QList<const ApiProvider*> apiProviders();

} // namespace postino
