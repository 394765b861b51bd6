#!/usr/bin/env bash
# Discovery benchmark (issue 17's quality bar): `postino-cli discover admin@bench-discover.test
# --site https://www.bench-discover.test --no-probe --json` with every DNS answer 50 ms away and
# every HTTPS round trip 50 ms long, against its longest dependent chain and against the same
# lookups done one after another by dig and curl (what a tool that does not parallelise pays).
#
# Set-up (all inside tests/harness/dns/run-with-dns.sh: private network, mount and pid
# namespaces, nothing leaves loopback; needs root or sudo):
#   NSD on 127.0.0.1:53 serves the harness fixtures plus tests/bench/discover/zones
#   (bench-discover.test and 0.88.10.in-addr.arpa); tests/harness/dns/dns_delay.py on 127.0.0.2:53
#   answers every query 50 ms after it arrived, without serialising queries; /etc/resolv.conf in
#   the namespace points at it, so dig and curl pay the same 50 ms per query as postino-cli, which
#   is pointed at it with --nameserver.
#   tests/bench/static_https.py on 127.0.0.1:8443 serves
#   tests/bench/discover/config-v1.1.xml at both autoconfig URLs, with a certificate for
#   autoconfig.bench-discover.test and bench-discover.test from a throwaway openssl CA made for the
#   run (postino-cli gets it with --ca-file, curl with --cacert). tests/bench/latency_proxy.py on
#   127.0.0.1:9443 in front of it forwards every chunk 25 ms late in each direction: 50 ms per
#   round trip. Both autoconfig names resolve to 127.0.0.1; postino-cli is sent to the proxy with
#   its hidden --autoconfig-port 9443, curl by the URL's port.
#
# bench-discover.test (tests/bench/discover/zones): MX at aspmx.l.google.com (Google mailboxes),
# SPF include:spf.brevo.com and the brevo1/brevo2 DKIM CNAMEs (Brevo), SRV _submissions._tcp and
# _submission._tcp (submit.bench-discover.test), autoconfig.bench-discover.test and
# bench-discover.test A 127.0.0.1 (the autoconfig file names smtp.bench-discover.test), and
# www A 10.88.0.7, whose PTR is under Hetzner's your-server.de. What postino-cli must find (else
# exit 2, a wrong answer is no benchmark): mailbox provider gmail, Brevo (catalog id sendinblue)
# among the sending services, SMTP candidates from srv (submit.) and from autoconfig (smtp.),
# hosting Hetzner.
#
# Lower bound: the longest chain of steps that depend on each other; everything else can run
# beside it. With NSD's minimal-responses no answer carries the next step's records.
#   site:      A www.bench-discover.test -> PTR 7.0.88.10.in-addr.arpa            2 x 50 = 100 ms
#   DKIM:      TXT brevo1._domainkey (a CNAME into dkim.brevo.com, which NSD does not serve) ->
#              TXT of the CNAME's target                                           2 x 50 = 100 ms
#   autoconfig: A (and AAAA, at the same time) autoconfig.bench-discover.test        50 ms
#              -> TCP connect (not delayed) + TLS 1.3 handshake (1 round trip) + GET (1 round
#              trip) through the proxy: 2 x 50 ms plus the real TLS work; measured once per run
#              with curl straight to the proxy (no DNS, median of 3 fetches)      ~50 + ~110 ms
#   MX, TXT, SRV and the other selectors are one query each (50 ms), beside these.
# Lower bound = the longest of the three, in practice the autoconfig chain (about 160 ms): no
# client can finish sooner, however parallel.
#
# Peer: the same DNS queries postino-cli sent (from the delay layer's log of its first run, in
# the order they arrived, without the autoconfig names' A/AAAA), asked one after another by one
# dig process, then curl fetching https://autoconfig.bench-discover.test:9443/mail/config-v1.1.xml
# (its own name lookup included), then the .well-known URL only if that failed: what Thunderbird's
# order of trust costs when nothing runs at once. Its wall time includes dig's and curl's
# process start.
#
# Printed: per round postino-cli's wall time (process start included) and the JSON's elapsedMs
# (the job's own time), the queries it sent, and the peer's wall time; then medians, ratios to the
# lower bound, queries sent and the DNS span (first query to last answer, from the delay layer's
# log); verdict: median elapsedMs <= 1.25 x the lower bound -> PASS, else FAIL (exit 1).
# When postino-cli or its discover command is missing: "postino: not available", the peer still
# runs, exit 0. Exit 2 when the benchmark cannot run or postino-cli gives a wrong answer.
#
# Environment: BENCH_RUNS (rounds, default 7), BENCH_DELAY_MS (per DNS answer, default 50),
#   BENCH_PROXY_DELAY_MS (per direction through the HTTPS proxy, default 25),
#   BENCH_POSTINO_CLI (default: build/release/app/postino-cli, or build/release/app/cli/postino-cli).
set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/scripts/$(basename "${BASH_SOURCE[0]}")"
HARNESS="$ROOT/tests/harness/dns/run-with-dns.sh"
HERE="$ROOT/tests/bench/discover"
PY=/usr/bin/python3
RUNS="${BENCH_RUNS:-7}"
DELAY_MS="${BENCH_DELAY_MS:-50}"
PROXY_DELAY_MS="${BENCH_PROXY_DELAY_MS:-25}"
MAX_RATIO=1.25
DOMAIN=bench-discover.test
ADDRESS=admin@$DOMAIN
SITE=https://www.$DOMAIN
SITE_IP=10.88.0.7
AC_HOST=autoconfig.$DOMAIN
SERVER_PORT=8443 # the HTTPS server (loopback of the private namespace)
PROXY_PORT=9443  # the latency proxy in front of it
prog=bench-discover.sh
# shellcheck source=scripts/bench-lib.sh
source "$ROOT/scripts/bench-lib.sh"

