#pragma once

// Checks shared by the loaders of the catalog's data files (mailboxes.json, hosting.json).

#include "dns/resolver.h"

#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <initializer_list>

namespace postino::datachecks {

// Data files are checked strictly: a key the loader does not know is a typo that would silently
// drop a fact, so it is an error like a malformed value.
inline bool onlyKeys(const QJsonObject& o, std::initializer_list<const char*> known, const QString& where,
                     QString* error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::none_of(known.begin(), known.end(),
                         [&it](const char* key) { return it.key() == QLatin1String(key); })) {
            *error = QStringLiteral("%1 has an unknown key '%2'").arg(where, it.key());
            return false;
        }
    }
    return true;
}

// A host or domain name as the data writes it: lower case, no trailing dot, at least two labels.
inline bool isHostName(const QString& name)
{
    return name.contains(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.')) &&
           dns::normalizedName(name) == name;
}

// An absent key keeps *out; a present one must be true or false.
inline bool optionalBool(const QJsonObject& o, const char* key, bool* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return true;
    }
    *out = v.toBool();
    return v.isBool();
}

// A whole number in 1..65535.
inline bool isPort(const QJsonValue& v)
{
    const int port = v.toInt(0);
    return v.isDouble() && v.toDouble() == port && port >= 1 && port <= 65535;
}

inline bool isHttpsSource(const QString& url)
{
    return url.startsWith(QLatin1String("https://")) && url.size() > 8 && !url.contains(QLatin1Char(' '));
}

} // namespace postino::datachecks
