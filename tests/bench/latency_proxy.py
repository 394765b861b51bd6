#!/usr/bin/env python3
"""Latency-injecting TCP proxy for scripts/bench-smtp.sh (Python 3 standard library only).

Listens on LISTEN_HOST:LISTEN_PORT and forwards every connection to TARGET_HOST:TARGET_PORT.
Each chunk, in each direction, is forwarded DELAY ms after the proxy read it, in order, so one
round trip through the proxy costs 2 x DELAY on top of the real one. End of stream (FIN) is
delayed the same way. Connection set-up itself is not delayed (the kernel completes the TCP
handshake), so a session costs DELAY (the greeting's way to the client) plus 2 x DELAY for
every time the client has to wait for the server before it can go on.

Per connection, when both directions have ended, the proxy appends
  * one line to --summary:
      conn=N start=EPOCH_S session_ms=X last_ms=Y turns=T c_bytes=B s_bytes=B events=E
    session_ms: from accept to the client's last event (its last data or its FIN, as read by
                the proxy): how long the client needed the connection.
    last_ms:    from accept to the last event of either side.
    turns:      how many times a client event (data or FIN) came right after a server event,
                i.e. the client waited for the server; each one costs a round trip.
  * the event list to --log: time since accept, direction, size and a short, password-free
    description (SMTP verb or reply line while in clear text, the TLS record types after).

It stops by itself after --lifetime seconds, or when its parent process goes away.
"""

import argparse
import asyncio
import os
import sys
import time

SMTP_VERBS_SHOWN = {
    b"EHLO", b"HELO", b"STARTTLS", b"MAIL", b"RCPT", b"DATA", b"BDAT", b"QUIT", b"RSET", b"NOOP",
    b"AUTH",
}
TLS_TYPES = {20: "CCS", 21: "alert", 22: "handshake", 23: "appdata"}


def describe(direction, data, tls_seen):
    """A short, secret-free description of a chunk."""
    if data is None:
        return "FIN"
    if tls_seen or (data and data[0] in TLS_TYPES and len(data) >= 5 and data[1] == 3):
        # TLS records: type and length, as many as fit in the chunk.
        parts, i = [], 0
        while i + 5 <= len(data) and len(parts) < 6:
            rtype, rlen = data[i], int.from_bytes(data[i + 3:i + 5], "big")
            parts.append("%s(%d)" % (TLS_TYPES.get(rtype, "?%d" % rtype), rlen))
            i += 5 + rlen
        if i + 5 <= len(data):
            parts.append("...")
        return "TLS " + " ".join(parts)
    lines = data.split(b"\r\n")
    if direction == "C":
        # Client lines: the verb only (AUTH arguments, addresses and bodies are not shown).
        verbs = []
        for line in lines:
            word = line.split(b" ", 1)[0].split(b":", 1)[0].upper()
            if word:
                verbs.append(word.decode("ascii", "replace") if word in SMTP_VERBS_SHOWN else "…")
        return " ".join(verbs)
    first = lines[0].decode("utf-8", "replace")[:60]
    more = len([line for line in lines[1:] if line])
    return first + (" (+%d lines)" % more if more else "")


