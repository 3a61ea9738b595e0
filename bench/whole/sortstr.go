// Whole program: sort 10^6 strings with a hand-written sort.
//
// A deterministic generator makes 10^6 strings of 4-24 lower-case letters
// (many sharing prefixes); an introsort-style quicksort (median of three,
// insertion sort for short runs) orders them with Go's string comparison.
// The checksum proves the order.  Usage: run <scale>.
//
// bench: run
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

var seed uint64 = 0xD1B54A32D192ED03

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && x < a[j-1] {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}

func quicksort(a []string) {
	for len(a) > 16 {
		m := len(a) / 2
		hi := len(a) - 1
		// Median of three into a[m].
		if a[m] < a[0] {
			a[m], a[0] = a[0], a[m]
		}
		if a[hi] < a[m] {
			a[hi], a[m] = a[m], a[hi]
			if a[m] < a[0] {
				a[m], a[0] = a[0], a[m]
			}
		}
		p := a[m]
		i, j := 0, hi
		for i <= j {
			for a[i] < p {
				i++
			}
			for p < a[j] {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	insertion(a)
}

func main() {
	n := 1000000 * atoi(os.Args[2]) / 1000
	prefixes := []string{"", "pre", "prefix", "con", "inter", "trans"}
	a := make([]string, n)
	for i := range a {
		l := 4 + int(next()%21)
		b := make([]byte, 0, l+6)
		b = append(b, prefixes[next()%uint64(len(prefixes))]...)
		for len(b) < l {
			b = append(b, byte('a'+next()%26))
		}
		a[i] = string(b)
	}
	quicksort(a)
	var sum uint64
	bad := 0
	for i := 0; i < len(a); i++ {
		if i > 0 && a[i] < a[i-1] {
			bad++
		}
		if i%997 == 0 {
			for j := 0; j < len(a[i]); j++ {
				sum = sum*131 + uint64(a[i][j])
			}
		}
	}
	fmt.Println("n", n, "unsorted", bad, "first", a[0], "last", a[len(a)-1], "sum", sum)
}
