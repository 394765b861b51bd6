#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>
#include <functional>

class QSslSocket;

namespace postino::test {

// What a FaultServer does with a connection: steps run in order. A step either waits for
// the client (a command line matching a pattern, or a DATA body) or acts (send bytes, send
// them slowly, close, start TLS). Steps that act run as soon as they are reached, so a
// script that starts with send() greets on connect. When the steps run out the server falls
// silent: the connection stays open and whatever arrives is only recorded.
class FaultScript
{
public:
    using Responder = std::function<QByteArray(const QByteArray& line)>;

    // Waits for a client line matching `pattern` (a case-insensitive regular expression). A line
    // that does not match is recorded as unexpected and answered "500"; the wait goes on.
    FaultScript& expect(const QString& pattern);
    FaultScript& send(const QByteArray& bytes);
    FaultScript& send(Responder respond); // bytes computed from the line expect() matched last
    FaultScript& on(const QString& pattern, const QByteArray& reply) { return expect(pattern).send(reply); }
    FaultScript& on(const QString& pattern, Responder respond)
    {
        return expect(pattern).send(std::move(respond));
    }
    FaultScript& sendSlowly(const QByteArray& bytes, int msPerByte); // one byte at a time
    FaultScript& close();                                            // flushes, then closes
    // The server's side of a TLS handshake, right now: at the start of a script for implicit
    // TLS, after answering "220" to STARTTLS otherwise.
    FaultScript& startTls(const QSslCertificate& certificate, const QSslKey& key);
    // Reads a DATA body up to the lone "." line, keeps it as it came (still dot-stuffed, without
    // the final "."), then sends `reply`.
    FaultScript& readMessage(const QByteArray& reply);

private:
    friend class FaultServer;
    struct Step
    {
        enum class Kind
        {
            Expect,
            Send,
            SendSlowly,
            Close,
            StartTls,
            Message,
        };
        explicit Step(Kind k)
            : kind(k)
        {}
        Kind kind;
        QRegularExpression pattern;
        QByteArray bytes;
        Responder respond;
        int msPerByte = 0;
        QSslCertificate certificate;
        QSslKey key;
    };
    FaultScript& add(Step step);
    QList<Step> m_steps;
};

// A scriptable SMTP server on 127.0.0.1 for misbehaviour a real server will not produce.
// Serves one connection at a time, running the script from its first step for each.
class FaultServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FaultServer(FaultScript script, QObject* parent = nullptr);

    quint16 start(); // listens on 127.0.0.1, an ephemeral port; 0 on failure

    QList<QByteArray> lines() const { return m_lines; } // client command lines, without CRLF
    QList<QByteArray> reads() const { return m_reads; } // raw chunks as read (after TLS)
    QList<QByteArray> messages() const { return m_messages; }
    QList<QByteArray> unexpected() const { return m_unexpected; }
    QStringList errors() const { return m_errors; } // the server's socket errors
    int count(const QString& pattern) const;        // command lines matching, case-insensitive
    int connections() const { return m_connections; }
    bool isServing() const { return !m_socket.isNull(); }

Q_SIGNALS:
    void clientGone();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void advance();
    bool takeLine(QByteArray* line);
    void sendNextSlowByte();
    void drop();

    FaultScript m_script;
    QPointer<QSslSocket> m_socket;
    qsizetype m_step = 0;
    bool m_busy = false; // sending slowly or in a TLS handshake: the script waits
    QByteArray m_buffer;
    QByteArray m_lastLine;
    QByteArray m_body;
    QByteArray m_slow;
    QTimer m_slowTimer;
    int m_connections = 0;
    QList<QByteArray> m_lines;
    QList<QByteArray> m_reads;
    QList<QByteArray> m_messages;
    QList<QByteArray> m_unexpected;
    QStringList m_errors;
};

} // namespace postino::test
