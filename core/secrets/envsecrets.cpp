#include "envsecrets.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

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

void EnvironmentSecrets::setValue(const QString& mailerId, const QString& fieldKey, const QByteArray& value)
{
    m_values.insert(variableName(mailerId, fieldKey), value);
}

void EnvironmentSecrets::setFallback(const QString& mailerId, const QString& fieldKey,
                                     const QByteArray& value)
{
    const QString name = variableName(mailerId, fieldKey);
    if (!m_values.contains(name)) {
        m_values.insert(name, value);
    }
}

bool EnvironmentSecrets::updateFile(const QString& path,
                                    const QList<QPair<QString, std::optional<QByteArray>>>& changes,
                                    QString* error)
{
    QList<QByteArray> lines;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = existing.errorString();
            return false;
        }
        lines = existing.readAll().split('\n');
        existing.close();
        if (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast();
        }
    }
    for (const auto& [name, value] : changes) {
        const QByteArray prefix = name.toUtf8() + '=';
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&prefix](const QByteArray& l) { return l.trimmed().startsWith(prefix); }),
                    lines.end());
        if (value) {
            lines.append(prefix + *value);
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QByteArray& l : std::as_const(lines)) {
        file.write(l + '\n');
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    // POSTINO_API_KEY stands for an API mailer's key whatever the provider calls it (Postmark's
    // server token, SparkPost's key): the first secret field of the mailer in the catalog.
    const auto isPrimaryKey = [&] {
        if (fieldKey == QLatin1String("api_key"))
            return true;
        const MailerInfo* m = Catalog::builtin().mailer(mailerId);
        if (!m || m->kind != MailerKind::Api)
            return false;
        for (const FieldSpec& f : m->fields) {
            if (f.secret)
                return f.key == fieldKey;
        }
        return false;
    };
    const QString shortName = fieldKey == QLatin1String("pass") ? QStringLiteral("POSTINO_PASSWORD")
                              : isPrimaryKey()                  ? QStringLiteral("POSTINO_API_KEY")
                                                                : QString();
    const auto generic = shortName.isEmpty() ? m_values.cend() : m_values.constFind(shortName);
    if (generic != m_values.cend()) {
        return *generic;
    }
    return std::nullopt;
}

} // namespace postino
