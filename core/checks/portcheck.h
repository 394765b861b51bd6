#pragma once

#include "finding.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace postino {

// Can this machine open a TCP connection to host:port? One socket, one timeout.
class PortCheck : public QObject
{
    Q_OBJECT
public:
    explicit PortCheck(QObject* parent = nullptr);
    void start(const QString& host, quint16 port, int timeoutMs = 10000);
    void cancel();

Q_SIGNALS:
    void finished(const postino::Finding& finding);

private:
    void done(Finding finding);

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QString m_host;
    quint16 m_port = 0;
    int m_timeoutMs = 0;
};

} // namespace postino
