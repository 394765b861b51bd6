#pragma once

// Helpers every provider module shares: JSON bodies, authorisation headers, catalog endpoints and the
// reading of event words into delivery states.

#include "api/apirequests.h"
#include "catalog/catalog.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <initializer_list>

namespace postino::providers {

QByteArray json(const QJsonObject& o);
// "Name" <address>, or the bare address when there is no name.
QString mailbox(const QString& name, const QString& email);
// A setting of the resolved mailer, trimmed.
QString setting(const ApiContext& c, const char* key);
// The catalog's "api" URL (sendUrl, probeUrl, statusUrl) with {baseUrl}, {region} and settings filled in.
QUrl endpoint(const ApiContext& c, const char* which);
HttpHeaders jsonHeaders();
void bearer(ApiCall& call, const QByteArray& key);
void basic(ApiCall& call, const QByteArray& user, const QByteArray& password);
// {"X-Postino-Test": <run id>}
QJsonObject testHeaders(const ApiMessage& m);
// A POST of the JSON `body` to the catalog's OAuth "sendUrl" for the signed-in account, with its access
// token behind `scheme` ("Bearer") in Authorization; the URL is empty while it still lacks a setting.
ApiCall oauthSendCall(const ApiContext& c, const QByteArray& scheme, const QJsonObject& body);
// A JSON value as text; whole numbers never turn into 1.15e+18.
QString text(const QJsonValue& v);
QString firstString(const QJsonObject& o, std::initializer_list<const char*> keys);
// A provider's event word ("delivered", "soft_bounce", ...) as a delivery state.
DeliveryState stateFromWord(const QString& word);
// The status URL with {messageId} filled in, as a GET that accepts JSON.
ApiCall statusGet(const ApiContext& c, const QString& messageId);
// The message id without its angle brackets.
QString bareMessageId(const QString& messageId);
// Adds percent-encoded query items to a call's URL.
void setQuery(ApiCall& call, std::initializer_list<std::pair<QString, QString>> items);
// The provider's error code and words from the two fields of `error` that hold them.
void readCodeAndMessage(const QJsonObject& error, const char* codeKey, const char* messageKey,
                        ApiOutcome* out);
// The event list a status answer keeps under `key`: empty unless the answer is a 200, and
// out->understood says whether the list was there.
QJsonArray statusEvents(int status, const QJsonObject& answer, const char* key, StatusOutcome* out);

// Where a JSON send body puts each part of the test message, and in which form. A part whose field is
// nullptr is left out, for the provider to place itself (in a nested object, with another shape).
struct JsonMessageShape
{
    const char* from = "from";
    const char* to = "to";
    const char* subject = "subject";
    const char* text = "text";
    const char* html = "html";
    const char* headers = "headers";
    // Set: From as {<addressKey>: address, <nameKey>: name} and To as [{<addressKey>: address}].
    // nullptr: From as "Name" <address> and To as [address].
    const char* addressKey = nullptr;
    const char* nameKey = "name";
    // Set: the test header as [{<headerNameKey>: "X-Postino-Test", <headerValueKey>: run id}].
    // nullptr: as {"X-Postino-Test": run id}.
    const char* headerNameKey = nullptr;
    const char* headerValueKey = "value";
};
// The shape of the providers that capitalise From, To, Subject and Headers; each names its text and
// HTML parts its own way, and some write addresses as objects (see addressKey).
constexpr JsonMessageShape capitalisedShape(const char* text, const char* html,
                                            const char* addressKey = nullptr)
{
    return {.from = "From",
            .to = "To",
            .subject = "Subject",
            .text = text,
            .html = html,
            .headers = "Headers",
            .addressKey = addressKey};
}
// The test message as a JSON object of the given shape.
QJsonObject jsonMessage(const ApiMessage& m, const JsonMessageShape& shape);

// A provider whose API key goes with every request the same way (by default as a Bearer token): the
// send POSTs the JSON body sendBody() gives to the catalog's sendUrl, the key check GETs its probeUrl.
class KeyedProvider : public ApiProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString* error) const override;
    std::optional<ApiCall> probeCall(const ApiContext& c, QString* error) const override;

protected:
    // The JSON body of the send request (a provider that sends a form overrides sendCall instead).
    virtual QJsonObject sendBody(const ApiContext& c, const ApiMessage& m) const;
    // Adds the key to a request; by default the "api_key" secret as a Bearer token.
    virtual void authorise(ApiCall& call, const ApiContext& c) const;
    // A GET of one of the catalog's URLs ("probeUrl") that accepts JSON, with the key.
    ApiCall keyedGet(const ApiContext& c, const char* which) const;
    // The catalog's statusUrl for one message (see statusGet) with the key and the query items.
    ApiCall keyedStatusGet(const ApiContext& c, const QString& messageId,
                           std::initializer_list<std::pair<QString, QString>> query = {}) const;
};

// The one instance of a module's provider class, for the accessor registry.cpp lists.
template <class Provider> const ApiProvider& moduleInstance()
{
    static const Provider provider;
    return provider;
}

} // namespace postino::providers
