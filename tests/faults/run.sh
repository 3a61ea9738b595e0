#!/bin/sh
# tests/faults/run.sh — process-level faults, checked for gc's text and exit
# status 2 (the in-process cases are in tests/check_signal.c):
#   oom          out of memory under `ulimit -v` (1 GB of address space)
#   overflow     unbounded recursion in C on goc_main's 1 GB main stack
#   overflow64M  the same with GOC_MAXSTACK=67108864
#   recursion.go unbounded recursion in Go through bin/goc (if it is built)
# Prints one PASS/FAIL line per case with its time (60 s limit each); exit
# status 0 iff all pass.
set -u
cd "$(dirname "$0")/../.."
CC=${CC:-cc}
make -s lib || exit 1
mkdir -p build/faults
GC_CFLAGS=$(pkg-config --cflags bdw-gc 2>/dev/null)
GC_LIBS=$(pkg-config --libs bdw-gc 2>/dev/null || echo -lgc)
for p in oom overflow; do
    $CC -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Werror $GC_CFLAGS -Iinclude \
        "tests/faults/$p.c" runtime/libgocrt.a $GC_LIBS -lpthread -lm -lffi -o "build/faults/$p" || exit 1
done

fails=0
# check NAME WANT-STATUS PATTERN... -- COMMAND: run COMMAND (stderr captured), then
# require the status and every fixed-string PATTERN line in stderr.
check() {
    name=$1 want=$2
    shift 2
    pats=""
    while [ "$1" != "--" ]; do pats="$pats
$1"; shift; done
    shift
    start=$(date +%s)
    timeout 60 sh -c "$*" >build/faults/$name.out 2>build/faults/$name.err
    st=$?
    secs=$(( $(date +%s) - start ))
    ok=1
    [ "$st" -eq "$want" ] || ok=0
    printf '%s\n' "$pats" | while IFS= read -r p; do
        [ -z "$p" ] && continue
        grep -qF -- "$p" build/faults/$name.err || { echo "  missing: $p"; exit 1; }
    done || ok=0
    if [ $ok = 1 ]; then
        echo "PASS $name (status $st, ${secs} s): $(head -1 build/faults/$name.err)"
    else
        echo "FAIL $name (status $st, want $want, ${secs} s); stderr:"
        head -5 build/faults/$name.err | sed 's/^/  /'
        fails=$((fails + 1))
    fi
}

check oom 2 "fatal error: runtime: out of memory" -- "ulimit -v 1048576; exec ./build/faults/oom"
check overflow 2 "runtime: goroutine stack exceeds 1000000000-byte limit" "fatal error: stack overflow" \
    -- "exec ./build/faults/overflow"
check overflow64M 2 "runtime: goroutine stack exceeds 67108864-byte limit" "fatal error: stack overflow" \
    -- "GOC_MAXSTACK=67108864 exec ./build/faults/overflow"
if [ -x bin/goc ]; then
    check recursion.go 2 "runtime: goroutine stack exceeds 1000000000-byte limit" "fatal error: stack overflow" \
        -- "exec bin/goc run tests/faults/recursion.go"
else
    echo "SKIP recursion.go (bin/goc not built)"
fi
[ $fails -eq 0 ] && echo "faults: all passed" || echo "faults: $fails failed"
[ $fails -eq 0 ]
