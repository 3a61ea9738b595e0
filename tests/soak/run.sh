#!/bin/sh
# tests/soak/run.sh — long-running memory checks through the public C ABI:
#   map_soak    10^7 insert/delete cycles on a map[int64]*T (live set 10^5)
#   slice_soak  400 rounds of a slice appended to 2-4 MB and dropped
# Each samples its RSS ten times and passes if the final RSS is at most 1.2x
# the first sample; the figures are printed. Exit status 0 iff both pass.
# SOAK_CYCLES / SOAK_WINDOW / SOAK_ROUNDS shorten or lengthen the runs.
set -u
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
make -s lib || exit 1
mkdir -p build/soak
GC_CFLAGS=$(pkg-config --cflags bdw-gc 2>/dev/null)
GC_LIBS=$(pkg-config --libs bdw-gc 2>/dev/null || echo -lgc)
status=0
for p in map_soak slice_soak; do
    $CC -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror $GC_CFLAGS -Iinclude \
        "tests/soak/$p.c" runtime/libgocrt.a $GC_LIBS -lpthread -lm -o "build/soak/$p" || exit 1
done
for p in map_soak slice_soak; do
    start=$(date +%s)
    "./build/soak/$p" || status=1
    echo "$p: $(( $(date +%s) - start )) s"
done
exit $status
