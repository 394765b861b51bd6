#pragma once

#include "faultserver.h"
#include "testca.h"

namespace postino::test {

// A shared host's server answering for the customer's own mail name: it greets with its machine's
// name and, after STARTTLS, shows the given certificate and accepts any login. With a certificate
// valid for the host asked for it is a working server; with one for another name, an interceptor.
inline FaultScript sharedHostServer(const Identity& identity)
{
    return FaultScript()
        .send("220 server42.hostingcompany.example ESMTP\r\n")
        .on(QStringLiteral("^EHLO"), "250-server42.hostingcompany.example\r\n250 STARTTLS\r\n")
        .on(QStringLiteral("^STARTTLS"), "220 2.0.0 Ready\r\n")
        .startTls(identity.certificate, identity.key)
        .on(QStringLiteral("^EHLO"), "250-server42.hostingcompany.example\r\n250 AUTH PLAIN\r\n")
        .on(QStringLiteral("^(AUTH|QUIT)"), [](const QByteArray& line) {
            return line.startsWith("QUIT") ? QByteArray("221 2.0.0 Bye\r\n")
                                           : QByteArray("235 2.7.0 Authentication successful\r\n");
        });
}

// The SMTP ports a probe must tell apart from a working server, each on its own loopback port:
// implicit TLS with a certificate for another name or an expired one, plain text where TLS is
// expected, the hosting provider's server answering in place of the real one (another name in
// its greeting, and a certificate that fails for the host asked for), a web server, and a port
// that accepts and never says a word.
struct MisbehavingSmtpServers
{
    explicit MisbehavingSmtpServers(const TestCertificates& certs)
        : wrongName(FaultScript()
                        .startTls(certs.wrongName.certificate, certs.wrongName.key)
                        .send("220 mail.postino.test ESMTP\r\n")
                        .on(QStringLiteral("^EHLO"), "250-mail.postino.test\r\n250 AUTH PLAIN\r\n"))
        , expired(FaultScript()
                      .startTls(certs.expired.certificate, certs.expired.key)
                      .send("220 mail.postino.test ESMTP\r\n")
                      .on(QStringLiteral("^EHLO"), "250 mail.postino.test\r\n"))
        , plainOnTls(FaultScript()
                         .send("220 mail.postino.test ESMTP\r\n")
                         .on(QStringLiteral("^EHLO"), "250 mail.postino.test\r\n"))
        , interceptor(FaultScript()
                          .send("220 smtp.hostingprovider.example ESMTP\r\n")
                          .on(QStringLiteral("^EHLO"), "250-smtp.hostingprovider.example\r\n250 STARTTLS\r\n")
                          .on(QStringLiteral("^STARTTLS"), "220 2.0.0 Ready\r\n")
                          .startTls(certs.wrongName.certificate, certs.wrongName.key)
                          .on(QStringLiteral("^EHLO"),
                              "250-smtp.hostingprovider.example\r\n250 AUTH PLAIN LOGIN\r\n"))
        , web(FaultScript().send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n").close())
        , silent(FaultScript().expect(QStringLiteral("^never sent$")))
    {}

    bool start()
    {
        for (FaultServer* s : {&wrongName, &expired, &plainOnTls, &interceptor, &web, &silent}) {
            if (s->start() == 0)
                return false;
        }
        return true;
    }

    FaultServer wrongName;
    FaultServer expired;
    FaultServer plainOnTls;
    FaultServer interceptor;
    FaultServer web;
    FaultServer silent;
};

} // namespace postino::test
