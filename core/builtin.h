#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <algorithm>
#include <optional>

namespace postino {

// Parses a data file compiled into the binary (catalog, advice rules). Failing here is a
// build defect, not user input, so it stops the program with the reason.
template <typename T>
T parseBuiltin(const QString& resource, std::optional<T> (*parse)(const QByteArray&, QString*))
{
    QFile file(resource);
    QString error;
    std::optional<T> parsed;
    if (file.open(QIODevice::ReadOnly)) {
        parsed = parse(file.readAll(), &error);
    } else {
        error = file.errorString();
    }
    if (!parsed) {
        qFatal("built-in data %s is unusable: %s", qPrintable(resource), qPrintable(error));
    }
    return *parsed;
}

// Reads the array `key` of a data file's top object into `out`, one parse() per entry. Entries are
// told apart by their `id`: a second entry with the same id is an error ("<what> '<id>' is listed twice").
template <typename Entry>
bool parseUniqueList(const QByteArray& json, QLatin1String key, const char* what,
                     bool (*parse)(const QJsonObject&, Entry*, QString*), QList<Entry>* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = parseError.errorString();
        return false;
    }
    for (const QJsonValue& v : doc.object().value(key).toArray()) {
        Entry entry;
        if (!parse(v.toObject(), &entry, error)) {
            return false;
        }
        if (std::any_of(out->cbegin(), out->cend(),
                        [&entry](const Entry& known) { return known.id == entry.id; })) {
            *error = QStringLiteral("%1 '%2' is listed twice").arg(QLatin1String(what), entry.id);
            return false;
        }
        out->append(entry);
    }
    return true;
}

} // namespace postino
