#!/bin/sh
# tests/fuzz/run.sh [SECONDS] — build the libFuzzer harnesses and run each for
# SECONDS (default 30), both at once (FUZZ_SERIAL=1: one after the other).
# Prints per harness the inputs and operations executed, then a total line
#   fuzz: N operations in M inputs, D divergences
# and exits non-zero if a harness found a divergence or crashed (its input is
# saved under build/fuzz/artifacts/). New corpus entries go to
# build/fuzz/corpus/<harness>/; the committed seeds in tests/fuzz/corpus/ are
# read, never written. Environment passes through (e.g. GOC_NOAESHASH=1 to
# fuzz the fallback hash, GOC_GCSTRESS=N); GOCGROW is cleared because the
# slice model follows the go1.22 growth rules. FUZZ_CC overrides clang.
set -eu
cd "$(dirname "$0")/../.."
secs=${1:-30}
harnesses="map slice"

command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1 || {
    echo "tests/fuzz/run.sh: ${FUZZ_CC:-clang} not found (install clang: libFuzzer ships with it)" >&2
    exit 1
}
case "$("${FUZZ_CC:-clang}" -print-file-name=libclang_rt.fuzzer-x86_64.a)" in
/*) ;;
*) echo "tests/fuzz/run.sh: libFuzzer not found (Debian: apt-get install libclang-rt-14-dev)" >&2
   exit 1 ;;
esac
make -s -j2 -f tests/fuzz/fuzz.mk

# Boehm and ASan in one process:
#  - detect_stack_use_after_return=0: with it ASan moves locals into "fake
#    stack" frames allocated on its own heap, which Boehm does not scan, so a
#    pointer held only in a local would be invisible and its object freed;
#  - detect_leaks=0: LeakSanitizer knows nothing of Boehm's heap, so malloc'd
#    blocks reachable only through collected memory would be reported, and
#    libFuzzer's own leak check (-detect_leaks) would stop on them.
# ASan never sees Boehm's objects (they are carved from Boehm's own mappings),
# so overflows inside the collected heap are caught by the model comparison,
# not by ASan; the models' own memory is malloc'd and fully checked.
ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0:${ASAN_OPTIONS:-}"
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export ASAN_OPTIONS UBSAN_OPTIONS
unset GOCGROW

mkdir -p build/fuzz/artifacts
pids=""
for h in $harnesses; do
    mkdir -p "build/fuzz/corpus/$h"
    rm -f "build/fuzz/$h.ops" "build/fuzz/$h.log"
    cmd="env FUZZ_OPS_FILE=build/fuzz/$h.ops ./build/fuzz/fuzz_$h -max_total_time=$secs -timeout=60
        -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/$h- build/fuzz/corpus/$h tests/fuzz/corpus/$h"
    if [ "${FUZZ_SERIAL:-0}" = 1 ]; then
        $cmd >"build/fuzz/$h.log" 2>&1 || true
    else
        $cmd >"build/fuzz/$h.log" 2>&1 &
        pids="$pids $!"
    fi
done
for p in $pids; do wait "$p" || true; done

total=0
inputs=0
bad=0
for h in $harnesses; do
    if [ -s "build/fuzz/$h.ops" ]; then
        read -r ops n <"build/fuzz/$h.ops"
        echo "fuzz_$h: $ops operations in $n inputs ($secs s), 0 divergences"
        total=$((total + ops))
        inputs=$((inputs + n))
    else
        bad=$((bad + 1))
        echo "fuzz_$h: FAILED — log build/fuzz/$h.log:" >&2
        grep -E 'DIVERGENCE|ERROR|runtime error|Test unit written|panic|fatal error' "build/fuzz/$h.log" | head -20 >&2 || tail -20 "build/fuzz/$h.log" >&2
    fi
done
if [ "$bad" -eq 0 ]; then
    echo "fuzz: $total operations in $inputs inputs, 0 divergences"
else
    echo "fuzz: FAILED: $bad harness(es) stopped on a divergence or crash (inputs in build/fuzz/artifacts/)"
    exit 1
fi
