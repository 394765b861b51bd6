#!/usr/bin/env bash
# run.sh POSTINO LANG TS_FILE: walks the wizard over AT-SPI as a screen reader would (walk.py).
# It needs an X server (Xvfb), a D-Bus session bus on which the AT-SPI bus and registry start,
# and -- run under tests/harness/dns/run-with-dns.sh -- a network namespace with only loopback
# and the fixture DNS, so the Checks and Test email pages have real answers and nothing leaves
# the machine.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/harness/tools.sh
. "$here/../../harness/tools.sh"
require_tools "the AT-SPI walk" xvfb-run:xvfb dbus-run-session:dbus-daemon \
    /usr/libexec/at-spi-bus-launcher:at-spi2-core /usr/libexec/at-spi2-registryd:at-spi2-core \
    python-module:pyatspi:python3-pyatspi
# The session bus's own complaints (it may not raise its file limit in a namespace) are noise.
xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- /usr/bin/python3 -u -W ignore::DeprecationWarning \
    "$here/walk.py" "$@" 2>&1 | grep -v -E '^dbus-daemon\[[0-9]+\]|SpiRegistry daemon is running|XDG_RUNTIME_DIR not set'
