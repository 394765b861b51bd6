#!/usr/bin/env bash
# DNS check benchmark: `postino-cli dns bench.test --mailer sendgrid` against the SPF evaluators
# people use (pyspf, libspf2's spfquery, Mail::SPF's spfquery, mailauth's spf command), side by
# side on the same zones, through a layer that adds 50 ms to every DNS answer.
#
# Set-up (all inside tests/harness/dns/run-with-dns.sh: private network, mount and pid
# namespaces, nothing leaves loopback; needs root or sudo):
#   NSD on 127.0.0.1:53 serves the harness fixtures plus tests/bench/dns/zones (bench.test,
#   bench-esp.test, bench-crm.test); tests/harness/dns/dns_delay.py listens on 127.0.0.2:53,
#   forwards every query to NSD at once and answers 50 ms after the query arrived (queries are
#   never serialised); /etc/resolv.conf in the namespace says "nameserver 127.0.0.2", so every
#   peer, through the system resolver, pays the same 50 ms per query as postino-cli, which is
#   pointed at 127.0.0.2 with --nameserver.
#
# bench.test (see tests/bench/dns/zones/bench.test.zone): SPF with three levels of includes and 9
# counted lookups (a and mx at the leaves), DKIM s1/s2 by CNAME into sendgrid.net, DMARC p=reject
# with an authorised external rua, two MX hosts. The longest chain of queries that depend on each
# other is 6:
#   TXT bench.test -> TXT _spf.bench-esp.test -> TXT _nb2.bench-esp.test -> TXT _nb3.bench-esp.test
#   -> MX bench-esp.test (mx:bench-esp.test) -> A/AAAA mx.bench-esp.test
# (NSD follows the DKIM CNAMEs into sendgrid.net itself, as a recursive resolver would: 1 query
# each; the return-path target's SPF 1 and its MX host's address 2; DMARC and its rua authorisation 2; NSD runs
# with minimal-responses, so no answer carries the next step's records, e.g. the MX hosts'
# addresses). Lower bound = 6 x 50 ms = 300 ms: no client can finish sooner, however parallel.
# Note for Postino: Qt 6.4's QDnsLookup runs at most 5 lookups at once (its own thread pool), so
# a wave of more than 5 queries costs a second 50 ms.
#
# Peers evaluate SPF only (for 203.0.113.77, which the last mechanism of the tree matches, so a
# sequential evaluator walks the whole tree: expected result pass); `postino-cli dns` evaluates the
# same address (--ip) and checks SPF, DKIM, DMARC, MX and the return path; `postino-cli spf` does
# what the peers do, one check_host() (expected: pass). Every wall time includes the tool's
# process start.
#
# Printed: per round each tool's wall time; then per tool the median, the ratio to the lower
# bound, how many queries it sent, the median DNS span over the bound (first query to last
# answer, from the delay layer's log: the DNS part alone, without process start or CPU time)
# and its SPF result; then the verdict for each postino-cli command:
#   target <= 1.25x the lower bound and faster than every peer -> PASS, else FAIL (exit 1).
# When postino-cli or its dns command is missing: "postino: not available", peers still run,
# exit 0. Exit 2 when the benchmark cannot run (or a peer gives a wrong SPF result).
#
# Environment: BENCH_RUNS (rounds, default 7), BENCH_DELAY_MS (default 50),
#   BENCH_POSTINO_CLI (default: build/release/app/postino-cli, or build/release/app/cli/postino-cli),
#   BENCH_NPM_CACHE (where mailauth is installed from npm, default ~/.cache/postino/bench-npm;
#   installed on first use, before entering the namespace; BENCH_NO_NPM=1 skips mailauth).
set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/scripts/$(basename "${BASH_SOURCE[0]}")"
HARNESS="$ROOT/tests/harness/dns/run-with-dns.sh"
RUNS="${BENCH_RUNS:-7}"
DELAY_MS="${BENCH_DELAY_MS:-50}"
CHAIN=6           # longest chain of dependent queries in bench.test (see above)
MAX_RATIO=1.25
DOMAIN=bench.test
PASS_IP=203.0.113.77 # mta.bench-crm.test: matched by a:mta.bench-crm.test, the last mechanism evaluated
SENDER=postmaster@$DOMAIN
HELO=mail.$DOMAIN
NPM_CACHE="${BENCH_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/postino/bench-npm}"
prog=bench-dns.sh

