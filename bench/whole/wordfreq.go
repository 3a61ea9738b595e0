// Whole program: word frequencies over generated text.
//
// A deterministic generator writes ~24 MB of text drawn from a 20,000-word
// vocabulary with a skewed (roughly Zipf-like) distribution; the program
// splits it into words, counts them in a map[string]int, then sorts the
// distinct words by count (hand-written sort) and checksums the ranking.
// Usage: run <scale>.
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

var seed uint64 = 88172645463325252

// next is xorshift64: the same stream under every toolchain.
func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
	"ber", "dan", "gor", "hil", "jun", "pel", "qua", "xen", "y", "z"}

func makeWord() string {
	n := 1 + int(next()%4)
	w := ""
	for i := 0; i < n; i++ {
		w += syllables[next()%uint64(len(syllables))]
	}
	return w
}

type entry struct {
	word  string
	count int
}

// less orders by count descending, then word ascending.
func less(a, b entry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func sortEntries(a []entry) {
	for len(a) > 12 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for less(a[i], p) {
				i++
			}
			for less(p, a[j]) {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			sortEntries(a[:j+1])
			a = a[i:]
		} else {
			sortEntries(a[i:])
			a = a[:j+1]
		}
	}
	for i := 1; i < len(a); i++ {
		for k := i; k > 0 && less(a[k], a[k-1]); k-- {
			a[k], a[k-1] = a[k-1], a[k]
		}
	}
}

func main() {
	words := 6000000 * atoi(os.Args[2]) / 1000
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = makeWord()
	}
	text := make([]byte, 0, 1<<20)
	for i := 0; i < words; i++ {
		// Skewed choice: small indexes are much more frequent.
		r := next()
		idx := int(r % uint64(len(vocab)))
		idx = idx * int((r>>32)%1024) / 1024
		text = append(text, vocab[idx]...)
		switch (r >> 20) % 16 {
		case 0:
			text = append(text, ',', ' ')
		case 1:
			text = append(text, '.', '\n')
		default:
			text = append(text, ' ')
		}
	}

	counts := make(map[string]int)
	start := -1
	for i := 0; i <= len(text); i++ {
		letter := i < len(text) && text[i] >= 'a' && text[i] <= 'z'
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			counts[string(text[start:i])]++
			start = -1
		}
	}

	ranking := make([]entry, 0, len(counts))
	for w, c := range counts {
		ranking = append(ranking, entry{w, c})
	}
	sortEntries(ranking)
	var sum uint64
	for i, e := range ranking {
		sum = sum*31 + uint64(e.count)*uint64(i+1) + uint64(len(e.word))
	}
	fmt.Println("words", words, "distinct", len(ranking), "top", ranking[0].word, ranking[0].count, "sum", sum)
}