class Connection:
    counter = 0

    def __init__(self, args, creader, cwriter):
        Connection.counter += 1
        self.id = Connection.counter
        self.args = args
        self.creader, self.cwriter = creader, cwriter
        self.t0 = time.monotonic()
        self.wall0 = time.time()
        self.events = []  # (ms since accept, "C"/"S", bytes or -1 for FIN, description)
        self.tls = {"C": False, "S": False}

    def record(self, direction, data):
        t = (time.monotonic() - self.t0) * 1000.0
        desc = describe(direction, data, self.tls[direction])
        if data and desc.startswith("TLS"):
            self.tls[direction] = True
        self.events.append((t, direction, -1 if data is None else len(data), desc))

    async def pump(self, direction, reader, writer):
        """Read from reader, forward to writer DELAY ms later, in order."""
        delay = self.args.delay / 1000.0
        queue = asyncio.Queue()

        async def forward():
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                try:
                    if data is None:
                        if writer.can_write_eof():
                            writer.write_eof()
                        return
                    writer.write(data)
                    await writer.drain()
                except (ConnectionError, OSError):
                    return

        fwd = asyncio.ensure_future(forward())
        while True:
            try:
                data = await reader.read(65536)
            except (ConnectionError, OSError):
                data = b""
            now = time.monotonic()
            self.record(direction, data if data else None)
            queue.put_nowait((now + delay, data if data else None))
            if not data:
                break
        await fwd

    async def run(self):
        try:
            sreader, swriter = await asyncio.open_connection(self.args.target_host, self.args.target_port)
        except OSError as e:
            print("latency_proxy: cannot reach %s:%d: %s" % (self.args.target_host, self.args.target_port, e),
                  file=sys.stderr)
            self.cwriter.close()
            return
        try:
            await asyncio.wait_for(
                asyncio.gather(self.pump("C", self.creader, swriter), self.pump("S", sreader, self.cwriter)),
                timeout=self.args.conn_timeout)
        except asyncio.TimeoutError:
            self.events.append(((time.monotonic() - self.t0) * 1000.0, "-", 0, "proxy timeout"))
        for w in (swriter, self.cwriter):
            try:
                w.close()
            except Exception:  # noqa: BLE001 - best effort on an ending connection
                pass
        self.write_records()

    def write_records(self):
        turns, prev = 0, None
        session = last = 0.0
        cbytes = sbytes = 0
        for t, d, n, _ in self.events:
            if d == "C":
                if prev == "S":
                    turns += 1
                session = t
                cbytes += max(n, 0)
            elif d == "S":
                sbytes += max(n, 0)
            if d in ("C", "S"):
                prev = d
                last = max(last, t)
        with open(self.args.summary, "a", encoding="utf-8") as f:
            f.write("conn=%d start=%.6f session_ms=%.1f last_ms=%.1f turns=%d c_bytes=%d s_bytes=%d events=%d\n"
                    % (self.id, self.wall0, session, last, turns, cbytes, sbytes, len(self.events)))
        if self.args.log:
            with open(self.args.log, "a", encoding="utf-8") as f:
                f.write("conn=%d\n" % self.id)
                turn, prev = 0, None
                for t, d, n, desc in self.events:
                    mark = ""
                    if d == "C" and prev == "S":
                        turn += 1
                        mark = "turn %d" % turn
                    if d in ("C", "S"):
                        prev = d
                    size = "FIN" if n < 0 else "%dB" % n
                    arrow = {"C": "C->S", "S": "S->C"}.get(d, "    ")
                    f.write("  %9.1f ms  %-7s %s %6s  %s\n" % (t, mark, arrow, size, desc))
                f.write("end conn=%d\n" % self.id)


async def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--listen-host", default="127.0.0.1")
    p.add_argument("--listen-port", type=int, default=2587)
    p.add_argument("--target-host", default="127.0.0.1")
    p.add_argument("--target-port", type=int, default=587)
    p.add_argument("--delay", type=float, default=20.0, help="ms added to each direction (default 20)")
    p.add_argument("--lifetime", type=float, default=600.0, help="exit after this many seconds (default 600)")
    p.add_argument("--conn-timeout", type=float, default=60.0, help="give up on a connection after this many s")
    p.add_argument("--summary", required=True, help="append one line per finished connection here")
    p.add_argument("--log", help="append every connection's events here")
    p.add_argument("--ready-file", help="write 'ready' here once listening")
    args = p.parse_args()

    async def on_client(reader, writer):
        await Connection(args, reader, writer).run()

    server = await asyncio.start_server(on_client, args.listen_host, args.listen_port, reuse_address=True)
    if args.ready_file:
        with open(args.ready_file, "w", encoding="utf-8") as f:
            f.write("ready\n")
    parent = os.getppid()
    deadline = time.monotonic() + args.lifetime
    async with server:
        while time.monotonic() < deadline and os.getppid() == parent:
            await asyncio.sleep(0.2)
    if time.monotonic() >= deadline:
        print("latency_proxy: lifetime of %.0f s is over, exiting" % args.lifetime, file=sys.stderr)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
