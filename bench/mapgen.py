#!/usr/bin/env python3
"""Write the map benchmark programs bench/map/<key>.go.

The seven key families share one shape (modelled on gc's
runtime/map_benchmark_test.go: genValues, fillMap, the AccessHit/AccessMiss/
AssignFillNoHint/AssignFillHint/Iter benchmarks), so they are generated from
one template here and committed; edit this file, run it, commit both.

Each program takes `<op> <size> <scale>` on its command line:
  op     hit | miss | assign | assignhint | delete | iter
  size   number of entries in the map
  scale  amount of work in thousandths of the full amount (1000 = full)
and prints `<op> <size> <checksum>`.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

# Per key family: Go key type, elem type, key generator body, elem
# generator body, checksum expressions, and the work table (operations per
# run at scale 1000, per op and size, calibrated so Go 1.23 takes ~0.3-0.6 s).
FAMILIES = {
    "int32": dict(
        K="int32", E="int32",
        keydecl="",
        genkey="int32(i)",
        genelem="int32(i)",
        ksum="uint64(uint32(k))",
        esum="uint64(uint32(e))",
        note="int32 keys and elems (gc: mapaccess1_fast32)",
    ),
    "int64": dict(
        K="int64", E="int64",
        keydecl="",
        genkey="int64(i)",
        genelem="int64(i)",
        ksum="uint64(k)",
        esum="uint64(e)",
        note="int64 keys and elems (gc: mapaccess1_fast64)",
    ),
    "str": dict(
        K="string", E="string",
        keydecl="",
        genkey="itoa(i)",
        genelem="itoa(i)",
        ksum="uint64(len(k))",
        esum="uint64(len(e))",
        note="short decimal string keys and elems, as strconv.Itoa makes them "
             "(gc: mapaccess1_faststr)",
    ),
    "str64": dict(
        K="string", E="int32",
        keydecl="",
        genkey="str64(i)",
        genelem="int32(i)",
        ksum="uint64(k[63])",
        esum="uint64(uint32(e))",
        note="64-byte string keys sharing a 54-byte prefix (full-length hash "
             "and compare), int32 elems",
    ),
    "struct16": dict(
        K="key16", E="int32",
        keydecl="// key16 is a 16-byte key hashed as plain memory.\n"
                 "type key16 struct {\n\ta int64\n\tb int64\n}\n\n",
        genkey="key16{int64(i), int64(i) * 7}",
        genelem="int32(i)",
        ksum="uint64(k.a) + uint64(k.b)",
        esum="uint64(uint32(e))",
        note="16-byte struct keys (gc's smallType size), int32 elems",
    ),
    "arr512": dict(
        K="[512]byte", E="int32",
        keydecl="",
        genkey=None,  # made on the fly by mk(i): a key slice would need 512 MB
        genelem="int32(i)",
        ksum="uint64(k[0]) + uint64(k[511])",
        esum="uint64(uint32(e))",
        note="512-byte array keys (gc's mediumType: stored indirectly, "
             "index written into the first 8 bytes), int32 elems",
    ),
    "ptr": dict(
        K="*int32", E="int32",
        keydecl="",
        genkey="p",
        genelem="int32(i)",
        ksum="uint64(uint32(*k))",
        esum="uint64(uint32(e))",
        note="pointer keys (*int32, one new(int32) each), int32 elems",
    ),
}

# Operations per run at full scale, by key family, op and size: calibrated
# with Go 1.23 on the development machine for ~0.3-0.6 s per run (setup
# included).  Recalibrate by scaling with measured times.
WORK = {
    "int32": {
        "hit": {6: 160_000_000, 64: 110_000_000, 65536: 25_000_000, 1000000: 13_000_000},
        "miss": {6: 100_000_000, 64: 77_000_000, 65536: 55_000_000, 1000000: 11_000_000},
        "assign": {6: 56_000_000, 64: 8_000_000, 65536: 7_500_000, 1000000: 4_000_000},
        "assignhint": {6: 56_000_000, 64: 17_000_000, 65536: 16_000_000, 1000000: 6_100_000},
        "delete": {6: 28_000_000, 64: 10_000_000, 65536: 9_500_000, 1000000: 4_300_000},
        "iter": {6: 62_000_000, 64: 80_000_000, 65536: 66_000_000, 1000000: 48_000_000},
    },
    "int64": {
        "hit": {6: 180_000_000, 64: 110_000_000, 65536: 25_000_000, 1000000: 7_500_000},
        "miss": {6: 110_000_000, 64: 80_000_000, 65536: 45_000_000, 1000000: 7_200_000},
        "assign": {6: 56_000_000, 64: 9_400_000, 65536: 9_300_000, 1000000: 3_400_000},
        "assignhint": {6: 56_000_000, 64: 20_000_000, 65536: 18_000_000, 1000000: 5_800_000},
        "delete": {6: 31_000_000, 64: 11_000_000, 65536: 8_800_000, 1000000: 2_900_000},
        "iter": {6: 62_000_000, 64: 78_000_000, 65536: 61_000_000, 1000000: 41_000_000},
    },
    "str": {
        "hit": {6: 47_000_000, 64: 56_000_000, 65536: 12_000_000, 1000000: 2_600_000},
        "miss": {6: 47_000_000, 64: 56_000_000, 65536: 12_000_000, 1000000: 2_600_000},
        "assign": {6: 38_000_000, 64: 3_000_000, 65536: 2_000_000, 1000000: 2_000_000},
        "assignhint": {6: 52_000_000, 64: 9_400_000, 65536: 6_400_000, 1000000: 3_100_000},
        "delete": {6: 22_000_000, 64: 6_400_000, 65536: 4_700_000, 1000000: 2_000_000},
        "iter": {6: 56_000_000, 64: 72_000_000, 65536: 56_000_000, 1000000: 15_000_000},
    },
    "str64": {
        "hit": {6: 110_000_000, 64: 75_000_000, 65536: 19_000_000, 1000000: 3_000_000},
        "miss": {6: 60_000_000, 64: 57_000_000, 65536: 12_000_000, 1000000: 2_000_000},
        "assign": {6: 32_000_000, 64: 3_400_000, 65536: 3_000_000, 1000000: 2_000_000},
        "assignhint": {6: 40_000_000, 64: 7_900_000, 65536: 7_500_000, 1000000: 2_500_000},
        "delete": {6: 16_000_000, 64: 7_100_000, 65536: 5_700_000, 1000000: 2_000_000},
        "iter": {6: 53_000_000, 64: 67_000_000, 65536: 45_000_000, 1000000: 4_900_000},
    },
    "struct16": {
        "hit": {6: 39_000_000, 64: 45_000_000, 65536: 12_000_000, 1000000: 2_900_000},
        "miss": {6: 48_000_000, 64: 51_000_000, 65536: 11_000_000, 1000000: 3_300_000},
        "assign": {6: 25_000_000, 64: 4_700_000, 65536: 4_200_000, 1000000: 2_100_000},
        "assignhint": {6: 38_000_000, 64: 14_000_000, 65536: 12_000_000, 1000000: 4_300_000},
        "delete": {6: 19_000_000, 64: 7_800_000, 65536: 6_900_000, 1000000: 2_000_000},
        "iter": {6: 53_000_000, 64: 78_000_000, 65536: 64_000_000, 1000000: 28_000_000},
    },
    "arr512": {
        "hit": {6: 10_000_000, 64: 8_200_000, 65536: 3_900_000, 1000000: 2_000_000},
        "miss": {6: 11_000_000, 64: 9_600_000, 65536: 5_400_000, 1000000: 2_000_000},
        "assign": {6: 2_900_000, 64: 1_300_000, 65536: 1_000_000, 1000000: 2_000_000},
        "assignhint": {6: 3_000_000, 64: 4_000_000, 65536: 2_700_000, 1000000: 2_000_000},
        "delete": {6: 3_400_000, 64: 2_800_000, 65536: 1_700_000, 1000000: 2_000_000},
        "iter": {6: 20_000_000, 64: 35_000_000, 65536: 4_400_000, 1000000: 2_000_000},
    },
    "ptr": {
        "hit": {6: 180_000_000, 64: 110_000_000, 65536: 26_000_000, 1000000: 5_300_000},
        "miss": {6: 110_000_000, 64: 78_000_000, 65536: 47_000_000, 1000000: 4_800_000},
        "assign": {6: 56_000_000, 64: 9_400_000, 65536: 6_400_000, 1000000: 2_100_000},
        "assignhint": {6: 56_000_000, 64: 20_000_000, 65536: 18_000_000, 1000000: 5_100_000},
        "delete": {6: 30_000_000, 64: 11_000_000, 65536: 8_600_000, 1000000: 2_600_000},
        "iter": {6: 60_000_000, 64: 82_000_000, 65536: 64_000_000, 1000000: 27_000_000},
    },
}
SIZES = [6, 64, 65536, 1000000]
# --quick sizes: the full ones but 10^6; arr512 keeps its quick run short.
QUICK_SIZES = {"arr512": [6, 64, 4096]}
OPS = ["hit", "miss", "assign", "assignhint", "delete", "iter"]

TEMPLATE = '''\
// Code generated by bench/mapgen.py; DO NOT EDIT.

// Map benchmark: {note}.
// Modelled on gc's runtime/map_benchmark_test.go. Usage: <op> <size> <scale>.
//
// bench: {ops} {sizes}
// bench-quick: {ops} {qsizes}
package main

import (
	"fmt"
	"os"
)

{keydecl}func atoi(s string) int {{
	n := 0
	for i := 0; i < len(s); i++ {{
		n = n*10 + int(s[i]-'0')
	}}
	return n
}}

// itoa formats i in decimal, like strconv.Itoa.
func itoa(i int) string {{
	var b [20]byte
	p := len(b)
	if i == 0 {{
		p--
		b[p] = '0'
	}}
	for i > 0 {{
		p--
		b[p] = byte('0' + i%10)
		i /= 10
	}}
	return string(b[p:])
}}

// str64 returns a 64-byte key: a fixed 54-byte prefix, then i in 10 digits.
func str64(i int) string {{
	var b [64]byte
	for j := 0; j < 54; j++ {{
		b[j] = byte('a' + j%26)
	}}
	for j := 63; j >= 54; j-- {{
		b[j] = byte('0' + i%10)
		i /= 10
	}}
	return string(b[:])
}}

{keyfuncs}
func genElems(start, end int) []{E} {{
	es := make([]{E}, 0, end-start)
	for i := start; i < end; i++ {{
		es = append(es, {genelem})
	}}
	return es
}}

func fill(ks []{K}, es []{E}) map[{K}]{E} {{
	m := make(map[{K}]{E}, len(ks))
	for i := 0; i < len(ks); i++ {{
		m[{kat_i}] = es[i]
	}}
	return m
}}

func work(op string, n int) int {{
{worktable}	return 0
}}

func main() {{
	op := os.Args[1]
	n := atoi(os.Args[2])
	total := work(op, n) / 1000 * atoi(os.Args[3])
	if total < n {{
		total = n
	}}
	var sum uint64
	switch op {{
	case "hit":
		ks := genKeys(0, n)
		m := fill(ks, genElems(0, n))
		j := 0
		for i := 0; i < total; i++ {{
			e := m[{kat_j}]
			sum += {esum}
			j++
			if j == n {{
				j = 0
			}}
		}}
	case "miss":
		m := fill(genKeys(0, n), genElems(0, n))
		ws := genKeys(n, 2*n)
		j := 0
		for i := 0; i < total; i++ {{
			e, ok := m[{wat_j}]
			if ok {{
				sum += 1000
			}}
			sum += {esum} + 1
			j++
			if j == n {{
				j = 0
			}}
		}}
	case "assign", "assignhint":
		ks := genKeys(0, n)
		es := genElems(0, n)
		for r := 0; r < total/n; r++ {{
			var m map[{K}]{E}
			if op == "assign" {{
				m = make(map[{K}]{E})
			}} else {{
				m = make(map[{K}]{E}, n)
			}}
			for j := 0; j < n; j++ {{
				m[{kat_j}] = es[j]
			}}
			sum += uint64(len(m))
		}}
	case "delete":
		ks := genKeys(0, n)
		es := genElems(0, n)
		for r := 0; r < total/n; r++ {{
			m := make(map[{K}]{E}, n)
			for j := 0; j < n; j++ {{
				m[{kat_j}] = es[j]
			}}
			for j := 0; j < n; j++ {{
				delete(m, {kat_j})
			}}
			sum += uint64(len(m)) + 1
		}}
	case "iter":
		m := fill(genKeys(0, n), genElems(0, n))
		for r := 0; r < total/n; r++ {{
			for k, e := range m {{
				sum += {ksum} + {esum}
			}}
		}}
	default:
		fmt.Println("unknown op", op)
		os.Exit(2)
	}}
	fmt.Println(op, n, sum)
}}
'''

GENKEYS = '''\
func genKeys(start, end int) []{K} {{
	ks := make([]{K}, 0, end-start)
	for i := start; i < end; i++ {{
{pre}		ks = append(ks, {genkey})
	}}
	return ks
}}
'''

# arr512: keys are made on demand from their index; genKeys returns the
# indexes so the op loops keep their shape.
ARRKEYS = '''\
// mk returns the 512-byte key for index i (i in the first 8 bytes).
func mk(i int) [512]byte {
	var k [512]byte
	for j := 0; j < 8; j++ {
		k[j] = byte(i >> (8 * j))
	}
	k[511] = byte(i)
	return k
}

func genKeys(start, end int) []int {
	ks := make([]int, 0, end-start)
	for i := start; i < end; i++ {
		ks = append(ks, i)
	}
	return ks
}
'''


def worktable(name):
    lines = []
    for op in OPS:
        for size in SIZES:
            lines.append('\tif op == "%s" && n == %d {\n\t\treturn %d\n\t}\n'
                         % (op, size, WORK[name][op][size]))
    # Sizes not in the table: scale the nearest work by size.
    lines.append('\tif n > 65536 {\n\t\treturn 4000000\n\t}\n')
    lines.append('\tif n > 64 {\n\t\treturn 8000000\n\t}\n')
    return "".join(lines)


def render(name, f):
    arr = f["genkey"] is None
    if arr:
        keyfuncs = ARRKEYS
        kat_i, kat_j, wat_j = "mk(ks[i])", "mk(ks[j])", "mk(ws[j])"
        ksslice = "[]int"
    else:
        pre = "\t\tp := new(int32)\n\t\t*p = int32(i)\n" if name == "ptr" else ""
        keyfuncs = GENKEYS.format(K=f["K"], genkey=f["genkey"], pre=pre)
        kat_i, kat_j, wat_j = "ks[i]", "ks[j]", "ws[j]"
    text = TEMPLATE.format(
        note=f["note"], ops=",".join(OPS), sizes=",".join(map(str, SIZES)),
        qsizes=",".join(map(str, QUICK_SIZES.get(name, SIZES[:-1]))),
        keydecl=f["keydecl"], keyfuncs=keyfuncs, K=f["K"], E=f["E"],
        genelem=f["genelem"], kat_i=kat_i, kat_j=kat_j, wat_j=wat_j,
        ksum=f["ksum"], esum=f["esum"], worktable=worktable(name))
    if arr:
        # fill() takes the index slice for arr512.
        text = text.replace("func fill(ks [][512]byte,", "func fill(ks []int,")
    return text


def main():
    for name, f in FAMILIES.items():
        path = os.path.join(HERE, "map", name + ".go")
        with open(path, "w") as out:
            out.write(render(name, f))


if __name__ == "__main__":
    main()
