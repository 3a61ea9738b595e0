#!/usr/bin/env python3
# tests/fuzz/mkseeds_samesize.py — writes the map harness's same-size-grow
# seeds into tests/fuzz/corpus/map/ (run from the repository root). Each is a
# program for fuzz_map.c: kind byte, make byte, then opcodes (see its header).
import os

OUT = "tests/fuzz/corpus/map"
K_I64, K_I32, K_STR, K_F64, K_BIG = range(5)


def bulk_assign(j, n):  # op 8: assign (j + 3i) % DOM for i < n
    return bytes([8, (j >> 8) & 0x7F, j & 0xFF, n])


def fill(count):  # about count distinct keys: bulk assigns of 255 at distinct offsets
    out = b""
    j = 0
    while count > 0:
        n = min(count, 255)
        out += bulk_assign(j, n)
        j += 3 * 255
        count -= n
    return out


def churn(n, flags, seed):  # op 10 (bit 0x20 clear): n steps
    return bytes([10, n & 0xFF, ((n >> 8) & 15) | (flags << 4), seed])


def range_churning(keys, n, seed):  # op 11, mutating: a churn burst after each produced key
    return bytes([11, 1]) + bytes([0x43, n, seed]) * keys


def range_churning_long(keys, n, seed):  # the same with bursts of 16n steps (bit 7)
    return bytes([11, 1]) + bytes([0xC3, n, seed]) * keys


def verify():  # op 12 with 0x20: look every key up
    return bytes([40])  # 40 % 14 == 12, bit 0x20 set


def churns(k, seed):  # k bursts of 4095 steps (an in-place grow at B=8 takes ~15000)
    return b"".join(churn(4095, 0, seed + i) for i in range(k))


seeds = {
    # B=8 (256 buckets of 144 bytes: 36 KiB), load ~6.4: in-place same-size grows
    "seed-samesize-inplace-int64": bytes([K_I64, 1]) + fill(1650) + churns(10, 1) + verify(),
    # 16 buckets: Go's incremental same-size grow
    "seed-samesize-small-int64": bytes([K_I64, 1]) + fill(100) + churn(4095, 0, 3) + verify(),
    "seed-samesize-small-string": bytes([K_STR, 1]) + fill(100) + churn(4095, 0, 4) + verify(),
    "seed-samesize-small-big": bytes([K_BIG, 1]) + fill(50) + churn(4095, 0, 5) + verify(),
    "seed-samesize-small-float64": bytes([K_F64, 1]) + fill(100) + churn(4095, 0, 12) + verify(),
    # B=8 again, churning inside a range loop: the grow must take Go's path
    "seed-samesize-iter-int64": bytes([K_I64, 1]) + fill(1650) + churns(3, 20) + range_churning(210, 255, 7) + verify(),
    # B=8: a Go-path grow under the iterator, then (same loop) an in-place one
    "seed-samesize-iter-then-inplace-int64": bytes([K_I64, 1]) + fill(1650) + churns(3, 40)
    + range_churning_long(12, 255, 50) + verify(),
    # a small array churned under an iterator
    "seed-samesize-iter-small-int64": bytes([K_I64, 1]) + fill(100) + churn(500, 0, 8) + range_churning(100, 200, 9) + verify(),
    # map[int32]int64: 112-byte buckets, in place from B=9
    "seed-samesize-inplace-int32": bytes([K_I32, 1]) + fill(3300) + churns(15, 30) + verify(),
}
for name, data in seeds.items():
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
