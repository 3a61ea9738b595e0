#!/bin/sh
# make demo: the runtime through its C ABI, then a Go program through goc.
set -e
cd "$(dirname "$0")/.."
CC=${CC:-cc}
echo "== examples/demo_abi.c: the runtime used from C"
$CC -std=gnu11 -O2 -Iinclude examples/demo_abi.c runtime/libgocrt.a \
    $(pkg-config --libs bdw-gc) -lpthread -lm -o build/demo_abi
./build/demo_abi
if [ -x bin/goc ] && [ -f examples/demo.go ]; then
  echo
  echo "== examples/demo.go through goc (goc run examples/demo.go)"
  bin/goc run examples/demo.go
  echo
  echo "== a few lines of the C it became (goc emit examples/demo.go)"
  bin/goc emit examples/demo.go > build/demo.c
  grep -n -m1 -A14 '^/\* func main' build/demo.c || head -40 build/demo.c
fi
