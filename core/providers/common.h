#pragma once

// Helpers every provider module shares: JSON bodies, authorisation headers, catalog endpoints and the
// reading of event words into delivery states.

#include "api/apirequests.h"
#include "catalog/catalog.h"

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

} // namespace postino::providers
