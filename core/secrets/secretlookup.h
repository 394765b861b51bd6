#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace postino {

// How every part of Postino asks for a secret: by its owner (a mailer id, or an alert channel's
// secret group) and the field's key. Returns an empty value when there is none.
using SecretLookup = std::function<QByteArray(const QString& owner, const QString& fieldKey)>;

} // namespace postino
