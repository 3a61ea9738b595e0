// Whole program: k-nucleotide frequencies in a DNA sequence.
//
// A generated sequence of ACGT (words of a random vocabulary, repeated) is
// scanned for every substring of length 1, 2, 3, 4, 6, 12 and 18; counts
// live in map[string]*int looked up by string(b[i:i+k]) (gc looks such a
// key up without allocating the string) and allocated once per distinct
// substring.  Prints the sorted frequencies of lengths 1 and 2 and the
// counts of five substrings taken from the sequence.  Usage: run <scale> (scale 1000:
// 4·10⁶ bases).
//
// bench: run
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

// sequence strings together words of a small random vocabulary, so that
// long substrings recur as they do in real DNA.
func sequence(n int) []byte {
	x := uint64(0x2545F4914F6CDD1D)
	rnd := func(k uint64) uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x % k
	}
	words := make([][]byte, 40)
	for i := range words {
		w := make([]byte, 8+rnd(17))
		for j := range w {
			w[j] = "ACGGTTAC"[rnd(8)]
		}
		words[i] = w
	}
	s := make([]byte, 0, n+24)
	for len(s) < n {
		s = append(s, words[rnd(uint64(len(words)))]...)
	}
	return s[:n]
}

func count(seq []byte, k int) map[string]*int {
	m := make(map[string]*int)
	for i := 0; i+k <= len(seq); i++ {
		if p, ok := m[string(seq[i:i+k])]; ok {
			*p++
		} else {
			c := 1
			m[string(seq[i:i+k])] = &c
		}
	}
	return m
}

type freq struct {
	key string
	n   int
}

func printFreqs(seq []byte, k int) {
	m := count(seq, k)
	var fs []freq
	total := 0
	for key, p := range m {
		fs = append(fs, freq{key, *p})
		total += *p
	}
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].n != fs[j].n {
			return fs[i].n > fs[j].n
		}
		return fs[i].key < fs[j].key
	})
	for _, f := range fs {
		fmt.Printf("%s %.3f\n", f.key, 100*float64(f.n)/float64(total))
	}
	fmt.Println()
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	seq := sequence(4000 * scale)
	printFreqs(seq, 1)
	printFreqs(seq, 2)
	for _, k := range []int{3, 4, 6, 12, 18} {
		s := string(seq[777 : 777+k])
		m := count(seq, k)
		n := 0
		if p := m[s]; p != nil {
			n = *p
		}
		fmt.Printf("%d\t%s\t(%d distinct)\n", n, s, len(m))
	}
}
