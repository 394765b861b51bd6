#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace postino {

// Secrets for the headless CLI: never from the command line (it shows in `ps`).
// Looked up as POSTINO_SECRET_<MAILER>_<FIELD> (e.g. POSTINO_SECRET_SMTP_PASS),
// then the short forms POSTINO_PASSWORD (SMTP passwords) and POSTINO_API_KEY.
class EnvironmentSecrets
{
public:
    explicit EnvironmentSecrets(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // Reads NAME=VALUE lines (same names as the variables); the file must not be
    // readable by group or others. Values from the file win over the environment.
    bool loadFile(const QString& path, QString* error);

    std::optional<QByteArray> value(const QString& mailerId, const QString& fieldKey) const;
    void setValue(const QString& mailerId, const QString& fieldKey, const QByteArray& value);
    // Sets the value only where neither a variable nor the file gave one (a secret an older profile kept).
    void setFallback(const QString& mailerId, const QString& fieldKey, const QByteArray& value);

    // Sets (a value) or removes (nullopt) NAME=VALUE lines of a secrets file, keeping every other line; the
    // file is written atomically and readable only by its owner. Created when missing.
    static bool updateFile(const QString& path,
                           const QList<QPair<QString, std::optional<QByteArray>>>& changes, QString* error);
    static QString variableName(const QString& mailerId, const QString& fieldKey);

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace postino
