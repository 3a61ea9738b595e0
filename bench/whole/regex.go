// Whole program: a regular-expression workload on generated DNA.
//
// As the benchmarks game's regex-redux: FASTA headers and newlines are
// removed with one regexp, nine alternations (agggtaaa|tttaccct, ...) are
// counted over the sequence, then five substitutions of IUPAC codes are
// applied in turn with ReplaceAll; prints the counts and the lengths.
// Exercises the regexp package translated from Go's own source.
// Usage: run <scale> (scale 1000: 2·10⁶ bases).
//
// bench: run
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
)

func input(n int) []byte {
	var b bytes.Buffer
	x := uint64(88172645463325252)
	for rec := 0; rec < 3; rec++ {
		fmt.Fprintf(&b, ">SEQ%d generated\n", rec)
		for i := 0; i < n/3; i++ {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			b.WriteByte("acgtacgtacgtacgtBDHKMNRSVWY"[x%27])
			if i%60 == 59 {
				b.WriteByte('\n')
			}
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	seq := input(2000 * scale)
	n0 := len(seq)
	seq = regexp.MustCompile(">.*\n|\n").ReplaceAll(seq, nil)
	n1 := len(seq)
	for _, p := range []string{
		"agggtaaa|tttaccct",
		"[cgt]gggtaaa|tttaccc[acg]",
		"a[act]ggtaaa|tttacc[agt]t",
		"ag[act]gtaaa|tttac[agt]ct",
		"agg[act]taaa|ttta[agt]cct",
		"aggg[acg]aaa|ttt[cgt]ccct",
		"agggt[cgt]aa|tt[acg]accct",
		"agggta[cgt]a|t[acg]taccct",
		"agggtaa[cgt]|[acg]ttaccct",
	} {
		fmt.Println(p, len(regexp.MustCompile(p).FindAllIndex(seq, -1)))
	}
	for _, s := range []struct{ pat, repl string }{
		{"tHa[Nt]", "<4>"},
		{"aND|caN|Ha[DS]|WaS", "<3>"},
		{"a[NSt]|BY", "<2>"},
		{"<[^>]*>", "|"},
		{"\\|[^|][^|]*\\|", "-"},
	} {
		seq = regexp.MustCompile(s.pat).ReplaceAll(seq, []byte(s.repl))
	}
	fmt.Printf("\n%d\n%d\n%d\n", n0, n1, len(seq))
}
