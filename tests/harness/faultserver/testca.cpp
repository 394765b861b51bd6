#include "testca.h"

#include <QDebug>
#include <QFile>
#include <QProcess>

namespace postino::test {

bool TestCertificates::openssl(const QStringList& arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForStarted(30000)) {
        qWarning("the openssl program is missing: install the Debian package openssl "
                 "(scripts/install-deps.sh --test)");
        return false;
    }
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                             << "failed:" << p.readAllStandardError();
        return false;
    }
    return true;
}

bool TestCertificates::writeFile(const QString& name, const QByteArray& data) const
{
    QFile f(path(name));
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A P-256 key and a certificate signed by the test CA, with the extensions of ca.cnf section `name`.
bool TestCertificates::issue(const QString& name, const QString& commonName, const QStringList& dates,
                             Identity* out)
{
    const QString key = name + QStringLiteral(".key");
    const QString csr = name + QStringLiteral(".csr");
    const QString pem = name + QStringLiteral(".pem");
    if (!openssl({QStringLiteral("req"), QStringLiteral("-config"), path(QStringLiteral("req.cnf")),
                  QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr,
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName}) ||
        !openssl(QStringList{QStringLiteral("ca"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf")),
                             QStringLiteral("-batch"), QStringLiteral("-notext"), QStringLiteral("-in"), csr,
                             QStringLiteral("-out"), pem, QStringLiteral("-extensions"), name} +
                 dates)) {
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path(pem));
    QFile keyFile(path(key));
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    *out = Identity{certificates.first(), QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem)};
    return !out->key.isNull();
}

bool TestCertificates::issueFor(const QStringList& dnsNames, Identity* out)
{
    if (ca.isEmpty() || dnsNames.isEmpty()) {
        return false;
    }
    const QString section = QStringLiteral("names%1").arg(++m_issued);
    const QString extensions = section + QStringLiteral(".cnf");
    QStringList alternatives;
    for (const QString& name : dnsNames) {
        alternatives << QStringLiteral("DNS:") + name;
    }
    const QByteArray text = "[" + section.toLatin1() +
                            "]\n"
                            "basicConstraints = critical, CA:FALSE\n"
                            "keyUsage = critical, digitalSignature\n"
                            "extendedKeyUsage = serverAuth\n"
                            "authorityKeyIdentifier = keyid\n"
                            "subjectAltName = " +
                            alternatives.join(QStringLiteral(", ")).toLatin1() + "\n";
    return writeFile(extensions, text) &&
           issue(section, dnsNames.first(), {QStringLiteral("-extfile"), path(extensions)}, out);
}

bool TestCertificates::create()
{
    if (!m_dir.isValid()) {
        return false;
    }
    const QByteArray dir = m_dir.path().toUtf8();
    if (!(writeFile(QStringLiteral("req.cnf"), "[req]\n"
                                               "distinguished_name = dn\n"
                                               "prompt = no\n"
                                               "[dn]\n"
                                               "CN = placeholder\n"
                                               "[v3_ca]\n"
                                               "basicConstraints = critical, CA:TRUE\n"
                                               "keyUsage = critical, keyCertSign, cRLSign\n"
                                               "subjectKeyIdentifier = hash\n"))) {
        return false;
    }
    const QByteArray leaf = "basicConstraints = critical, CA:FALSE\n"
                            "keyUsage = critical, digitalSignature\n"
                            "extendedKeyUsage = serverAuth\n"
                            "authorityKeyIdentifier = keyid\n";
    if (!(writeFile(QStringLiteral("ca.cnf"), "[ca]\n"
                                              "default_ca = testca\n"
                                              "[testca]\n"
                                              "database = " +
                                                  dir +
                                                  "/index.txt\n"
                                                  "new_certs_dir = " +
                                                  dir +
                                                  "\n"
                                                  "serial = " +
                                                  dir +
                                                  "/serial\n"
                                                  "certificate = " +
                                                  dir +
                                                  "/ca.pem\n"
                                                  "private_key = " +
                                                  dir +
                                                  "/ca.key\n"
                                                  "default_md = sha256\n"
                                                  "default_days = 30\n"
                                                  "policy = anything\n"
                                                  "unique_subject = no\n"
                                                  "[anything]\n"
                                                  "commonName = supplied\n"
                                                  "[good]\n" +
                                                  leaf +
                                                  "subjectAltName = DNS:localhost, IP:127.0.0.1\n"
                                                  "[wrongname]\n" +
                                                  leaf +
                                                  "subjectAltName = DNS:other.example.test\n"
                                                  "[expired]\n" +
                                                  leaf + "subjectAltName = DNS:localhost, IP:127.0.0.1\n"))) {
        return false;
    }
    if (!(writeFile(QStringLiteral("index.txt"), {}))) {
        return false;
    }
    if (!(writeFile(QStringLiteral("serial"), "1000\n"))) {
        return false;
    }
    if (!(openssl({QStringLiteral("req"),
                   QStringLiteral("-config"),
                   path(QStringLiteral("req.cnf")),
                   QStringLiteral("-x509"),
                   QStringLiteral("-new"),
                   QStringLiteral("-newkey"),
                   QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"),
                   QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"),
                   QStringLiteral("ca.key"),
                   QStringLiteral("-out"),
                   QStringLiteral("ca.pem"),
                   QStringLiteral("-days"),
                   QStringLiteral("30"),
                   QStringLiteral("-subj"),
                   QStringLiteral("/CN=Postino Fault Test CA"),
                   QStringLiteral("-extensions"),
                   QStringLiteral("v3_ca")}))) {
        return false;
    }
    ca = QSslCertificate::fromPath(path(QStringLiteral("ca.pem")));
    if ((ca.size()) != (1)) {
        return false;
    }
    if (!(issue(QStringLiteral("good"), QStringLiteral("localhost"), {}, &good))) {
        return false;
    }
    if (!(issue(QStringLiteral("wrongname"), QStringLiteral("other.example.test"), {}, &wrongName))) {
        return false;
    }
    if (!(issue(QStringLiteral("expired"), QStringLiteral("localhost"),
                {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                 QStringLiteral("20210101000000Z")},
                &expired))) {
        return false;
    }
    if (!(expired.certificate.expiryDate() < QDateTime::currentDateTimeUtc())) {
        return false;
    }
    // Right name, right dates, but vouched for by nobody.
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
                  QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), QStringLiteral("self.key"), QStringLiteral("-out"),
                  QStringLiteral("self.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")})) {
        return false;
    }
    const QList<QSslCertificate> self = QSslCertificate::fromPath(path(QStringLiteral("self.pem")));
    QFile selfKey(path(QStringLiteral("self.key")));
    if (self.size() != 1 || !selfKey.open(QIODevice::ReadOnly)) {
        return false;
    }
    selfSigned = Identity{self.first(), QSslKey(selfKey.readAll(), QSsl::Ec, QSsl::Pem)};
    return true;
}

} // namespace postino::test
