#!/bin/sh
# Install the system packages goc needs when they are missing (Debian/Ubuntu).
# Quiet when everything is there. Called by `make deps` (and so by make test / make demo).
set -e
missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if command -v pkg-config >/dev/null 2>&1; then
  pkg-config --exists bdw-gc 2>/dev/null || missing="$missing libgc-dev"
  pkg-config --exists check 2>/dev/null || missing="$missing check"
  # libffi: reflect's calls built at run time (Value.Call, MakeFunc; runtime/reflect.c)
  pkg-config --exists libffi 2>/dev/null || missing="$missing libffi-dev"
else
  missing="$missing libgc-dev check libffi-dev"
fi
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
# the system's time zone database: package time's LoadLocation and time.Local
# (conformance programs run with TZ=America/New_York)
[ -e /usr/share/zoneinfo/America/New_York ] || missing="$missing tzdata"
# ccache: gen's test that goc's C units hit a caching compiler (CC="ccache cc")
command -v ccache >/dev/null 2>&1 || missing="$missing ccache"
# elfutils' libdw: the runtime reads a program's DWARF with it for tracebacks
# and runtime.Caller (runtime/symtab.c; headers to build, libdw.so.1 to run)
[ -f /usr/include/elfutils/libdw.h ] || missing="$missing libdw-dev"
# programs link statically where the archives are there (Makefile,
# runtime/goc_ldflags): libdw.a needs libbz2.a besides what libdw-dev brings
case "$(cc -print-file-name=libbz2.a 2>/dev/null)" in
/*) ;;
*) missing="$missing libbz2-dev" ;;
esac
# LLVM's linker: links those static programs in less than half GNU ld's time
command -v ld.lld >/dev/null 2>&1 || missing="$missing lld"
# clang with libFuzzer for tests/fuzz (make fuzz, part of make test)
command -v clang >/dev/null 2>&1 || missing="$missing clang"
if command -v clang >/dev/null 2>&1; then
  case "$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a)" in
  /*) ;;
  *) missing="$missing libclang-rt-14-dev" ;;
  esac
fi
# The oracle and the GOROOT whose standard-library sources goc translates:
# Go 1.23 (Debian golang-1.23-go from bookworm-backports), /usr/lib/go-1.23.
# bench-quick builds every benchmark with it; gen loads package sources from it.
go123=""
[ -x /usr/lib/go-1.23/bin/go ] || go123="golang-1.23-go"
[ -z "$missing$go123" ] && exit 0
echo "make deps: installing$missing $go123" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if [ -n "$go123" ] && ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
  # golang-1.23-go is only in bookworm-backports: add the suite once.
  . /etc/os-release
  if [ "${VERSION_CODENAME:-}" = bookworm ]; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" |
      $SUDO tee /etc/apt/sources.list.d/goc-bookworm-backports.list >/dev/null
  else
    echo "make deps: Go 1.23 is not installed and this is not Debian bookworm;" >&2
    echo "  install Go 1.23 at /usr/lib/go-1.23 (or set GOC_GOROOT and bench/run --go123)" >&2
    go123=""
  fi
fi
$SUDO apt-get update -q >/dev/null
[ -z "$missing" ] || $SUDO apt-get install -y -q $missing >/dev/null
[ -z "$go123" ] || $SUDO apt-get install -y -q -t bookworm-backports $go123 >/dev/null
