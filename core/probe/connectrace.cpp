#include "connectrace.h"

#include <algorithm>

namespace postino {

ConnectRace::ConnectRace(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ConnectRace::startNext);
}

QList<QHostAddress> ConnectRace::interleave(const QList<QHostAddress>& addresses)
{
    if (addresses.isEmpty()) {
        return {};
    }
    const auto family = [](const QHostAddress& a) {
        // An IPv4-mapped IPv6 address is IPv4 on the wire.
        bool mapped = false;
        a.toIPv4Address(&mapped);
        return mapped ? QAbstractSocket::IPv4Protocol : a.protocol();
    };
    const QAbstractSocket::NetworkLayerProtocol first = family(addresses.first());
    QList<QHostAddress> preferred;
    QList<QHostAddress> other;
    for (const QHostAddress& a : addresses) {
        (family(a) == first ? preferred : other).append(a);
    }
    QList<QHostAddress> out;
    for (qsizetype i = 0; i < std::max(preferred.size(), other.size()); ++i) {
        if (i < preferred.size()) {
            out.append(preferred.at(i));
        }
        if (i < other.size()) {
            out.append(other.at(i));
        }
    }
    return out;
}

void ConnectRace::start(const QList<QHostAddress>& addresses, int delayMs)
{
    m_timer.stop();
    m_addresses = interleave(addresses);
    if (m_addresses.isEmpty()) {
        m_addresses.append(QHostAddress()); // connect by name
    }
    m_states = QList<State>(m_addresses.size(), State::Waiting);
    m_delayMs = std::max(1, delayMs);
    m_next = 0;
    m_winner = -1;
    m_running = true;
    startNext();
}

void ConnectRace::startNext()
{
    if (!m_running || m_next >= m_addresses.size()) {
        return;
    }
    const int attempt = m_next++;
    m_states[attempt] = State::Pending;
    if (m_next < m_addresses.size()) {
        m_timer.start(m_delayMs);
    }
    Q_EMIT startAttempt(attempt, m_addresses.at(attempt));
}

void ConnectRace::connected(int attempt)
{
    if (!m_running || attempt < 0 || attempt >= m_states.size() || m_states.at(attempt) != State::Pending) {
        return;
    }
    m_running = false;
    m_timer.stop();
    m_winner = attempt;
    m_states[attempt] = State::Won;
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states.at(i) == State::Pending) {
            m_states[i] = State::Aborted;
            Q_EMIT abortAttempt(i);
        } else if (m_states.at(i) == State::Waiting) {
            m_states[i] = State::Aborted;
        }
    }
    Q_EMIT won(attempt);
}

void ConnectRace::failed(int attempt)
{
    if (!m_running || attempt < 0 || attempt >= m_states.size() || m_states.at(attempt) != State::Pending) {
        return;
    }
    m_states[attempt] = State::Failed;
    if (m_next < m_addresses.size()) {
        startNext(); // a refusal moves on at once (RFC 8305 §5)
        return;
    }
    const bool pending =
        std::any_of(m_states.cbegin(), m_states.cend(), [](State s) { return s == State::Pending; });
    if (!pending) {
        m_running = false;
        m_timer.stop();
        Q_EMIT allFailed();
    }
}

void ConnectRace::stop()
{
    m_running = false;
    m_timer.stop();
}

QList<QHostAddress> ConnectRace::losers() const
{
    QList<QHostAddress> out;
    for (int i = 0; i < m_next; ++i) { // every attempt started, except the winner
        if (i != m_winner) {
            out.append(m_addresses.at(i));
        }
    }
    return out;
}

} // namespace postino
