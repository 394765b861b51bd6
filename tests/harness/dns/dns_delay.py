#!/usr/bin/python3
"""DNS delay layer: a UDP + TCP forwarder that adds a fixed delay to every answer
(Python 3 standard library only).

Listens on --listen (default 127.0.0.2:53), forwards each query at once to --upstream
(default 127.0.0.1:53, the harness's NSD) over the same transport, and sends the answer back
--delay-ms (default 50) after the query arrived, or as soon as the upstream answers if that
takes longer. Queries are never serialised: each one is its own task, so N queries sent
together come back together, one delay later, as from a server 50 ms away. TCP connection
set-up is not delayed (the kernel completes the handshake); each query on a TCP connection is.
A query the upstream does not answer within --upstream-timeout gets no answer at all.

With --log FILE, one line per answered query is appended:
    <ms since start> <udp|tcp> <qname> <qtype> <rcode> <answer bytes>
so a benchmark can count the queries a tool made and see which ones went out together.

Used by tests/harness/dns/run-with-dns.sh (POSTINO_DNS_DELAY_MS) and scripts/bench-dns.sh.
"""

import argparse
import asyncio
import struct
import sys
import time

QTYPES = {1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 12: "PTR", 15: "MX", 16: "TXT", 28: "AAAA",
          33: "SRV", 99: "SPF", 255: "ANY"}
RCODES = {0: "NOERROR", 1: "FORMERR", 2: "SERVFAIL", 3: "NXDOMAIN", 4: "NOTIMP", 5: "REFUSED"}


def question(msg):
    """(qname, qtype) of a DNS message, or ("?", "?") when it cannot be read."""
    try:
        i, labels = 12, []
        while msg[i]:
            n = msg[i]
            labels.append(msg[i + 1:i + 1 + n].decode("ascii", "backslashreplace"))
            i += 1 + n
        qtype = struct.unpack("!H", msg[i + 1:i + 3])[0]
        return ".".join(labels) + ".", QTYPES.get(qtype, "TYPE%d" % qtype)
    except (IndexError, struct.error):
        return "?", "?"


def rcode(msg):
    return RCODES.get(msg[3] & 0x0F, str(msg[3] & 0x0F)) if len(msg) >= 4 else "?"


class Layer:
    def __init__(self, args):
        self.delay = args.delay_ms / 1000.0
        self.upstream = (args.upstream_host, args.upstream_port)
        self.timeout = args.upstream_timeout
        self.t0 = time.monotonic()
        self.logf = open(args.log, "a", buffering=1) if args.log else None
        self.loop = asyncio.get_running_loop()

    def log(self, proto, query, answer):
        if self.logf:
            name, qtype = question(query)
            self.logf.write("%.1f %s %s %s %s %d\n" % ((time.monotonic() - self.t0) * 1000, proto, name,
                                                       qtype, rcode(answer), len(answer)))

    async def ask_udp(self, query):
        fut = self.loop.create_future()

        class OneAnswer(asyncio.DatagramProtocol):
            def datagram_received(self, data, addr):
                if not fut.done():
                    fut.set_result(data)

            def error_received(self, exc):
                if not fut.done():
                    fut.set_exception(exc)

        transport, _ = await self.loop.create_datagram_endpoint(OneAnswer, remote_addr=self.upstream)
        try:
            transport.sendto(query)
            return await asyncio.wait_for(fut, self.timeout)
        finally:
            transport.close()

    async def ask_tcp(self, query):
        reader, writer = await asyncio.wait_for(asyncio.open_connection(*self.upstream), self.timeout)
        try:
            writer.write(struct.pack("!H", len(query)) + query)
            n = struct.unpack("!H", await asyncio.wait_for(reader.readexactly(2), self.timeout))[0]
            return await asyncio.wait_for(reader.readexactly(n), self.timeout)
        finally:
            writer.close()

    async def answer_later(self, arrived, ask, query, send, proto):
        try:
            answer = await ask(query)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError):
            return  # the upstream failed to answer: so do we
        wait = arrived + self.delay - self.loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        self.log(proto, query, answer)
        send(answer)

    def start(self, coro):
        task = self.loop.create_task(coro)
        # Keep a reference until done (the loop holds only weak ones).
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    tasks = set()


class UdpFront(asyncio.DatagramProtocol):
    def __init__(self, layer):
        self.layer = layer
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        arrived = self.layer.loop.time()

        def send(answer):
            self.transport.sendto(answer, addr)

        self.layer.start(self.layer.answer_later(arrived, self.layer.ask_udp, data, send, "udp"))


async def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--listen", default="127.0.0.2")
    ap.add_argument("--port", type=int, default=53)
    ap.add_argument("--upstream-host", default="127.0.0.1")
    ap.add_argument("--upstream-port", type=int, default=53)
    ap.add_argument("--delay-ms", type=float, default=50.0)
    ap.add_argument("--upstream-timeout", type=float, default=5.0)
    ap.add_argument("--log", help="append one line per answered query to this file")
    args = ap.parse_args()
    layer = Layer(args)

    async def on_tcp(reader, writer):
        # Several queries may share one connection (RFC 7766); answers go back as they are ready.
        try:
            while True:
                n = struct.unpack("!H", await reader.readexactly(2))[0]
                query = await reader.readexactly(n)
                arrived = layer.loop.time()

                def send(answer, writer=writer):
                    if not writer.is_closing():
                        writer.write(struct.pack("!H", len(answer)) + answer)

                layer.start(layer.answer_later(arrived, layer.ask_tcp, query, send, "tcp"))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        # Answers still on their way are sent before the connection closes.
        await asyncio.sleep(layer.delay + 0.05)
        writer.close()

    await layer.loop.create_datagram_endpoint(lambda: UdpFront(layer), local_addr=(args.listen, args.port))
    server = await asyncio.start_server(on_tcp, args.listen, args.port, reuse_address=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
