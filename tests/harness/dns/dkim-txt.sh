#!/usr/bin/env bash
# dkim-txt.sh [BITS] [EXTRA-TAGS]: prints the zone-file rdata of a DKIM key record for a freshly
# generated RSA key (the private key is thrown away), split into quoted strings of at most
# 255 bytes, ready to paste after "TXT" in a fixture zone. This is how the keys in zones/ were
# made; the fixtures only need public keys, nothing signs with them.
#   tests/harness/dns/dkim-txt.sh 2048
#   tests/harness/dns/dkim-txt.sh 1024 "t=y; "
set -euo pipefail
bits=${1:-2048}
extra=${2:-}
p=$(openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$bits" 2>/dev/null |
    openssl pkey -pubout -outform DER 2>/dev/null | base64 -w0)
record="v=DKIM1; k=rsa; ${extra}p=$p"
# Strings of 250 bytes (under the 255 limit, and short enough to read in a diff).
printf '(\n'
while [ -n "$record" ]; do
    printf '    "%s"\n' "${record:0:250}"
    record=${record:250}
done
printf '    )\n'
