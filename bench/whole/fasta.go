// Whole program: generate DNA sequences in FASTA format.
//
// Three records, as the benchmarks game's fasta does: a repeat of a fixed
// 287-base sequence (made here by a small generator) cut into 60-column
// lines, then two records drawn base by base from cumulative probability
// tables with a linear congruential generator (IM 139968, IA 3877,
// IC 29573).  Output goes through a bufio.Writer into a writer that hashes
// it (FNV-1a) instead of a file.  Usage: run <scale> (scale 1000:
// n = 10⁷).
//
// bench: run
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

const lineWidth = 60

type hashWriter struct {
	h uint64
	n int
}

func (w *hashWriter) Write(p []byte) (int, error) {
	h := w.h
	for _, b := range p {
		h = (h ^ uint64(b)) * 1099511628211
	}
	w.h = h
	w.n += len(p)
	return len(p), nil
}

type base struct {
	c byte
	p float64
}

var iub = []base{
	{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
	{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
	{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
	{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
}

var homoSapiens = []base{
	{'a', 0.3029549426680}, {'c', 0.1979883004921},
	{'g', 0.1975473066391}, {'t', 0.3015094502008},
}

// alu is a fixed pseudo-random sequence of 287 bases.
func alu() []byte {
	s := make([]byte, 287)
	x := uint32(12345)
	for i := range s {
		x = x*1103515245 + 12345
		s[i] = "GATC"[x>>30]
	}
	return s
}

func repeatFasta(w *bufio.Writer, s []byte, n int) {
	pos := 0
	line := make([]byte, lineWidth+1)
	for n > 0 {
		m := min(n, lineWidth)
		for i := 0; i < m; i++ {
			line[i] = s[pos]
			if pos++; pos == len(s) {
				pos = 0
			}
		}
		line[m] = '\n'
		w.Write(line[:m+1])
		n -= m
	}
}

var last uint32 = 42

func random(max float64) float64 {
	const im, ia, ic = 139968, 3877, 29573
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

func randomFasta(w *bufio.Writer, table []base, n int) {
	cum := make([]float64, len(table))
	p := 0.0
	for i, b := range table {
		p += b.p
		cum[i] = p
	}
	line := make([]byte, lineWidth+1)
	for n > 0 {
		m := min(n, lineWidth)
		for i := 0; i < m; i++ {
			r := random(1)
			k := 0
			for k < len(cum)-1 && cum[k] < r {
				k++
			}
			line[i] = table[k].c
		}
		line[m] = '\n'
		w.Write(line[:m+1])
		n -= m
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	n := 10000 * scale
	out := &hashWriter{h: 14695981039346656037}
	w := bufio.NewWriter(out)
	w.WriteString(">ONE Homo sapiens alu\n")
	repeatFasta(w, alu(), 2*n)
	w.WriteString(">TWO IUB ambiguity codes\n")
	randomFasta(w, iub, 3*n)
	w.WriteString(">THREE Homo sapiens frequency\n")
	randomFasta(w, homoSapiens, 5*n)
	w.Flush()
	fmt.Printf("bytes %d hash %016x\n", out.n, out.h)
}