die() {
    echo "$prog: $*" >&2
    exit 2
}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$RUNS'"
[[ "$DELAY_MS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_DELAY_MS must be whole milliseconds, got '$DELAY_MS'"

# --- Outer part: tools, mailauth from npm, then re-execute inside the DNS harness ----------------
if [[ "${POSTINO_BENCH_DNS_INNER:-}" != 1 ]]; then
    if [[ -z "${BENCH_POSTINO_CLI:-}" ]]; then
        BENCH_POSTINO_CLI="$ROOT/build/release/app/postino-cli"
        [[ -x "$BENCH_POSTINO_CLI" ]] || BENCH_POSTINO_CLI="$ROOT/build/release/app/cli/postino-cli"
    fi
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    for p in nsd bind9-dnsutils python3-spf spfquery spf-tools-perl; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            die "package $p is missing: run scripts/install-deps.sh --test"
    done
    # mailauth is a peer only here, never in the test path: fetched from npm into a cache folder
    # (needs the network once, outside the namespace).
    if [[ "${BENCH_NO_NPM:-0}" != 1 && ! -x "$NPM_CACHE/node_modules/.bin/mailauth" ]]; then
        if command -v npm >/dev/null 2>&1; then
            echo "$prog: installing mailauth from npm into $NPM_CACHE" >&2
            mkdir -p "$NPM_CACHE"
            npm install --prefix "$NPM_CACHE" --no-audit --no-fund --loglevel=error mailauth >&2 ||
                echo "$prog: npm install mailauth failed; mailauth will be skipped" >&2
        else
            echo "$prog: npm is not installed; mailauth will be skipped" >&2
        fi
    fi
    export POSTINO_BENCH_DNS_INNER=1 POSTINO_DNS_QUIET=1 BENCH_RUNS="$RUNS" BENCH_DELAY_MS="$DELAY_MS"
    export BENCH_POSTINO_CLI BENCH_NPM_CACHE="$NPM_CACHE" BENCH_NO_NPM="${BENCH_NO_NPM:-0}"
    export POSTINO_DNS_EXTRA_ZONES="$ROOT/tests/bench/dns/zones" POSTINO_DNS_DELAY_MS="$DELAY_MS"
    if [[ -n "$SUDO" ]]; then
        exec sudo --preserve-env=POSTINO_BENCH_DNS_INNER,POSTINO_DNS_QUIET,BENCH_RUNS,BENCH_DELAY_MS,BENCH_POSTINO_CLI,BENCH_NPM_CACHE,BENCH_NO_NPM,POSTINO_DNS_EXTRA_ZONES,POSTINO_DNS_DELAY_MS \
            "$HARNESS" "$SELF"
    fi
    exec "$HARNESS" "$SELF"
fi

# --- Inner part: NSD + the delay layer in this private namespace --------------------------------
unset POSTINO_BENCH_DNS_INNER
[[ -n "${POSTINO_TEST_DNS_DELAYED_SERVER:-}" && -n "${POSTINO_TEST_DNS_QUERY_LOG:-}" ]] ||
    die "the delay layer is not running: run this script directly, not inside the harness"
DELAYED=$POSTINO_TEST_DNS_DELAYED_SERVER
QLOG=$POSTINO_TEST_DNS_QUERY_LOG
WORK="$POSTINO_TEST_DNS_DIR/bench"
mkdir -p "$WORK"
grep -qx "nameserver $DELAYED" /etc/resolv.conf || die "resolv.conf does not point at the delay layer"
dig +short +time=2 +tries=1 @"$DELAYED" "$DOMAIN" TXT | grep -q include:_spf.bench-esp.test ||
    die "$DOMAIN is not served through the delay layer"

# --- The tools ------------------------------------------------------------------------------------
# Each run_<tool> prints the tool's output; spf_<tool> reads the SPF result from that output.
tools=()
declare -A label

# shellcheck disable=SC2317 # called through indirection
run_pyspf() {
    /usr/bin/python3 -c 'import sys, spf
r = spf.check2(i=sys.argv[1], s=sys.argv[2], h=sys.argv[3]); print(r[0]); print(r[1])' "$PASS_IP" "$SENDER" "$HELO"
}
# shellcheck disable=SC2317
spf_pyspf() { head -1 "$1"; }
tools+=(pyspf)
label[pyspf]="pyspf $(/usr/bin/python3 -c 'import spf; print(spf.__version__)' 2>/dev/null || true) (spf.check2)"

# shellcheck disable=SC2317
run_libspf2() { spfquery.libspf2 -ip "$PASS_IP" -sender "$SENDER" -helo "$HELO"; }
# shellcheck disable=SC2317
spf_libspf2() { head -1 "$1"; }
tools+=(libspf2)
label[libspf2]="spfquery (libspf2 $(dpkg-query -W -f='${Version}' libspf2-2 2>/dev/null | cut -d- -f1))"

# shellcheck disable=SC2317
run_mailspf() {
    spfquery.mail-spf-perl --scope mfrom --identity "$SENDER" --ip-address "$PASS_IP" --helo-identity "$HELO"
}
# shellcheck disable=SC2317
spf_mailspf() { head -1 "$1"; }
tools+=(mailspf)
label[mailspf]="spfquery (Mail::SPF $(dpkg-query -W -f='${Version}' libmail-spf-perl 2>/dev/null | cut -d- -f1))"

MAILAUTH="$BENCH_NPM_CACHE/node_modules/.bin/mailauth"
if [[ "$BENCH_NO_NPM" != 1 && -x "$MAILAUTH" ]] && command -v node >/dev/null 2>&1; then
    # The package's own bin (what npx would start, without npx's own start-up on top).
    # shellcheck disable=SC2317
    run_mailauth() { "$MAILAUTH" spf -f "$SENDER" -i "$PASS_IP" -e "$HELO" -m bench.invalid; }
    # shellcheck disable=SC2317
    spf_mailauth() { /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["status"]["result"])' "$1" 2>/dev/null || echo "?"; }
    tools+=(mailauth)
    v=$(/usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
        "$BENCH_NPM_CACHE/node_modules/mailauth/package.json" 2>/dev/null || true)
    label[mailauth]="mailauth $v spf (node $(node --version))"
else
    echo "mailauth: not available (BENCH_NO_NPM=1, or npm / node missing)"
fi

CLI=${BENCH_POSTINO_CLI:-}
postino=0
# Not grep -q: it stops reading at the match, and the CLI, still writing, fails the pipeline.
if [[ -n "$CLI" && -x "$CLI" ]] && "$CLI" --help 2>/dev/null | grep -E '^ +dns( |$)' >/dev/null; then
    postino=1
    # shellcheck disable=SC2317
    run_postino() { "$CLI" dns "$DOMAIN" --mailer sendgrid --nameserver "$DELAYED" --ip "$PASS_IP" --json; }
    # shellcheck disable=SC2317
    spf_postino() { # not an SPF verdict: the report's findings by severity
        /usr/bin/python3 - "$1" <<'EOF' 2>/dev/null || echo "?"
import collections, json, sys
r = json.load(open(sys.argv[1]))
c = collections.Counter(f.get("severity", "?") for f in r.get("findings", []))
print("ok=%s %s" % (r.get("ok"), " ".join("%s:%d" % kv for kv in sorted(c.items()))))
EOF
    }
    tools=(postino "${tools[@]}")
    label[postino]="postino-cli dns --mailer sendgrid"
    if "$CLI" --help 2>/dev/null | grep -E '^ +spf( |$)' >/dev/null; then
        # The same evaluation as the peers: one check_host(), the result word first.
        # shellcheck disable=SC2317
        run_postinospf() { "$CLI" spf --ip "$PASS_IP" --sender "$SENDER" --helo "$HELO" --nameserver "$DELAYED"; }
        # shellcheck disable=SC2317
        spf_postinospf() { head -1 "$1"; }
        tools=(postino postinospf "${tools[@]:1}")
        label[postinospf]="postino-cli spf"
    fi
else
    echo "postino: not available (${CLI:-no postino-cli} has no dns command yet)"
fi

to_us() { # "1795467511.068557" -> microseconds
    local v="$1"
    local sec=${v%.*} frac=${v#*.}
    frac="${frac}000000"
    echo $((10#$sec * 1000000 + 10#${frac:0:6}))
}
median() { sort -n | awk '{ x[NR] = $1 } END { print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'; }

# time_one TOOL ROUND: runs TOOL once; appends its wall time (ms) and query count to WORK files.
time_one() {
    local t=$1 round=$2 t0 t1 rc=0 q0 q1 ms
    q0=$(grep -c . "$QLOG" || true)
    t0=$EPOCHREALTIME
    "run_$t" >"$WORK/out-$t-$round.txt" 2>"$WORK/err-$t-$round.txt" </dev/null || rc=$?
    t1=$EPOCHREALTIME
    sleep 0.02 # let the delay layer log the last answer
    q1=$(grep -c . "$QLOG" || true)
    if [[ "$t" == postino* && "$rc" -ge 2 ]]; then
        echo "$prog: postino-cli failed (exit status $rc) in round $round:" >&2
        sed 's/^/    /' "$WORK/out-$t-$round.txt" "$WORK/err-$t-$round.txt" >&2
        exit 2
    fi
    ms=$(awk -v a="$(to_us "$t0")" -v b="$(to_us "$t1")" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
    echo "$ms" >>"$WORK/ms-$t.txt"
    # The DNS part alone, in answer times, from the delay layer's log (ms since its start, per
    # answer): from the first query's arrival (its answer less one delay) to the last answer.
    # Process start and CPU time are left out, so this holds on a busy machine too.
    sed -n "$((q0 + 1)),${q1}p" "$QLOG" | awk -v d="$DELAY_MS" \
        'NR == 1 { f = $1 } { l = $1 } END { printf "%.2f\n", NR ? (l - f + d) / d : 0 }' >>"$WORK/span-$t.txt"
    echo $((q1 - q0)) >"$WORK/queries-$t.txt"
    echo "$ms"
}

L=$((CHAIN * DELAY_MS))
echo "DNS check benchmark: $DOMAIN through a +${DELAY_MS} ms-per-answer layer ($DELAYED -> NSD), $RUNS rounds"
echo "lower bound: longest chain of dependent queries $CHAIN x ${DELAY_MS} ms = $L ms"
echo "peers evaluate SPF only (for $PASS_IP, expected pass); postino-cli checks SPF, DKIM, DMARC, MX and return path"
for t in "${tools[@]}"; do : >"$WORK/ms-$t.txt"; : >"$WORK/span-$t.txt"; done
for i in $(seq "$RUNS"); do
    line="  round $i:"
    for t in "${tools[@]}"; do
        ms=$(time_one "$t" "$i") && [[ -n "$ms" ]] || exit 2
        line+=$(printf '  %s %7.1f' "$t" "$ms")
    done
    echo "$line"
done

echo
printf '%-46s %10s %8s %8s %9s  %s\n' "" "median ms" "/ bound" "queries" "DNS span" "result (last round)"
declare -A med
bad_peer=0
bad_postino=0
for t in "${tools[@]}"; do
    med[$t]=$(median <"$WORK/ms-$t.txt")
    result=$("spf_$t" "$WORK/out-$t-$RUNS.txt")
    span=$(median <"$WORK/span-$t.txt")
    printf '%-46s %10.1f %7.2fx %8s %8.2fx  %s\n' "${label[$t]}" "${med[$t]}" \
        "$(awk -v a="${med[$t]}" -v b="$L" 'BEGIN { print a / b }')" "$(cat "$WORK/queries-$t.txt")" \
        "$(awk -v a="$span" -v b="$CHAIN" 'BEGIN { print a / b }')" "$result"
    if [[ "$t" != postino && "$result" != pass ]]; then
        [[ "$t" == postinospf ]] || bad_peer=1
        [[ "$t" != postinospf ]] || bad_postino=1
        echo "    $t gave '$result', expected pass; its output:"
        sed 's/^/      /' "$WORK/out-$t-$RUNS.txt" "$WORK/err-$t-$RUNS.txt" | head -20
    fi
done
printf '%-46s %10.1f %7.2fx\n' "lower bound ($CHAIN dependent queries)" "$L" 1
[[ "$bad_peer" == 0 ]] || die "a peer did not give the expected SPF result: the fixture or the set-up is wrong"

if [[ "$postino" != 1 ]]; then
    echo "postino: not available; peers only"
    exit 0
fi
fastest_peer="" fastest_ms=""
for t in "${tools[@]}"; do
    [[ "$t" == postino* ]] && continue
    if [[ -z "$fastest_ms" ]] || awk -v a="${med[$t]}" -v b="$fastest_ms" 'BEGIN { exit !(a < b) }'; then
        fastest_peer=$t fastest_ms=${med[$t]}
    fi
done
failed=$bad_postino
for t in postino postinospf; do
    [[ -n "${med[$t]:-}" ]] || continue
    P=${med[$t]}
    printf 'fastest peer: %s %.1f ms = %.2fx %s\n' "$fastest_peer" "$fastest_ms" \
        "$(awk -v a="$fastest_ms" -v b="$P" 'BEGIN { print a / b }')" "${label[$t]}"
    read -r ratio verdict < <(awk -v p="$P" -v l="$L" -v m="$MAX_RATIO" -v f="$fastest_ms" \
        'BEGIN { r = p / l; printf "%.2f %s\n", r, (r <= m + 1e-9 && p < f ? "PASS" : "FAIL") }')
    printf '%s / lower bound = %sx  target <= %sx and faster than every peer  %s\n' "${label[$t]}" "$ratio" \
        "$MAX_RATIO" "$verdict"
    [[ "$verdict" == PASS ]] || failed=1
done
[[ "$failed" == 0 ]] || exit 1
exit 0
