#!/usr/bin/env bash
# Installs what is missing, builds Postino and opens the wizard. Extra arguments go to postino
# (for example --lang it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target postino postino-cli
exec build/release/app/postino "$@"
