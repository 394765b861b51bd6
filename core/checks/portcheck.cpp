#include "portcheck.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace postino {

PortCheck::PortCheck(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Finding>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        done(Finding{
            QStringLiteral("probe.port_blocked"), Severity::Error,
            m_host + QLatin1Char(':') + QString::number(m_port),
            tr("No answer from %1 on port %2 within %n second(s): something between this computer and "
               "the server drops the connection.",
               nullptr, std::max(1, (m_timeoutMs + 500) / 1000))
                .arg(m_host)
                .arg(m_port),
            Advice{tr("The port looks blocked"),
                   {tr("Try another port your provider offers (587, 465 or 2525)."),
                    tr("Ask your host whether outgoing mail ports are blocked."),
                    tr("An API mailer sends over HTTPS (port 443), which is rarely blocked.")}}});
    });
}

void PortCheck::start(const QString& host, quint16 port, int timeoutMs)
{
    cancel();
    m_host = host;
    m_port = port;
    m_timeoutMs = timeoutMs;
    m_socket = new QTcpSocket(this);
    const QString subject = host + QLatin1Char(':') + QString::number(port);
    connect(m_socket, &QTcpSocket::connected, this, [this, subject] {
        done(Finding{QStringLiteral("probe.port_open"),
                     Severity::Ok,
                     subject,
                     tr("%1 accepts connections on port %2.").arg(m_host).arg(m_port),
                     {}});
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, subject](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::HostNotFoundError) {
            done(Finding{QStringLiteral("probe.host_not_found"), Severity::Error, subject,
                         tr("The name %1 could not be found.").arg(m_host),
                         Advice{tr("Check the host name"),
                                {tr("Copy it exactly from your provider's instructions.")}}});
        } else if (error == QAbstractSocket::ConnectionRefusedError) {
            done(Finding{
                QStringLiteral("probe.port_refused"), Severity::Error, subject,
                tr("%1 answered, but nothing accepts connections on port %2.").arg(m_host).arg(m_port),
                Advice{tr("Check the port"), {tr("Your provider's instructions name the right port.")}}});
        } else {
            done(Finding{QStringLiteral("probe.network_error"),
                         Severity::Error,
                         subject,
                         tr("Could not connect: %1").arg(m_socket->errorString()),
                         {}});
        }
    });
    m_timer.start(timeoutMs);
    m_socket->connectToHost(host, port);
}

void PortCheck::cancel()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void PortCheck::done(Finding finding)
{
    cancel();
    Q_EMIT finished(finding);
}

} // namespace postino
