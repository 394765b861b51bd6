#!/usr/bin/env python3
"""A small HTTPS server for the benchmarks (scripts/bench-discover.sh, scripts/bench-dns.sh);
Python 3 standard library only.

Serves fixed files at fixed paths, given as --serve URLPATH=FILE (repeatable), whatever the
query string and the Host header, and 404 for anything else. The Content-Type follows the file's
extension (.xml application/xml, .txt text/plain, .svg image/svg+xml, else
application/octet-stream). HTTP/1.1 with a Content-Length, so a client never waits for the
connection to close. Each connection has its own thread, and its TLS handshake runs in that
thread (not in the accept loop), so connections that arrive together are served together. With
--log, one line per request: "HOST PATH STATUS".

It stops by itself when its parent process goes away, or after --lifetime seconds.
"""

import argparse
import http.server
import os
import ssl
import sys
import threading
import time

TYPES = {".xml": "application/xml", ".txt": "text/plain", ".svg": "image/svg+xml"}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--listen-host", default="127.0.0.1")
    p.add_argument("--listen-port", type=int, required=True)
    p.add_argument("--cert", required=True, help="PEM certificate chain")
    p.add_argument("--key", required=True, help="PEM private key")
    p.add_argument("--serve", action="append", required=True, metavar="URLPATH=FILE",
                   help="serve FILE at URLPATH (repeatable)")
    p.add_argument("--log", help="append one line per request here")
    p.add_argument("--ready-file", help="write 'ready' here once listening")
    p.add_argument("--lifetime", type=float, default=3600.0)
    args = p.parse_args()

    routes = {}
    for item in args.serve:
        path, sep, name = item.partition("=")
        if not sep or not path.startswith("/"):
            p.error("--serve wants URLPATH=FILE, got %r" % item)
        with open(name, "rb") as f:
            routes[path] = (f.read(), TYPES.get(os.path.splitext(name)[1].lower(), "application/octet-stream"))
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)
    log_lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 - http.server's naming
            path = self.path.split("?", 1)[0]
            data, ctype = routes.get(path, (b"not found\n", "text/plain"))
            status = 200 if path in routes else 404
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            if args.log:
                with log_lock, open(args.log, "a", encoding="utf-8") as f:
                    f.write("%s %s %d\n" % (self.headers.get("Host", "-"), path, status))

        def log_message(self, format, *a):  # noqa: A002 - quiet: the log above is enough
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

        def finish_request(self, request, client_address):
            # In the connection's own thread: the handshake of one client never holds up another.
            try:
                tls = ctx.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
            super().finish_request(tls, client_address)

        def handle_error(self, request, client_address):
            pass  # a client that went away mid-request is not news here

    server = Server((args.listen_host, args.listen_port), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    if args.ready_file:
        with open(args.ready_file, "w", encoding="utf-8") as f:
            f.write("ready\n")
    parent = os.getppid()
    deadline = time.monotonic() + args.lifetime
    while time.monotonic() < deadline and os.getppid() == parent:
        time.sleep(0.2)
    server.shutdown()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        pass
