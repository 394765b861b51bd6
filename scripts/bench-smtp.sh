#!/usr/bin/env bash
# SMTP send latency benchmark: one authenticated STARTTLS test send with postino-cli, against
# swaks (--pipeline), msmtp and curl (smtp://), through a latency-injecting TCP proxy
# (tests/bench/latency_proxy.py, each direction delayed BENCH_DELAY_MS, default 20 ms, so one
# round trip costs 40 ms) in front of the real Postfix + Dovecot of
# tests/harness/mailserver/run-with-mailserver.sh (needs root, or sudo).
#
# Every tool verifies the server certificate (test CA, name mail.postino.test), logs in with
# AUTH PLAIN and sends one small message; the peers all send the same message. One discarded
# warm-up round, then BENCH_RUNS (default 9) interleaved rounds, the order rotating each round.
#
# Printed per tool (medians over the rounds):
#   wall ms      process start to exit ($EPOCHREALTIME around the process; start-up included)
#   session ms   the proxy's view: connection accepted to the client's last data or FIN, i.e.
#                the protocol cost without process start-up and tear-down
#   turns        round trips: how often the client waited for the server, the greeting
#                included (proxy turn count)
#   other ms     session - (2 x turns - 1) x delay: time not explained by the injected
#                latency (TLS and password hashing CPU, queueing, local processing)
#   ratio        wall median / postino's wall median
# then "postino / fastest peer = X.XXx  target <= 1.0x  PASS/FAIL" (wall-time medians), and the
# proxy's turn log of each tool's last run. Exits 1 on FAIL, 2 if the benchmark could not run.
#
# Environment: BENCH_RUNS (default 9), BENCH_DELAY_MS (default 20), BENCH_PROXY_PORT (default
# 2587), BENCH_SKIP_BUILD=1 (use the existing build/release/app/postino-cli),
# BENCH_KEEP_LOGS=DIR (copy the proxy logs and tool outputs there).
set -euo pipefail
export LC_ALL=C # a "." decimal point in $EPOCHREALTIME and in awk

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/scripts/$(basename "${BASH_SOURCE[0]}")"
RUNS="${BENCH_RUNS:-9}"
DELAY_MS="${BENCH_DELAY_MS:-20}"
PROXY_PORT="${BENCH_PROXY_PORT:-2587}"
MAX_RATIO="1.0"
CLI="$ROOT/build/release/app/postino-cli"
PROXY="$ROOT/tests/bench/latency_proxy.py"
HARNESS="$ROOT/tests/harness/mailserver/run-with-mailserver.sh"
prog=bench-smtp.sh

die() {
    echo "$prog: $*" >&2
    exit 2
}

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, got '$RUNS'"
[[ "$DELAY_MS" =~ ^[0-9]+$ ]] || die "BENCH_DELAY_MS must be a whole number of ms, got '$DELAY_MS'"
[[ "$PROXY_PORT" =~ ^[1-9][0-9]*$ ]] || die "BENCH_PROXY_PORT must be a port number, got '$PROXY_PORT'"

