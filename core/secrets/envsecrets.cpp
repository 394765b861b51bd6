#include "envsecrets.h"

#include <QCoreApplication>
#include <QFile>

namespace postino {

EnvironmentSecrets::EnvironmentSecrets(QProcessEnvironment env)
{
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("POSTINO_"))) {
            m_values.insert(name, env.value(name).toUtf8());
        }
    }
}

bool EnvironmentSecrets::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("EnvironmentSecrets", "Cannot read the secrets file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    const auto others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & others) {
        *error = QCoreApplication::translate("EnvironmentSecrets",
                                             "The secrets file %1 can be read by other users; run "
                                             "\"chmod 600 %1\" first.")
                     .arg(path);
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#')) {
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0) {
            *error = QCoreApplication::translate("EnvironmentSecrets", "Line %1 of %2 is not NAME=VALUE.")
                         .arg(lineNumber)
                         .arg(path);
            return false;
        }
        // The value is kept byte for byte: passwords may end in spaces.
        m_values.insert(QString::fromUtf8(line.left(eq).trimmed()), line.mid(eq + 1));
    }
    return true;
}

QString EnvironmentSecrets::variableName(const QString& mailerId, const QString& fieldKey)
{
    return QStringLiteral("POSTINO_SECRET_%1_%2").arg(mailerId.toUpper(), fieldKey.toUpper());
}

std::optional<QByteArray> EnvironmentSecrets::value(const QString& mailerId, const QString& fieldKey) const
{
    const auto specific = m_values.constFind(variableName(mailerId, fieldKey));
    if (specific != m_values.cend()) {
        return *specific;
    }
    const QString shortName = fieldKey == QLatin1String("pass")      ? QStringLiteral("POSTINO_PASSWORD")
                              : fieldKey == QLatin1String("api_key") ? QStringLiteral("POSTINO_API_KEY")
                                                                     : QString();
    const auto generic = shortName.isEmpty() ? m_values.cend() : m_values.constFind(shortName);
    if (generic != m_values.cend()) {
        return *generic;
    }
    return std::nullopt;
}

} // namespace postino
