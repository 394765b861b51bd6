#!/usr/bin/env bash
# Installs what is missing, builds with sanitizers and runs every test tier: unit, GUI
# (offscreen and Xvfb), and integration against a real Postfix + Dovecot started in a
# private network namespace (needs root or sudo for that tier).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake --preset test >/dev/null
cmake --build --preset test
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo -E"
$SUDO ctest --preset test "$@"