# =============================================================================================
# Outer part: tools, build, then re-execute inside the mail server's namespaces.
# =============================================================================================
if [[ "${POSTINO_BENCH_SMTP_INNER:-}" != 1 ]]; then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"

    need_pkgs=()
    command -v swaks >/dev/null 2>&1 || need_pkgs+=(swaks)
    command -v msmtp >/dev/null 2>&1 || need_pkgs+=(msmtp)
    command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
    command -v python3 >/dev/null 2>&1 || need_pkgs+=(python3)
    if ((${#need_pkgs[@]})); then
        echo "$prog: installing ${need_pkgs[*]}" >&2
        # msmtp asks whether to enable its AppArmor profile: answer no, without a prompt.
        echo "msmtp msmtp/apparmor boolean false" | $SUDO debconf-set-selections 2>/dev/null || true
        $SUDO apt-get update -qq
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${need_pkgs[@]}" >/dev/null
    fi

    if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
        cd "$ROOT"
        [[ -f build/release/CMakeCache.txt ]] || cmake --preset release
        # Ninja makes this a no-op when postino-cli is up to date.
        cmake --build --preset release --target postino-cli
    fi
    [[ -x "$CLI" ]] || die "missing $CLI (build the release preset)"

    export POSTINO_BENCH_SMTP_INNER=1 POSTINO_MAILSERVER_QUIET=1
    export BENCH_RUNS="$RUNS" BENCH_DELAY_MS="$DELAY_MS" BENCH_PROXY_PORT="$PROXY_PORT"
    if [[ -n "$SUDO" ]]; then
        exec sudo --preserve-env=POSTINO_BENCH_SMTP_INNER,POSTINO_MAILSERVER_QUIET,BENCH_RUNS,BENCH_DELAY_MS,BENCH_PROXY_PORT,BENCH_KEEP_LOGS \
            "$HARNESS" "$SELF"
    fi
    exec "$HARNESS" "$SELF"
fi

# =============================================================================================
# Inner part: Postfix + Dovecot run on 127.0.0.1 in this private network namespace.
# =============================================================================================
unset POSTINO_BENCH_SMTP_INNER
for v in POSTINO_TEST_SMTP_HOST POSTINO_TEST_CA POSTINO_TEST_USER POSTINO_TEST_PASSWORD \
    POSTINO_TEST_MAILDIR_ALICE; do
    [[ -n "${!v:-}" ]] || die "$v is not set: run this script directly, not inside the harness"
done
for tool in swaks msmtp curl python3; do
    command -v "$tool" >/dev/null 2>&1 || die "missing tool: $tool"
done
HOST="$POSTINO_TEST_SMTP_HOST"
CA="$POSTINO_TEST_CA"
USER_NAME="$POSTINO_TEST_USER"
FROM="$POSTINO_TEST_USER"
TO="$POSTINO_TEST_USER"
MAILDIR_NEW="$POSTINO_TEST_MAILDIR_ALICE/new"

WORK="$(mktemp -d /tmp/postino-bench-smtp.XXXXXX)"
chmod 0700 "$WORK"
PROXY_PID=""
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    local rc=$?
    if [[ -n "$PROXY_PID" ]]; then
        kill "$PROXY_PID" 2>/dev/null || true
        wait "$PROXY_PID" 2>/dev/null || true
    fi
    if [[ -n "${BENCH_KEEP_LOGS:-}" ]]; then
        if mkdir -p "$BENCH_KEEP_LOGS"; then
            cp -r "$WORK"/. "$BENCH_KEEP_LOGS"/ 2>/dev/null || true
        fi
        rm -f "$BENCH_KEEP_LOGS/password" "$BENCH_KEEP_LOGS/curl.conf"
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Secrets: never on a command line, files 0600 ----------------------------------------------
umask 077
printf '%s' "$POSTINO_TEST_PASSWORD" >"$WORK/password"
# curl config file: "user" as a quoted string, with \ and " escaped.
pw_escaped=${POSTINO_TEST_PASSWORD//\\/\\\\}
pw_escaped=${pw_escaped//\"/\\\"}
printf 'user = "%s:%s"\n' "$USER_NAME" "$pw_escaped" >"$WORK/curl.conf"
unset pw_escaped
cat >"$WORK/msmtprc" <<EOF
defaults
logfile -
account bench
host $HOST
port $PROXY_PORT
tls on
tls_starttls on
tls_trust_file $CA
auth plain
user $USER_NAME
passwordeval cat $WORK/password
from $FROM
account default : bench
EOF
umask 022

# --- The message the peers send (postino-cli composes its own test email) ----------------------
cat >"$WORK/message.eml" <<EOF
From: Postino bench <$FROM>
To: <$TO>
Subject: Postino SMTP latency benchmark
Date: $(date -R)
Message-ID: <bench-smtp-$$@postino.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is a test email sent by scripts/bench-smtp.sh.
EOF
sed -i 's/$/\r/' "$WORK/message.eml"

# --- The proxy ------------------------------------------------------------------------------------
lifetime=$((120 + (RUNS + 1) * 4 * 30))
python3 "$PROXY" --listen-host 127.0.0.1 --listen-port "$PROXY_PORT" \
    --target-host 127.0.0.1 --target-port "${POSTINO_TEST_SUBMISSION_PORT:-587}" \
    --delay "$DELAY_MS" --lifetime "$lifetime" \
    --summary "$WORK/proxy-summary.txt" --log "$WORK/proxy-events.txt" \
    --ready-file "$WORK/proxy-ready" 2>"$WORK/proxy-stderr.txt" &
PROXY_PID=$!
for _ in $(seq 100); do
    [[ -s "$WORK/proxy-ready" ]] && break
    kill -0 "$PROXY_PID" 2>/dev/null || {
        cat "$WORK/proxy-stderr.txt" >&2
        die "the latency proxy did not start"
    }
    sleep 0.05
done
[[ -s "$WORK/proxy-ready" ]] || die "the latency proxy is not listening after 5 s"
: >"$WORK/proxy-summary.txt"
: >"$WORK/proxy-events.txt"

# --- The tools -------------------------------------------------------------------------------------
TOOLS=(postino swaks msmtp curl)
run_tool() { # NAME: runs one send, stdout+stderr to $WORK/out
    case "$1" in
    postino)
        POSTINO_PASSWORD="$POSTINO_TEST_PASSWORD" \
            "$CLI" smtp send --host "$HOST" --port "$PROXY_PORT" --encryption tls \
            --user "$USER_NAME" --from "$FROM" --to "$TO" --ca-file "$CA" --json
        ;;
    swaks)
        # The password through swaks' documented $SWAKS_OPT_<option> environment variables.
        SWAKS_OPT_auth_password="$POSTINO_TEST_PASSWORD" \
            swaks --server "$HOST" --port "$PROXY_PORT" -tls --tls-verify --tls-ca-path "$CA" \
            --auth PLAIN --auth-user "$USER_NAME" --from "$FROM" --to "$TO" \
            --data "@$WORK/message.eml" --pipeline
        ;;
    msmtp)
        msmtp -C "$WORK/msmtprc" -a bench "$TO" <"$WORK/message.eml"
        ;;
    curl)
        # --sasl-ir: AUTH PLAIN with its initial response, as the other tools do (curl's default
        # waits for a "334" first, which would cost it one more round trip).
        curl --silent --show-error -K "$WORK/curl.conf" --url "smtp://$HOST:$PROXY_PORT" \
            --ssl-reqd --cacert "$CA" --login-options AUTH=PLAIN --sasl-ir \
            --mail-from "$FROM" --mail-rcpt "$TO" --upload-file "$WORK/message.eml"
        ;;
    esac
}

SETTLE_S=$(awk -v d="$DELAY_MS" 'BEGIN { printf "%.3f", 3 * d / 1000 + 0.02 }')
conns_done() { wc -l <"$WORK/proxy-summary.txt"; }

# run_once NAME ROUND: appends "<round> <wall us> <session ms> <turns> <conns> <last ms>
# <before ms> <after ms>" to $WORK/NAME.txt (before: process start to the proxy's accept; after:
# the client's last event to process exit); aborts the benchmark when the tool fails.
run_once() {
    local name="$1" round="$2" before t0 t1 rc=0
    before=$(conns_done)
    t0=$EPOCHREALTIME
    run_tool "$name" >"$WORK/out" 2>&1 </dev/null || rc=$?
    t1=$EPOCHREALTIME
    if [[ "$rc" != 0 ]] || { [[ "$name" == postino ]] && ! grep -q '"ok": *true' "$WORK/out"; }; then
        echo "$prog: $name failed (exit status $rc) in round $round; its output:" >&2
        sed 's/^/    /' "$WORK/out" >&2
        exit 2
    fi
    cp "$WORK/out" "$WORK/out-$name-$round.txt"
    # Wait (outside the measurement) until the proxy has written the connection's record: it
    # does so once both directions have ended, up to 2 x delay after the client closed.
    local waited=0
    while (($(conns_done) <= before)); do
        kill -0 "$PROXY_PID" 2>/dev/null || die "the latency proxy died: $(cat "$WORK/proxy-stderr.txt")"
        ((waited++ < 500)) || die "$name did not connect through the proxy (no connection record)"
        sleep 0.01
    done
    sleep "$SETTLE_S" # let the server side finish before the next tool starts
    local wall=$(($(to_us "$t1") - $(to_us "$t0")))
    # All connections this run made (normally one): summed turns, first accept to last client
    # event for the session.
    tail -n +"$((before + 1))" "$WORK/proxy-summary.txt" |
        awk -v r="$round" -v w="$wall" -v t0="$t0" -v t1="$t1" '
        { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
          if (NR == 1) s0 = v["start"]
          end = (v["start"] - s0) * 1000 + v["session_ms"]; if (end > sess) sess = end
          lend = (v["start"] - s0) * 1000 + v["last_ms"]; if (lend > last) last = lend
          turns += v["turns"]; n++ }
        END { printf "%d %d %.1f %d %d %.1f %.1f %.1f\n", r, w, sess, turns, n, last,
                     (s0 - t0) * 1000, (t1 - s0) * 1000 - sess }' >>"$WORK/$name.txt"
    # Which connection ids belong to this run, for the turn log.
    tail -n +"$((before + 1))" "$WORK/proxy-summary.txt" | sed -n 's/^conn=\([0-9]*\) .*/\1/p' |
        paste -sd ' ' >"$WORK/conns-$name-last"
}
to_us() { # "1795467511.068557" -> microseconds
    local v="$1"
    local sec=${v%.*} frac=${v#*.}
    frac="${frac}000000"
    echo $((10#$sec * 1000000 + 10#${frac:0:6}))
}

mails_before=$(find "$MAILDIR_NEW" -type f | wc -l)
echo "SMTP send latency benchmark: ${DELAY_MS} ms each way through 127.0.0.1:$PROXY_PORT -> Postfix 127.0.0.1:${POSTINO_TEST_SUBMISSION_PORT:-587}"
echo "Warm-up round (discarded)..."
for t in "${TOOLS[@]}"; do
    run_once "$t" 0
done
for t in "${TOOLS[@]}"; do
    : >"$WORK/$t.txt"
done
echo "Running $RUNS interleaved rounds of ${TOOLS[*]} (order rotates each round)..."
for i in $(seq "$RUNS"); do
    for k in "${!TOOLS[@]}"; do
        t=${TOOLS[$(((k + i) % ${#TOOLS[@]}))]}
        run_once "$t" "$i"
    done
done

# --- Delivery check: every send must have reached alice's Maildir ----------------------------
expected=$(((RUNS + 1) * ${#TOOLS[@]}))
for _ in $(seq 200); do
    got=$(($(find "$MAILDIR_NEW" -type f | wc -l) - mails_before))
    ((got >= expected)) && break
    sleep 0.05
done
if ((got < expected)); then
    echo "$prog: only $got of $expected messages were delivered to $MAILDIR_NEW; mail log:" >&2
    tail -n 40 "${POSTINO_TEST_MAILLOG:-/dev/null}" >&2 || true
    exit 2
fi

# --- Report -----------------------------------------------------------------------------------
# stats FILE -> "median_wall_ms min_wall_ms median_session_ms min_session_ms median_turns
#                median_conns median_before_ms median_after_ms"
stats() {
    awk '
        { w[NR] = $2 / 1000.0; s[NR] = $3; t[NR] = $4; c[NR] = $5; b[NR] = $7; a[NR] = $8 }
        function median(a, n,   i, j, x, tmp) {
            for (i = 1; i <= n; i++) x[i] = a[i]
            for (i = 2; i <= n; i++) { tmp = x[i]; for (j = i - 1; j >= 1 && x[j] > tmp; j--) x[j + 1] = x[j]; x[j + 1] = tmp }
            return (n % 2) ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2
        }
        function min(a, n,   i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] < m) m = a[i]; return m }
        END { printf "%.1f %.1f %.1f %.1f %g %g %.1f %.1f\n", median(w, NR), min(w, NR), median(s, NR), min(s, NR),
                     median(t, NR), median(c, NR), median(b, NR), median(a, NR) }
    ' "$1"
}
declare -A MED MIN SMED SMIN TURNS CONNS BEFORE AFTER
for t in "${TOOLS[@]}"; do
    read -r "MED[$t]" "MIN[$t]" "SMED[$t]" "SMIN[$t]" "TURNS[$t]" "CONNS[$t]" "BEFORE[$t]" "AFTER[$t]" \
        < <(stats "$WORK/$t.txt")
done

echo
echo "One authenticated STARTTLS send (AUTH PLAIN, certificate verified), $RUNS interleaved runs each,"
echo "${DELAY_MS} ms added each way (round trip +$((2 * DELAY_MS)) ms); TCP connect itself is not delayed."
echo "wall = process start to exit; session = proxy accept to the client's last data/FIN;"
echo "RTs = round trips (turns) the client waited for, the greeting included (it costs only the one-way"
echo "delay, the TCP connect not being delayed); other = session - (2 x turns - 1) x delay: time not"
echo "due to the injected latency (TLS, password hashing, queueing, Nagle/delayed-ACK stalls, ...);"
echo "ratio/post = median wall time / postino's."
row() { printf '%-8s %10s %8s %11s %10s %6s %9s %11s\n' "$@"; }
row "tool" "median ms" "min ms" "session ms" "sess min" "RTs" "other ms" "ratio/post"
for t in "${TOOLS[@]}"; do
    other=$(awk -v s="${SMED[$t]}" -v n="${TURNS[$t]}" -v d="$DELAY_MS" 'BEGIN { printf "%.1f", s - (2 * n - 1) * d }')
    ratio=$(awk -v a="${MED[$t]}" -v b="${MED[postino]}" 'BEGIN { printf "%.2fx", a / b }')
    turns="${TURNS[$t]}"
    [[ "${CONNS[$t]}" != 1 ]] && turns="$turns (${CONNS[$t]} conns)"
    row "$t" "${MED[$t]}" "${MIN[$t]}" "${SMED[$t]}" "${SMIN[$t]}" "$turns" "$other" "$ratio"
done
echo
echo "Outside the SMTP session (medians): before = process start to connection accepted,"
echo "after = the client's last data/FIN to process exit, wall - session = both:"
for t in "${TOOLS[@]}"; do
    awk -v n="$t" -v w="${MED[$t]}" -v s="${SMED[$t]}" -v b="${BEFORE[$t]}" -v a="${AFTER[$t]}" \
        'BEGIN { printf "  %-8s before %6.1f ms   after %6.1f ms   wall - session %6.1f ms\n", n, b, a, w - s }'
done

fastest=""
for t in swaks msmtp curl; do
    if [[ -z "$fastest" ]] || awk -v a="${MED[$t]}" -v b="${MED[$fastest]}" 'BEGIN { exit !(a < b) }'; then
        fastest=$t
    fi
done
read -r ratio verdict < <(awk -v p="${MED[postino]}" -v f="${MED[$fastest]}" -v m="$MAX_RATIO" \
    'BEGIN { r = p / f; printf "%.2f %s\n", r, (r <= m + 1e-9 ? "PASS" : "FAIL") }')
sratio=$(awk -v p="${SMED[postino]}" -v f="${SMED[$fastest]}" 'BEGIN { printf "%.2f", p / f }')

echo
echo "Proxy turn log of each tool's last run (time since accept; \"turn N\" = the client waited"
echo "for the server; clear-text SMTP verbs and replies are shown, TLS records by type and length):"
for t in "${TOOLS[@]}"; do
    echo "--- $t"
    read -r -a conns <"$WORK/conns-$t-last"
    for c in "${conns[@]}"; do
        awk -v c="$c" '$0 == "conn=" c { on = 1; next } $0 == "end conn=" c { on = 0 } on' \
            "$WORK/proxy-events.txt"
    done
done

echo
printf 'fastest peer: %s (median wall %s ms); session only (no start-up): postino / %s = %sx\n' \
    "$fastest" "${MED[$fastest]}" "$fastest" "$sratio"
printf 'postino / fastest peer = %sx  target <= %sx  %s\n' "$ratio" "$MAX_RATIO" "$verdict"
[[ "$verdict" == PASS ]] || exit 1
exit 0
