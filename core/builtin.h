#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
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

} // namespace postino
