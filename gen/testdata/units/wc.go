package main

import (
	"bufio"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const banner = "word counts"

func main() {
	text := "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs 42 times!"
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			counts[w]++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w + "=" + strconv.Itoa(counts[w]) + " ")
	}
	println(banner + ": " + strings.TrimSpace(b.String()))
	n, err := strconv.Atoi("x12")
	println(n, err.Error(), strconv.Quote("héllo\n"), sort.SearchInts([]int{1, 3, 5}, 4))
}
