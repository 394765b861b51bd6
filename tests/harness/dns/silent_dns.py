#!/usr/bin/python3
"""A DNS "server" that never answers (Python 3 standard library only).

Binds UDP and TCP on ADDRESS:PORT (default 127.0.0.9:53), reads every datagram and every byte
sent over TCP, and never replies. TCP connections are accepted and kept open until the client
closes them, so a client sees a server that is there but silent: the query has to time out.

Used by tests/harness/dns/run-with-dns.sh; it dies with the harness's pid namespace.
With --log FILE it appends one line per datagram or TCP connection, so a test can check that a
query was really sent (and how many times: the retry).
"""

import argparse
import asyncio
import time


class SilentUdp(asyncio.DatagramProtocol):
    def __init__(self, log):
        self.log = log

    def datagram_received(self, data, addr):
        self.log("udp %d bytes from %s:%d" % (len(data), addr[0], addr[1]))


async def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--address", default="127.0.0.9")
    ap.add_argument("--port", type=int, default=53)
    ap.add_argument("--log", help="append one line per query or connection to this file")
    args = ap.parse_args()

    logf = open(args.log, "a", buffering=1) if args.log else None

    def log(msg):
        if logf:
            logf.write("%.3f %s\n" % (time.time(), msg))

    async def on_tcp(reader, writer):
        peer = writer.get_extra_info("peername")
        log("tcp connection from %s:%d" % (peer[0], peer[1]))
        try:
            while await reader.read(65536):
                pass
        except ConnectionError:
            pass
        writer.close()

    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(lambda: SilentUdp(log), local_addr=(args.address, args.port))
    server = await asyncio.start_server(on_tcp, args.address, args.port, reuse_address=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
