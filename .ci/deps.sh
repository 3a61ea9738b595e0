#!/bin/sh
# Install the system packages goc needs when they are missing (Debian/Ubuntu).
# Quiet when everything is there. Called by `make deps` (and so by make test / make demo).
set -e
missing=""
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if command -v pkg-config >/dev/null 2>&1; then
  pkg-config --exists bdw-gc 2>/dev/null || missing="$missing libgc-dev"
  pkg-config --exists check 2>/dev/null || missing="$missing check"
else
  missing="$missing libgc-dev check"
fi
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
# clang with libFuzzer for tests/fuzz (make fuzz, part of make test)
command -v clang >/dev/null 2>&1 || missing="$missing clang"
if command -v clang >/dev/null 2>&1; then
  case "$(clang -print-file-name=libclang_rt.fuzzer-x86_64.a)" in
  /*) ;;
  *) missing="$missing libclang-rt-14-dev" ;;
  esac
fi
[ -z "$missing" ] && exit 0
echo "make deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q $missing >/dev/null
