#include "secretstore.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace postino {

void MemorySecretStore::read(const QString& key)
{
    // Queued, like a real keychain, so callers never depend on synchronous answers.
    QTimer::singleShot(0, this, [this, key] {
        const auto it = m_values.constFind(key);
        if (it == m_values.cend()) {
            Q_EMIT readFinished(key, {}, Status::NotFound, {});
        } else {
            Q_EMIT readFinished(key, *it, Status::Ok, {});
        }
    });
}

void MemorySecretStore::write(const QString& key, const QByteArray& value)
{
    m_values.insert(key, value);
    QTimer::singleShot(0, this, [this, key] { Q_EMIT writeFinished(key, Status::Ok, {}); });
}

void MemorySecretStore::remove(const QString& key)
{
    m_values.remove(key);
}

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    default:
        return SecretStore::Status::Failed;
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Q_EMIT readFinished(key, job->binaryData(), statusOf(job->error()), job->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, key] { Q_EMIT writeFinished(key, statusOf(job->error()), job->errorString()); });
    job->start();
}

void KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

SessionSecrets::SessionSecrets(SecretStore* backing, QObject* parent)
    : QObject(parent)
    , m_backing(backing)
    , m_persistent(backing && backing->isPersistent())
{
    if (!m_backing) {
        return;
    }
    connect(m_backing, &SecretStore::readFinished, this,
            [this](const QString& key, const QByteArray& value, SecretStore::Status status,
                   const QString& message) {
                if (key != m_reading) {
                    return;
                }
                m_reading.clear();
                if (status == SecretStore::Status::Unavailable) {
                    markUnavailable(message); // one failed probe is enough: drop the rest
                    m_queue.clear();
                    return;
                }
                // A value typed in meanwhile wins over the stored one.
                if (status == SecretStore::Status::Ok && !value.isEmpty() && !contains(key)) {
                    m_values.insert(key, value);
                    Q_EMIT loaded(key);
                }
                readNext();
            });
    connect(m_backing, &SecretStore::writeFinished, this,
            [this](const QString& key, SecretStore::Status status, const QString& message) {
                if (status == SecretStore::Status::Unavailable || status == SecretStore::Status::Failed) {
                    markUnavailable(message);
                } else if (status == SecretStore::Status::Ok) {
                    Q_EMIT stored(key);
                }
            });
}

void SessionSecrets::setValue(const QString& key, const QByteArray& value)
{
    if (m_values.value(key) == value) {
        return;
    }
    m_values.insert(key, value);
    if (m_backing && m_persistent) {
        if (value.isEmpty()) {
            m_backing->remove(key);
        } else {
            m_backing->write(key, value);
        }
    }
    Q_EMIT changed(key);
}

void SessionSecrets::load(const QStringList& keys)
{
    if (!m_backing || !m_persistent) {
        return;
    }
    for (const QString& key : keys) {
        if (!m_requested.contains(key)) {
            m_requested.insert(key);
            m_queue.append(key);
        }
    }
    if (m_reading.isEmpty()) {
        readNext();
    }
}

void SessionSecrets::readNext()
{
    if (m_queue.isEmpty() || !m_persistent) {
        return;
    }
    m_reading = m_queue.takeFirst();
    m_backing->read(m_reading);
}

void SessionSecrets::markUnavailable(const QString& message)
{
    if (!m_persistent) {
        return;
    }
    m_persistent = false;
    m_reason = message;
    Q_EMIT persistenceChanged(false);
}

} // namespace postino
