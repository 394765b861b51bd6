#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace postino::test {

struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
};

// A throwaway certificate authority made with the openssl command, and the server
// certificates tests need: the right names, a wrong name, and an expired one.
class TestCertificates
{
public:
    bool create(); // false (with a warning) when openssl is missing or fails
    // After create(): one more certificate from the test CA, for these DNS names (the first is the
    // common name). For clients that check a name other than localhost (connecting by address).
    bool issueFor(const QStringList& dnsNames, Identity* out);

    QList<QSslCertificate> ca;
    Identity good;       // DNS:localhost, IP:127.0.0.1
    Identity wrongName;  // DNS:other.example.test
    Identity expired;    // localhost, valid only in 2020
    Identity selfSigned; // localhost, signed by itself, not by the CA

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList& arguments);
    bool writeFile(const QString& name, const QByteArray& data) const;
    bool issue(const QString& name, const QString& commonName, const QStringList& dates, Identity* out);

    QTemporaryDir m_dir;
    int m_issued = 0;
};

} // namespace postino::test
