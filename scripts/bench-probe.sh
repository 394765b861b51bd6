#!/usr/bin/env bash
# Port probe benchmark: four ports of which two stay silent. postino-cli's probe (all ports in
# parallel, one timeout for the whole run) against the same four probes run one after another
# with swaks (--quit-after EHLO), and against the lower bound: one timeout.
#
# Runs inside tests/harness/mailserver/run-with-mailserver.sh (Postfix as mail.postino.test on
# 127.0.0.1:25/465/587; needs root, or sudo). postino-cli cannot choose the ports it probes, so
# the benchmark probes its defaults, 25/465/587/2525, and nft drops 25 and 2525 silently.
#
# Printed: the median wall time (process start to exit) of postino-cli and of the swaks
# sequence over BENCH_RUNS runs (default 5), the lower bound (BENCH_TIMEOUT, default 3 s), and
# the ratios; then "postino / lower bound = X.XXx  target <= 1.1x  PASS/FAIL".
# Exits 1 on FAIL, 2 if the benchmark could not run.
#
# Environment: BENCH_RUNS (default 5), BENCH_TIMEOUT (whole seconds, default 3),
# BENCH_SKIP_BUILD=1 (use the existing build/release/app/postino-cli).
set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/scripts/$(basename "${BASH_SOURCE[0]}")"
RUNS="${BENCH_RUNS:-5}"
TIMEOUT_S="${BENCH_TIMEOUT:-3}"
MAX_RATIO="1.1"
CLI="$ROOT/build/release/app/postino-cli"
HARNESS="$ROOT/tests/harness/mailserver/run-with-mailserver.sh"
PORTS=(25 465 587 2525)
DROPPED=(25 2525)
prog=bench-probe.sh

die() {
    echo "$prog: $*" >&2
    exit 2
}

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$RUNS'"
[[ "$TIMEOUT_S" =~ ^[1-9][0-9]*$ ]] || die "BENCH_TIMEOUT must be whole seconds, got '$TIMEOUT_S'"

# --- Outer part: tools, build, then re-execute inside the mail server's namespaces -------------
if [[ "${POSTINO_BENCH_PROBE_INNER:-}" != 1 ]]; then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    if ! command -v swaks >/dev/null 2>&1; then
        echo "$prog: installing swaks" >&2
        $SUDO apt-get update -qq
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends swaks >/dev/null
    fi
    # An older postino-cli may lack the probe command: let Ninja bring it up to date (a no-op
    # when it is); BENCH_SKIP_BUILD=1 uses the binary as it is.
    if [[ "${BENCH_SKIP_BUILD:-0}" != 1 || ! -x "$CLI" ]]; then
        cd "$ROOT"
        [[ -f build/release/CMakeCache.txt ]] || cmake --preset release
        cmake --build --preset release --target postino-cli
    fi
    [[ -x "$CLI" ]] || die "missing $CLI (build the release preset)"
    export POSTINO_BENCH_PROBE_INNER=1 POSTINO_MAILSERVER_QUIET=1 BENCH_RUNS="$RUNS" BENCH_TIMEOUT="$TIMEOUT_S"
    if [[ -n "$SUDO" ]]; then
        exec sudo --preserve-env=POSTINO_BENCH_PROBE_INNER,POSTINO_MAILSERVER_QUIET,BENCH_RUNS,BENCH_TIMEOUT \
            "$HARNESS" "$SELF"
    fi
    exec "$HARNESS" "$SELF"
fi

# --- Inner part: Postfix on 127.0.0.1 in this private network namespace -------------------------
unset POSTINO_BENCH_PROBE_INNER
for v in POSTINO_TEST_SMTP_HOST POSTINO_TEST_CA; do
    [[ -n "${!v:-}" ]] || die "$v is not set: run this script directly, not inside the harness"
done
for tool in swaks nft; do
    command -v "$tool" >/dev/null 2>&1 || die "missing tool: $tool"
done
HOST="$POSTINO_TEST_SMTP_HOST"
CA="$POSTINO_TEST_CA"
WORK="$(mktemp -d /tmp/postino-bench-probe.XXXXXX)"
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    local rc=$?
    nft delete table inet postino_bench_probe 2>/dev/null || true
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

nft add table inet postino_bench_probe
nft add chain inet postino_bench_probe input '{ type filter hook input priority 0 ; }'
for p in "${DROPPED[@]}"; do
    nft add rule inet postino_bench_probe input tcp dport "$p" drop
