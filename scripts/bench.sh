#!/usr/bin/env bash
# Start-up benchmark: cold start to the first painted wizard page and peak memory of
# postino, against a minimal QWizard program (tests/bench/minimal_wizard.cpp) built the
# same way (release preset, RelWithDebInfo). The two are run side by side, alternating,
# BENCH_RUNS times each (default 15), on one private Xvfb server.
#
# "Cold start" means a new process each time, in a fresh HOME with no saved profile or
# settings; the OS page cache is warm (one discarded warm-up run of each program first),
# which is the same for both programs.
#
# Targets: postino median time <= 1.5x the minimal wizard's, and median peak RSS at most
# 20 MB above it. Prints everything, then exits 1 if a target is missed (2 if the
# benchmark itself could not run).
#
# Environment: BENCH_RUNS (runs per program, default 15), BENCH_SKIP_BUILD=1 (use the
# existing binaries), BENCH_BUILD_DIR (an already configured build tree to measure
# instead of build/release).
set -euo pipefail
export LC_ALL=C # a "." decimal point in $EPOCHREALTIME and in awk

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${BENCH_RUNS:-15}"
BUILD_DIR="${BENCH_BUILD_DIR:-$ROOT/build/release}"
MAX_TIME_RATIO="1.5"
MAX_MEM_DIFF_MB="20"

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench.sh: BENCH_RUNS must be a positive integer, got '$RUNS'" >&2
    exit 2
fi

