#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

namespace postino {

// Connection attempts to the addresses of one host, Happy Eyeballs style (RFC 8305): the
// families interleaved, the next attempt started when the previous one has not connected
// within the attempt delay (250 ms) or at once when it fails; the first to connect wins and
// every other is aborted. The owner makes the connections; this only decides when.
class ConnectRace : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAttemptDelayMs = 250; // RFC 8305 §8 "Connection Attempt Delay"

    explicit ConnectRace(QObject* parent = nullptr);

    // The resolver's order (RFC 6724 sorted by getaddrinfo) with the families alternating,
    // starting with the family of the first address (RFC 8305 §4).
    static QList<QHostAddress> interleave(const QList<QHostAddress>& addresses);

    // Interleaves `addresses` and starts the first attempt. A null address is allowed: the
    // owner then connects by name.
    void start(const QList<QHostAddress>& addresses, int delayMs = kAttemptDelayMs);
    void connected(int attempt); // the attempt has a connection: it wins, the others are aborted
    void failed(int attempt);    // the attempt could not connect: the next one starts at once
    void stop();                 // no further attempts; pending ones are left to the owner

    QList<QHostAddress> addresses() const { return m_addresses; }
    int winner() const { return m_winner; }
    bool isRunning() const { return m_running; }
    // The addresses tried that did not win, in the order they were tried.
    QList<QHostAddress> losers() const;

Q_SIGNALS:
    void startAttempt(int attempt, const QHostAddress& address);
    void abortAttempt(int attempt);
    void won(int attempt);
    void allFailed();

private:
    enum class State
    {
        Waiting,
        Pending,
        Failed,
        Won,
        Aborted,
    };
    void startNext();

    QList<QHostAddress> m_addresses;
    QList<State> m_states;
    QTimer m_timer;
    int m_delayMs = kAttemptDelayMs;
    int m_next = 0;
    int m_winner = -1;
    bool m_running = false;
};

} // namespace postino