done

to_us() { # "1795467511.068557" -> microseconds
    local v="$1"
    local sec=${v%.*} frac=${v#*.}
    frac="${frac}000000"
    echo $((10#$sec * 1000000 + 10#${frac:0:6}))
}

# shellcheck disable=SC2317 # called through time_ms
run_postino() {
    "$CLI" probe --host "$HOST" --ca-file "$CA" --timeout "$TIMEOUT_S" --json
}

# shellcheck disable=SC2317 # called through time_ms
run_swaks() { # the four probes one after another; a silent port is a failure, not an error here
    local p
    for p in "${PORTS[@]}"; do
        local tls=()
        [[ "$p" == 465 ]] && tls=(--tls-on-connect --tls-verify --tls-ca-path "$CA")
        swaks --server "$HOST" --port "$p" --quit-after EHLO --timeout "$TIMEOUT_S" \
            --from probe@postino.test --to probe@postino.test --ehlo probe.postino.invalid "${tls[@]}" ||
            true
        echo "=== port $p done"
    done
}

# time_ms NAME ROUND: runs NAME once, prints its wall time in ms
time_ms() {
    local name="$1" round="$2" t0 t1 rc=0
    t0=$EPOCHREALTIME
    "run_$name" >"$WORK/out-$name-$round.txt" 2>&1 </dev/null || rc=$?
    t1=$EPOCHREALTIME
    if [[ "$name" == postino ]]; then
        if [[ "$rc" != 0 ]] || ! grep -q '"ok": *true' "$WORK/out-$name-$round.txt"; then
            echo "$prog: postino-cli failed (exit status $rc) in round $round; its output:" >&2
            sed 's/^/    /' "$WORK/out-$name-$round.txt" >&2
            exit 2
        fi
    fi
    awk -v a="$(to_us "$t0")" -v b="$(to_us "$t1")" 'BEGIN { printf "%.1f\n", (b - a) / 1000 }'
}

median() { sort -n | awk '{ x[NR] = $1 } END { print (NR % 2) ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2 }'; }

echo "Port probe benchmark: $HOST ports ${PORTS[*]}, nft drops ${DROPPED[*]}, timeout ${TIMEOUT_S} s, $RUNS runs"
: >"$WORK/postino.txt"
: >"$WORK/swaks.txt"
for i in $(seq "$RUNS"); do
    p=$(time_ms postino "$i")
    s=$(time_ms swaks "$i")
    echo "$p" >>"$WORK/postino.txt"
    echo "$s" >>"$WORK/swaks.txt"
    printf '  run %d: postino %8.1f ms   swaks %8.1f ms\n' "$i" "$p" "$s"
done

# The outcomes postino saw in its last run, so a wrong setup does not pass unnoticed.
outcomes=$(grep -o '"outcome": *"[a-z_]*"' "$WORK/out-postino-$RUNS.txt" | sed 's/.*"\([a-z_]*\)"$/\1/' | paste -sd ' ')
echo "postino's outcomes (last run, ports in its order): $outcomes"

P=$(median <"$WORK/postino.txt")
S=$(median <"$WORK/swaks.txt")
L=$((TIMEOUT_S * 1000))
echo
printf '%-34s %10s %10s\n' "" "median ms" "/ bound"
printf '%-34s %10.1f %9.2fx\n' "postino-cli probe (parallel)" "$P" "$(awk -v a="$P" -v b="$L" 'BEGIN { print a / b }')"
printf '%-34s %10.1f %9.2fx\n' "swaks --quit-after EHLO, 4 in a row" "$S" "$(awk -v a="$S" -v b="$L" 'BEGIN { print a / b }')"
printf '%-34s %10.1f %9.2fx\n' "lower bound (one timeout)" "$L" 1
printf 'swaks / postino = %.2fx\n' "$(awk -v a="$S" -v b="$P" 'BEGIN { print a / b }')"
read -r ratio verdict < <(awk -v p="$P" -v l="$L" -v m="$MAX_RATIO" \
    'BEGIN { r = p / l; printf "%.2f %s\n", r, (r <= m + 1e-9 ? "PASS" : "FAIL") }')
printf 'postino / lower bound = %sx  target <= %sx  %s\n' "$ratio" "$MAX_RATIO" "$verdict"
[[ "$verdict" == PASS ]] || exit 1
exit 0
