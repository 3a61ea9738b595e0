#!/bin/sh
# tests/soak/run.sh [--gc] [--goc] — long-running memory checks through the public C ABI:
#   map_soak    10^7 insert/delete cycles on a map[int64]*T (live set 10^5)
#   slice_soak  400 rounds of a slice appended to 2-4 MB and dropped
# Each reports its peak RSS per tenth of the run and passes if the peak of
# the last tenth is at most 1.2x the peak of the first tenth.
#   --gc         also run the same loops written in Go (tests/soak/gc/) built
#                by the oracle (GOC_ORACLE, default Go 1.23), for comparison
#   --goc        also build those Go programs with goc (bin/goc): the same
#                soaks through the translator and generated code
#   SOAK_RUNS=N  run each program N times (default 1); with N > 1 only the
#                verdict lines and a pass count per program are printed
# SOAK_CYCLES / SOAK_WINDOW / SOAK_ROUNDS shorten or lengthen the runs.
# Exit status 0 iff every run of goc's soaks passed, the C ones and (with
# --goc) the translated ones; gc's are information.
set -u
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
ORACLE=${GOC_ORACLE:-/usr/lib/go-1.23/bin/go}
RUNS=${SOAK_RUNS:-1}
gc=0 viagoc=0
for a in "$@"; do
    case $a in
    --gc) gc=1 ;;
    --goc) viagoc=1 ;;
    *) echo "usage: tests/soak/run.sh [--gc] [--goc]" >&2; exit 2 ;;
    esac
done
make -s lib || exit 1
[ $viagoc = 1 ] && { make -s goc || exit 1; }
mkdir -p build/soak
GC_CFLAGS=$(pkg-config --cflags bdw-gc 2>/dev/null)
GC_LIBS=$(pkg-config --libs bdw-gc 2>/dev/null || echo -lgc)
progs="map_soak slice_soak"
for p in $progs; do
    $CC -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror $GC_CFLAGS -Iinclude \
        "tests/soak/$p.c" runtime/libgocrt.a $GC_LIBS -lpthread -lm -lffi -o "build/soak/$p" || exit 1
done
if [ $gc = 1 ]; then
    for p in map slice; do
        (cd tests/soak/gc && GOTOOLCHAIN=local "$ORACLE" build -o "../../../build/soak/${p}_soak_gc" "./$p") || exit 1
    done
    progs="$progs map_soak_gc slice_soak_gc"
fi
if [ $viagoc = 1 ]; then
    for p in map slice; do
        ./bin/goc build -o "build/soak/${p}_soak_goc" "tests/soak/gc/$p/main.go" || exit 1
    done
    progs="$progs map_soak_goc slice_soak_goc"
fi
status=0
for p in $progs; do
    pass=0
    i=0
    while [ $i -lt "$RUNS" ]; do
        i=$((i + 1))
        start=$(date +%s)
        # every program exits 1 when its verdict is FAIL
        if [ "$RUNS" -gt 1 ]; then
            "./build/soak/$p" > build/soak/$p.out
            rc=$?
            tail -1 build/soak/$p.out
        else
            "./build/soak/$p"
            rc=$?
            echo "$p: $(( $(date +%s) - start )) s"
        fi
        if [ $rc = 0 ]; then
            pass=$((pass + 1))
        else
            case $p in *_gc) ;; *) status=1 ;; esac
        fi
    done
    [ "$RUNS" -gt 1 ] && echo "$p: $pass of $RUNS runs passed"
done
exit $status
