#!/bin/sh
# tests/sanitize/conformance.sh [conformance/run arguments...] — the whole
# conformance suite with every program compiled with ASan + UBSan and linked
# against the sanitized runtime (build/asan/libgocrt.a, the library of
# `make test-sanitize`). Any sanitizer report goes to the program's stderr,
# so it fails that program's comparison; the runner's summary line is the
# verdict. Boehm and ASan: see tests/fuzz/README.md (fake stacks and leak
# detection off, for the same reasons as in the Makefile's test-sanitize).
set -eu
cd "$(dirname "$0")/../.."
make -s goc build/asan/libgocrt.a
root=build/asan/root
mkdir -p "$root/runtime"
ln -sfn ../../../include "$root/include"
ln -sf ../../libgocrt.a "$root/runtime/libgocrt.a"
ln -sf ../../../../runtime/goc_text.ld "$root/runtime/goc_text.ld"
GOCROOT=$PWD/$root
CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0:${ASAN_OPTIONS:-}"
UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}"
export GOCROOT CFLAGS ASAN_OPTIONS UBSAN_OPTIONS
# Sanitized builds of programs importing big packages (strings, strconv, ...)
# take far longer to compile: allow them 10 minutes each.
# Failures of the tool itself (ASan with a conservative collector) are listed,
# each with its cause, in tests/sanitize/xfail.txt.
exec python3 conformance/run --timeout 600 --xfail tests/sanitize/xfail.txt "$@"
