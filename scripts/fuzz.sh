#!/usr/bin/env bash
# Fuzzes the parsers with libFuzzer (clang, ASan + UBSan) and folds new coverage into the
# corpus that ctest replays in the ordinary build.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 120 s, every target
# tests/fuzz/corpus/<target>/ holds the seeds and every input that once crashed; what fuzzing
# learns is kept in build/fuzz/corpus/<target>/ for the next run. A crash leaves its input in
# build/fuzz/crashes/<target>/: fix the code, then copy that input into tests/fuzz/corpus/<target>/
# so the ctest replay keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(records dnswire mailheaders smtpreply import answers domainreport)
fi
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "needs clang and libFuzzer: apt-get install clang libclang-rt-dev (or libclang-rt-14-dev)" >&2
    exit 2
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for t in "${targets[@]}"; do
    seeds=(tests/fuzz/corpus/$t)
    case $t in import | answers) seeds+=(tests/unit/import-fixtures) ;; esac
    work=build/fuzz/corpus/$t
    crashes=build/fuzz/crashes/$t
    mkdir -p "$work" "$crashes"
    echo "== $t: ${seconds}s"
    if ! build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$work" "${seeds[@]}" 2>"build/fuzz/$t.log"; then
        echo "   crashed: see build/fuzz/$t.log and $crashes/" >&2
        status=1
        continue
    fi
    grep -E "stat::number_of_executed_units|cov:" "build/fuzz/$t.log" | tail -2
    # Keep only the inputs that add coverage.
    mkdir -p "$work.min"
    build/fuzz/tests/fuzz/fuzz_$t -merge=1 "$work.min" "$work" >/dev/null 2>&1 && rm -rf "$work" && mv "$work.min" "$work"
done
exit $status
