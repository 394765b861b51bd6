#include "faultserver.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

namespace postino::test {

FaultScript& FaultScript::add(Step step)
{
    m_steps.append(std::move(step));
    return *this;
}

FaultScript& FaultScript::expect(const QString& pattern)
{
    Step step(Step::Kind::Expect);
    step.pattern = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    return add(std::move(step));
}

FaultScript& FaultScript::send(const QByteArray& bytes)
{
    Step step(Step::Kind::Send);
    step.bytes = bytes;
    return add(std::move(step));
}

FaultScript& FaultScript::send(Responder respond)
{
    Step step(Step::Kind::Send);
    step.respond = std::move(respond);
    return add(std::move(step));
}

FaultScript& FaultScript::sendSlowly(const QByteArray& bytes, int msPerByte)
{
    Step step(Step::Kind::SendSlowly);
    step.bytes = bytes;
    step.msPerByte = msPerByte;
    return add(std::move(step));
}

FaultScript& FaultScript::close()
{
    return add(Step(Step::Kind::Close));
}

FaultScript& FaultScript::startTls(const QSslCertificate& certificate, const QSslKey& key)
{
    Step step(Step::Kind::StartTls);
    step.certificate = certificate;
    step.key = key;
    return add(std::move(step));
}

FaultScript& FaultScript::readMessage(const QByteArray& reply)
{
    Step step(Step::Kind::Message);
    step.bytes = reply;
    return add(std::move(step));
}

FaultServer::FaultServer(FaultScript script, QObject* parent)
    : QTcpServer(parent)
    , m_script(std::move(script))
{
    m_slowTimer.setSingleShot(true);
    connect(&m_slowTimer, &QTimer::timeout, this, &FaultServer::sendNextSlowByte);
}

quint16 FaultServer::start()
{
    return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0;
}

int FaultServer::count(const QString& pattern) const
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    return static_cast<int>(std::count_if(m_lines.cbegin(), m_lines.cend(), [&re](const QByteArray& line) {
        return re.match(QString::fromUtf8(line)).hasMatch();
    }));
}

void FaultServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || m_socket) {
        delete socket; // one connection at a time
        return;
    }
    ++m_connections;
    m_socket = socket;
    m_step = 0;
    m_busy = false;
    m_buffer.clear();
    m_body.clear();
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        const QByteArray chunk = socket->readAll();
        m_reads << chunk;
        m_buffer += chunk;
        advance();
    });
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_busy = false;
        advance();
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        m_errors << socket->errorString();
        drop();
    });
    connect(socket, &QSslSocket::disconnected, this, &FaultServer::drop);
    advance();
}

bool FaultServer::takeLine(QByteArray* line)
{
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl < 0) {
        return false;
    }
    *line = m_buffer.left(nl);
    m_buffer.remove(0, nl + 1);
    if (line->endsWith('\r')) {
        line->chop(1);
    }
    return true;
}

void FaultServer::advance()
{
    using Kind = FaultScript::Step::Kind;
    QByteArray line;
    while (m_socket && !m_busy && m_step < m_script.m_steps.size()) {
        const FaultScript::Step& step = m_script.m_steps.at(m_step);
        switch (step.kind) {
        case Kind::Expect:
            if (!takeLine(&line)) {
                return;
            }
            m_lines << line;
            if (!step.pattern.match(QString::fromUtf8(line)).hasMatch()) {
                m_unexpected << line;
                m_socket->write("500 5.5.1 Fault server: not in the script\r\n");
                continue;
            }
            m_lastLine = line;
            break;
        case Kind::Message:
            if (!takeLine(&line)) {
                return;
            }
            if (line != ".") {
                m_body += line + "\r\n";
                continue;
            }
            m_messages << m_body;
            m_body.clear();
            m_socket->write(step.bytes);
            break;
        case Kind::Send:
            m_socket->write(step.respond ? step.respond(m_lastLine) : step.bytes);
            break;
        case Kind::SendSlowly:
            m_slow = step.bytes;
            m_busy = true;
            ++m_step;
            sendNextSlowByte();
            return;
        case Kind::Close:
            ++m_step;
            m_socket->disconnectFromHost();
            return;
        case Kind::StartTls: {
            ++m_step;
            m_busy = true;
            m_buffer.clear(); // RFC 3207 §4.2: nothing said in clear text carries over
            QSslConfiguration tls = m_socket->sslConfiguration();
            tls.setLocalCertificate(step.certificate);
            tls.setPrivateKey(step.key);
            tls.setProtocol(QSsl::TlsV1_2OrLater);
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket->setSslConfiguration(tls);
            m_socket->startServerEncryption();
            return;
        }
        }
        ++m_step;
    }
    // The script is over: keep listening, say nothing.
    while (m_socket && !m_busy && m_step >= m_script.m_steps.size() && takeLine(&line)) {
        m_lines << line;
    }
}

void FaultServer::sendNextSlowByte()
{
    if (!m_socket) {
        return;
    }
    if (m_slow.isEmpty()) {
        m_busy = false;
        advance();
        return;
    }
    m_socket->write(m_slow.left(1));
    m_slow.remove(0, 1);
    const FaultScript::Step& step = m_script.m_steps.at(m_step - 1);
    m_slowTimer.start(m_slow.isEmpty() ? 0 : step.msPerByte);
}

void FaultServer::drop()
{
    QSslSocket* socket = m_socket;
    if (!socket) {
        return;
    }
    m_socket = nullptr;
    m_slowTimer.stop();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    Q_EMIT clientGone();
}

} // namespace postino::test