die() {
    echo "$prog: $*" >&2
    exit 2
}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$RUNS'"
[[ "$DELAY_MS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_DELAY_MS must be whole milliseconds, got '$DELAY_MS'"
[[ "$PROXY_DELAY_MS" =~ ^[0-9]+$ ]] || die "BENCH_PROXY_DELAY_MS must be whole milliseconds, got '$PROXY_DELAY_MS'"

# --- Outer part: tools, then re-execute inside the DNS harness -----------------------------------
if [[ "${POSTINO_BENCH_DISCOVER_INNER:-}" != 1 ]]; then
    if [[ -z "${BENCH_POSTINO_CLI:-}" ]]; then
        BENCH_POSTINO_CLI="$ROOT/build/release/app/postino-cli"
        [[ -x "$BENCH_POSTINO_CLI" ]] || BENCH_POSTINO_CLI="$ROOT/build/release/app/cli/postino-cli"
    fi
    for p in nsd bind9-dnsutils curl openssl python3; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            die "package $p is missing: run scripts/install-deps.sh --test (and apt-get install curl openssl)"
    done
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    export POSTINO_BENCH_DISCOVER_INNER=1 POSTINO_DNS_QUIET=1 BENCH_RUNS="$RUNS" BENCH_DELAY_MS="$DELAY_MS"
    export BENCH_PROXY_DELAY_MS="$PROXY_DELAY_MS" BENCH_POSTINO_CLI
    export POSTINO_DNS_EXTRA_ZONES="$HERE/zones" POSTINO_DNS_DELAY_MS="$DELAY_MS"
    if [[ -n "$SUDO" ]]; then
        exec sudo --preserve-env=POSTINO_BENCH_DISCOVER_INNER,POSTINO_DNS_QUIET,BENCH_RUNS,BENCH_DELAY_MS,BENCH_PROXY_DELAY_MS,BENCH_POSTINO_CLI,POSTINO_DNS_EXTRA_ZONES,POSTINO_DNS_DELAY_MS \
            "$HARNESS" "$SELF"
    fi
    exec "$HARNESS" "$SELF"
fi

# --- Inner part: NSD + the delay layer in this private namespace --------------------------------
unset POSTINO_BENCH_DISCOVER_INNER
[[ -n "${POSTINO_TEST_DNS_DELAYED_SERVER:-}" && -n "${POSTINO_TEST_DNS_QUERY_LOG:-}" ]] ||
    die "the delay layer is not running: run this script directly, not inside the harness"
DELAYED=$POSTINO_TEST_DNS_DELAYED_SERVER
QLOG=$POSTINO_TEST_DNS_QUERY_LOG
WORK="$POSTINO_TEST_DNS_DIR/bench-discover"
mkdir -p "$WORK"
grep -qx "nameserver $DELAYED" /etc/resolv.conf || die "resolv.conf does not point at the delay layer"
dig +short +time=2 +tries=1 @"$DELAYED" "$DOMAIN" TXT | grep -q include:spf.brevo.com ||
    die "$DOMAIN is not served through the delay layer"
dig +short +time=2 +tries=1 @"$DELAYED" -x "$SITE_IP" | grep -q 'your-server\.de\.$' ||
    die "the reverse zone of $SITE_IP is not served"

# --- A throwaway CA, the HTTPS server and the latency proxy in front of it ------------------------
CA="$WORK/ca.pem"
bench_make_certs "$WORK" "Postino discovery benchmark throwaway CA" "$AC_HOST" "$DOMAIN"
bench_start_https "$WORK" "$SERVER_PORT" "$PROXY_PORT" "$PROXY_DELAY_MS" \
    "/mail/config-v1.1.xml=$HERE/config-v1.1.xml" "/.well-known/autoconfig/mail/config-v1.1.xml=$HERE/config-v1.1.xml"
# What one HTTPS fetch through the proxy really costs, without DNS.
fetch=$(bench_fetch_ms "$CA" "$AC_HOST" "$PROXY_PORT" /mail/config-v1.1.xml) || exit 2
read -r F_CONNECT F_TLS F_TOTAL <<<"$fetch"

SITE_CHAIN=$((2 * DELAY_MS))
DKIM_CHAIN=$((2 * DELAY_MS))
AC_CHAIN=$(awk -v d="$DELAY_MS" -v f="$F_TOTAL" 'BEGIN { printf "%.1f", d + f }')
L=$(awk -v a="$SITE_CHAIN" -v b="$DKIM_CHAIN" -v c="$AC_CHAIN" \
    'BEGIN { m = a; if (b > m) m = b; if (c > m) m = c; printf "%.1f", m }')

qcount() { grep -c . "$QLOG" || true; }
# span Q0 Q1: the DNS part of a run in answer times from the delay layer's log (ms since its
# start): from the first query's arrival (its answer less one delay) to the last answer.
span() {
    sed -n "$(($1 + 1)),${2}p" "$QLOG" | awk -v d="$DELAY_MS" \
        'NR == 1 { f = $1 } { l = $1 } END { printf "%.1f\n", NR ? l - f + d : 0 }'
}

# --- postino-cli ---------------------------------------------------------------------------------
CLI=${BENCH_POSTINO_CLI:-}
postino=0
# Not grep -q: it stops reading at the match, and the CLI, still writing, fails the pipeline.
if [[ -n "$CLI" && -x "$CLI" ]] && "$CLI" --help 2>/dev/null | grep -E '^ +discover( |$)' >/dev/null; then
    postino=1
else
    echo "postino: not available (${CLI:-no postino-cli} has no discover command yet)"
fi
run_postino() {
    "$CLI" discover "$ADDRESS" --site "$SITE" --no-probe --json --ca-file "$CA" \
        --autoconfig-port "$PROXY_PORT" --nameserver "$DELAYED"
}
# check_postino FILE: "elapsedMs queries" when the JSON holds what the zones say, else the reasons
# on stderr and exit status 1.
check_postino() {
    "$PY" - "$1" <<'EOF'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
except (OSError, ValueError) as e:
    sys.exit("not JSON: %s" % e)
bad = []
mb = r.get("mailboxProvider") or {}
if mb.get("id") != "gmail":
    bad.append("mailboxProvider is %r, expected gmail (Google)" % (mb.get("id") or mb or None))
svc = [s.get("mailer") for s in r.get("sendingServices") or []]
if "sendinblue" not in svc:
    bad.append("sendingServices %r lack Brevo (sendinblue)" % svc)
smtp = r.get("smtp") or []
for src, h in (("srv", "submit.bench-discover.test"), ("autoconfig", "smtp.bench-discover.test")):
    if not any(c.get("source") == src and c.get("host") == h for c in smtp):
        bad.append("no SMTP candidate from %s: %r" % (src, [(c.get("host"), c.get("port"), c.get("source")) for c in smtp]))
host = r.get("hosting") or {}
if "hetzner" not in (str(host.get("id", "")) + str(host.get("name", ""))).lower():
    bad.append("hosting is %r, expected Hetzner" % (host.get("name") or host or None))
ms = r.get("elapsedMs")
if not isinstance(ms, (int, float)) or isinstance(ms, bool):
    bad.append("no elapsedMs")
if bad:
    sys.exit("; ".join(bad))
print(ms, r.get("queries", "?"))
EOF
}

# --- The peer: the same lookups one after another ------------------------------------------------
# peer_queries FROM TO: the (name, type) pairs the delay layer answered between two log marks,
# first arrival first, each once, without the autoconfig names' addresses (curl asks those).
peer_queries() {
    sed -n "$(($1 + 1)),${2}p" "$QLOG" | awk -v a="$AC_HOST." -v d="$DOMAIN." '
        ($4 == "A" || $4 == "AAAA") && ($3 == a || $3 == d) { next }
        !seen[$3 " " $4]++ { print $3, $4 }'
}
run_peer() {
    # One dig process asks its queries one at a time, each waiting for the answer before the next.
    # shellcheck disable=SC2046 # the list is name/type words
    dig +tries=1 +time=3 +noall +answer $(cat "$WORK/peer-queries.txt") >"$WORK/peer-dig.txt" 2>&1 || true
    curl -sS --fail --cacert "$CA" -o "$WORK/peer-autoconfig.xml" \
        "https://$AC_HOST:$PROXY_PORT/mail/config-v1.1.xml?emailaddress=$ADDRESS" 2>"$WORK/peer-curl.txt" ||
        curl -sS --fail --cacert "$CA" -o "$WORK/peer-autoconfig.xml" \
            "https://$DOMAIN:$PROXY_PORT/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=$ADDRESS" \
            2>>"$WORK/peer-curl.txt"
}
if [[ "$postino" != 1 ]]; then
    # Without postino-cli's log: what the zones hold that discovery reads.
    printf '%s\n' "$DOMAIN MX" "$DOMAIN TXT" "_submissions._tcp.$DOMAIN SRV" "_submission._tcp.$DOMAIN SRV" \
        "brevo1._domainkey.$DOMAIN TXT" "b1.bench-discover-test.dkim.brevo.com TXT" \
        "brevo2._domainkey.$DOMAIN TXT" "b2.bench-discover-test.dkim.brevo.com TXT" \
        "www.$DOMAIN A" "www.$DOMAIN AAAA" "7.0.88.10.in-addr.arpa PTR" >"$WORK/peer-queries.txt"
fi

echo "Discovery benchmark: $ADDRESS --site $SITE, +${DELAY_MS} ms per DNS answer ($DELAYED -> NSD)," \
    "+${PROXY_DELAY_MS} ms per direction in front of the HTTPS server, $RUNS rounds"
printf 'one HTTPS fetch through the proxy (curl, no DNS, median of 3): connect %s ms, TLS handshake %s ms, total %s ms\n' \
    "$F_CONNECT" "$F_TLS" "$F_TOTAL"
printf 'lower bound = max(site A -> PTR %d ms, DKIM CNAME -> its target %d ms, autoconfig A %d + fetch %s = %s ms) = %s ms\n' \
    "$SITE_CHAIN" "$DKIM_CHAIN" "$DELAY_MS" "$F_TOTAL" "$AC_CHAIN" "$L"

: >"$WORK/wall-postino.txt"
: >"$WORK/elapsed-postino.txt"
: >"$WORK/span-postino.txt"
: >"$WORK/queries-postino.txt"
: >"$WORK/wall-peer.txt"
: >"$WORK/span-peer.txt"
for i in $(seq "$RUNS"); do
    line="  round $i:"
    if [[ "$postino" == 1 ]]; then
        q0=$(qcount)
        rc=0
        t0=$EPOCHREALTIME
        run_postino >"$WORK/out-postino-$i.json" 2>"$WORK/err-postino-$i.txt" </dev/null || rc=$?
        t1=$EPOCHREALTIME
        sleep 0.02 # let the delay layer log the last answer
        q1=$(qcount)
        if [[ "$rc" -ge 2 ]] || ! check=$(check_postino "$WORK/out-postino-$i.json" 2>"$WORK/check-$i.txt"); then
            echo "$prog: postino-cli (exit status $rc) in round $i gave a wrong or no answer:" >&2
            sed 's/^/    /' "$WORK/check-$i.txt" "$WORK/err-postino-$i.txt" >&2 || true
            head -c 3000 "$WORK/out-postino-$i.json" | sed 's/^/    /' >&2
            exit 2
        fi
        read -r elapsed jq <<<"$check"
        wall=$(ms_between "$t0" "$t1")
        echo "$wall" >>"$WORK/wall-postino.txt"
        echo "$elapsed" >>"$WORK/elapsed-postino.txt"
        span "$q0" "$q1" >>"$WORK/span-postino.txt"
        echo "$jq $((q1 - q0))" >>"$WORK/queries-postino.txt"
        [[ "$i" != 1 ]] || peer_queries "$q0" "$q1" >"$WORK/peer-queries.txt"
        line+=$(printf '  postino-cli wall %7.1f ms, elapsedMs %5s, queries %s' "$wall" "$elapsed" "$((q1 - q0))")
    fi
    q0=$(qcount)
    t0=$EPOCHREALTIME
    run_peer </dev/null || die "the peer's curl could not fetch the autoconfig file: $(cat "$WORK/peer-curl.txt")"
    t1=$EPOCHREALTIME
    sleep 0.02
    q1=$(qcount)
    wall=$(ms_between "$t0" "$t1")
    echo "$wall" >>"$WORK/wall-peer.txt"
    span "$q0" "$q1" >>"$WORK/span-peer.txt"
    echo "$((q1 - q0))" >"$WORK/queries-peer.txt"
    line+=$(printf '  |  dig + curl %7.1f ms' "$wall")
    echo "$line"
done
cmp -s "$WORK/peer-autoconfig.xml" "$HERE/config-v1.1.xml" || die "the peer's curl fetched something else"

echo
printf '%-44s %10s %8s %8s %10s\n' "" "median ms" "/ bound" "queries" "DNS span"
row() { # LABEL MEDIAN QUERIES SPAN
    printf '%-44s %10.1f %7.2fx %8s %7.1f ms\n' "$1" "$2" "$(awk -v a="$2" -v b="$L" 'BEGIN { print a / b }')" "$3" "$4"
}
if [[ "$postino" == 1 ]]; then
    P=$(median <"$WORK/elapsed-postino.txt")
    PW=$(median <"$WORK/wall-postino.txt")
    PS=$(median <"$WORK/span-postino.txt")
    read -r jq lq < <(tail -1 "$WORK/queries-postino.txt")
    row "postino-cli discover, elapsedMs" "$P" "$jq" "$PS"
    row "postino-cli discover, wall (process start)" "$PW" "$lq" "$PS"
fi
PEER=$(median <"$WORK/wall-peer.txt")
row "dig + curl, one after another" "$PEER" "$(cat "$WORK/queries-peer.txt")" "$(median <"$WORK/span-peer.txt")"
printf '%-44s %10.1f %7.2fx\n' "lower bound (longest dependent chain)" "$L" 1
echo "queries: postino-cli's own count (JSON \"queries\") for elapsedMs; the delay layer's count otherwise" \
    "(the peer asks $(grep -c . "$WORK/peer-queries.txt") by dig, the rest are curl's A/AAAA)"

if [[ "$postino" != 1 ]]; then
    echo "postino: not available; peer only"
    exit 0
fi
read -r ratio verdict < <(awk -v p="$P" -v l="$L" -v m="$MAX_RATIO" \
    'BEGIN { r = p / l; printf "%.2f %s\n", r, (r <= m + 1e-9 ? "PASS" : "FAIL") }')
printf 'peer / postino-cli elapsedMs = %.2fx\n' "$(awk -v a="$PEER" -v b="$P" 'BEGIN { print a / b }')"
printf 'postino-cli discover elapsedMs / lower bound = %sx  target <= %sx  %s\n' "$ratio" "$MAX_RATIO" "$verdict"
[[ "$verdict" == PASS ]] || exit 1
exit 0
