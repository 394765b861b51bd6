#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace postino {

// Where secrets (passwords, API keys, tokens) live. Never the profile file,
// QSettings or a log. Operations are asynchronous: a keychain may prompt the user.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no keychain backend on this system
        Failed,
    };
    Q_ENUM(Status)

    using QObject::QObject;
    virtual void read(const QString& key) = 0;
    virtual void write(const QString& key, const QByteArray& value) = 0;
    virtual void remove(const QString& key) = 0;
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    void readFinished(const QString& key, const QByteArray& value, postino::SecretStore::Status status,
                      const QString& message);
    void writeFinished(const QString& key, postino::SecretStore::Status status, const QString& message);
};

// Keeps secrets in this process only; they are gone when it exits.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString& key) override;
    void write(const QString& key, const QByteArray& value) override;
    void remove(const QString& key) override;
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QByteArray> m_values;
};

// The operating system's keychain through QtKeychain (Secret Service / KWallet,
// macOS Keychain, Windows Credential Manager).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);
    void read(const QString& key) override;
    void write(const QString& key, const QByteArray& value) override;
    void remove(const QString& key) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

// What the wizard holds: the secrets of this session in memory, mirrored to a
// persistent store while one works. When the keychain is missing it says so once,
// and the session carries on with the values in memory.
class SessionSecrets : public QObject
{
    Q_OBJECT
public:
    explicit SessionSecrets(SecretStore* backing, QObject* parent = nullptr);

    QByteArray value(const QString& key) const { return m_values.value(key); }
    bool contains(const QString& key) const { return !m_values.value(key).isEmpty(); }
    void setValue(const QString& key, const QByteArray& value);
    // Asks the backing store for each key; emits loaded() for each that exists.
    void load(const QStringList& keys);
    bool isPersistent() const { return m_persistent; }
    QString unavailableReason() const { return m_reason; }

Q_SIGNALS:
    void loaded(const QString& key);
    void changed(const QString& key); // setValue() gave it another value (empty: removed)
    void stored(const QString& key);  // the persistent store confirmed it holds the key's value
    void persistenceChanged(bool persistent);

private:
    void markUnavailable(const QString& message);
    void readNext();

    SecretStore* m_backing;
    QHash<QString, QByteArray> m_values;
    QStringList m_queue;       // one read at a time: a keychain may prompt or be slow
    QSet<QString> m_requested; // each key is read at most once
    QString m_reading;
    bool m_persistent;
    QString m_reason;
};

} // namespace postino
