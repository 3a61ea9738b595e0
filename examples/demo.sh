#!/bin/sh
# make demo: translate examples/demo.go with goc, run it, and show some of its C.
set -e
cd "$(dirname "$0")/.."
echo "== goc run examples/demo.go"
bin/goc run examples/demo.go
echo
echo "== a few lines of the C it became (goc emit examples/demo.go)"
bin/goc emit examples/demo.go | awk '/^\/\* func main\(\) \*\//{p=1} p' | head -n 40