# --- Tools ------------------------------------------------------------------------------
need_pkgs=()
command -v Xvfb >/dev/null 2>&1 || need_pkgs+=(xvfb)
[[ -x /usr/bin/time ]] || need_pkgs+=(time)
if ((${#need_pkgs[@]})); then
    echo "bench.sh: installing ${need_pkgs[*]}" >&2
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# --- Build ------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    cd "$ROOT"
    # Ninja makes these no-ops when both programs are up to date.
    if [[ "$BUILD_DIR" == "$ROOT/build/release" ]]; then
        if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
            cmake --preset release
        fi
        cmake --build --preset release --target postino bench_minimal_wizard
    else
        # Another, already configured build tree (e.g. an experiment); build it the same way.
        cmake --build "$BUILD_DIR" -j 2 --target postino bench_minimal_wizard
    fi
fi
POSTINO="$BUILD_DIR/app/postino"
MINIMAL="$BUILD_DIR/tests/bench/bench_minimal_wizard"
for bin in "$POSTINO" "$MINIMAL"; do
    if [[ ! -x "$bin" ]]; then
        echo "bench.sh: missing $bin (build the release preset)" >&2
        exit 2
    fi
done

# --- One X server for the whole run -----------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/postino-bench.XXXXXX")"
XVFB_PID=""
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n "$XVFB_PID" ]]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# -displayfd lets Xvfb pick a free display number and report it once it accepts clients.
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do
    [[ -s "$WORK/display" ]] && break
    if ! kill -0 "$XVFB_PID" 2>/dev/null; then
        echo "bench.sh: Xvfb failed to start:" >&2
        cat "$WORK/xvfb.log" >&2
        exit 2
    fi
    sleep 0.1
done
if [[ ! -s "$WORK/display" ]]; then
    echo "bench.sh: Xvfb did not report a display" >&2
    exit 2
fi
DISPLAY_NUM=":$(tr -d '[:space:]' <"$WORK/display")"

# --- One measured launch ----------------------------------------------------------------
# run_once NAME BINARY N: appends "<wall us> <peak RSS kB> <CPU us>" to $WORK/NAME.txt
# Wall time runs from just before the process is started to just after it has exited (the
# first paint happens right before the exit; the exit itself is part of the cost), taken
# with bash's $EPOCHREALTIME so no extra process is started around the clock readings.
# Peak RSS is GNU time's %M. CPU time (user + system, the program and its children) is
# less sensitive to other load on the machine; it is printed for information only.
to_us() { # seconds like "0m0.012s" or "1795467511.068557" -> microseconds
    local v="$1" min=0
    if [[ "$v" =~ ^([0-9]+)m([0-9]+)\.([0-9]+)s$ ]]; then
        min=${BASH_REMATCH[1]}
        v="${BASH_REMATCH[2]}.${BASH_REMATCH[3]}"
    fi
    local sec=${v%.*} frac=${v#*.}
    frac="${frac}000000"
    echo $(((10#$min * 60 + 10#$sec) * 1000000 + 10#${frac:0:6}))
}
run_once() {
    local name="$1" bin="$2" n="$3"
    local home="$WORK/home-$name-$n"
    mkdir -p "$home/.config" "$home/.local/share" "$home/.cache" "$home/runtime"
    chmod 700 "$home/runtime"
    local res
    # The subshell's `times` reports the CPU time of its children: this one launch.
    res=$(
        t0=$EPOCHREALTIME
        env -i \
            PATH="$PATH" HOME="$home" \
            XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
            XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" \
            LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            DISPLAY="$DISPLAY_NUM" QT_QPA_PLATFORM=xcb \
            timeout 60 /usr/bin/time -f %M -o "$WORK/rss" \
            "$bin" --exit-after-first-paint >"$WORK/out" 2>&1 && rc=0 || rc=$?
        t1=$EPOCHREALTIME
        echo "$rc $t0 $t1"
        times # not in a pipe: that would run it in another subshell, with no children
    )
    local rc t0 t1 cu cs
    read -r rc t0 t1 <<<"$(head -n 1 <<<"$res")"
    read -r cu cs <<<"$(tail -n 1 <<<"$res")"
    if [[ "$rc" != 0 ]]; then
        echo "bench.sh: $name exited with status $rc:" >&2
        cat "$WORK/out" "$WORK/rss" >&2 || true
        exit 2
    fi
    local rss wall cpu
    rss=$(tail -n 1 "$WORK/rss")
    wall=$(($(to_us "$t1") - $(to_us "$t0")))
    cpu=$(($(to_us "$cu") + $(to_us "$cs")))
    echo "$wall $rss $cpu" >>"$WORK/$name.txt"
    rm -rf "$home"
}

echo "Warm-up (discarded)..."
run_once minimal "$MINIMAL" 0
run_once postino "$POSTINO" 0
: >"$WORK/minimal.txt"
: >"$WORK/postino.txt"

echo "Running $RUNS launches of each, alternating, on Xvfb $DISPLAY_NUM..."
for i in $(seq "$RUNS"); do
    # Alternate which one goes first, so neither always follows the other.
    if ((i % 2)); then
        run_once minimal "$MINIMAL" "$i"
        run_once postino "$POSTINO" "$i"
    else
        run_once postino "$POSTINO" "$i"
        run_once minimal "$MINIMAL" "$i"
    fi
done

# --- Report -----------------------------------------------------------------------------
# stats FILE -> "median_ms min_ms max_ms median_rss_MB max_rss_MB median_cpu_ms"
stats() {
    awk '
        { t[NR] = $1 / 1000.0; m[NR] = $2 / 1024.0; c[NR] = $3 / 1000.0 }
        function median(a, n,   i, j, s, tmp) {
            for (i = 1; i <= n; i++) s[i] = a[i]
            for (i = 2; i <= n; i++) { tmp = s[i]; for (j = i - 1; j >= 1 && s[j] > tmp; j--) s[j + 1] = s[j]; s[j + 1] = tmp }
            return (n % 2) ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
        }
        END {
            tmin = t[1]; tmax = t[1]; mmax = m[1]
            for (i = 2; i <= NR; i++) { if (t[i] < tmin) tmin = t[i]; if (t[i] > tmax) tmax = t[i]; if (m[i] > mmax) mmax = m[i] }
            printf "%.1f %.1f %.1f %.1f %.1f %.1f\n", median(t, NR), tmin, tmax, median(m, NR), mmax, median(c, NR)
        }' "$1"
}
read -r m_med m_min m_max m_rss m_rssmax m_cpu < <(stats "$WORK/minimal.txt")
read -r p_med p_min p_max p_rss p_rssmax p_cpu < <(stats "$WORK/postino.txt")

verdict=$(awk -v pm="$p_med" -v mm="$m_med" -v pr="$p_rss" -v mr="$m_rss" \
    -v maxr="$MAX_TIME_RATIO" -v maxd="$MAX_MEM_DIFF_MB" 'BEGIN {
        ratio = pm / mm; diff = pr - mr
        printf "%.2f %.1f %s %s\n", ratio, diff, (ratio <= maxr ? "PASS" : "FAIL"), (diff <= maxd ? "PASS" : "FAIL")
    }')
read -r ratio diff time_ok mem_ok <<<"$verdict"

echo
echo "Cold start to the first painted wizard page, process start to exit"
echo "($RUNS runs each, alternating; Xvfb 1280x900x24, QT_QPA_PLATFORM=xcb, fresh HOME, no D-Bus session)"
row() { printf '%-16s %10s %8s %8s %15s %11s %15s\n' "$@"; }
row "program" "median ms" "min ms" "max ms" "median RSS MB" "max RSS MB" "median CPU ms"
row "minimal QWizard" "$m_med" "$m_min" "$m_max" "$m_rss" "$m_rssmax" "$m_cpu"
row "postino" "$p_med" "$p_min" "$p_max" "$p_rss" "$p_rssmax" "$p_cpu"
echo
printf 'time ratio postino/minimal (medians): %sx   target <= %sx   %s\n' "$ratio" "$MAX_TIME_RATIO" "$time_ok"
printf 'CPU time ratio (medians, for information): %sx\n' "$(awk -v a="$p_cpu" -v b="$m_cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
printf 'peak RSS difference (medians):        %+.1f MB  target <= +%s MB  %s\n' "$diff" "$MAX_MEM_DIFF_MB" "$mem_ok"

if [[ "$time_ok" == PASS && "$mem_ok" == PASS ]]; then
    echo "RESULT: PASS"
    exit 0
fi
echo "RESULT: FAIL"
exit 1
