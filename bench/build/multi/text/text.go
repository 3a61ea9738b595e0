// Package text: tokenizing, word counts, a tiny template expander.
package text

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
	Pos  int
}

// Tokenize splits s into words, numbers and punctuation.
func Tokenize(s string) []Token {
	var toks []Token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{"word", string(rs[i:j]), i})
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{"number", string(rs[i:j]), i})
			i = j
		default:
			toks = append(toks, Token{"punct", string(r), i})
			i++
		}
	}
	return toks
}

// Counts counts the words of s, case-folded.
func Counts(s string) map[string]int {
	m := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w != "" {
			m[w]++
		}
	}
	return m
}

// Top returns the n most frequent words, ties broken alphabetically.
func Top(m map[string]int, n int) []string {
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	if len(ws) > n {
		ws = ws[:n]
	}
	return ws
}

// Expand replaces {name} in tmpl by vars[name] and {name:N} by a number padded to N.
func Expand(tmpl string, vars map[string]any) (string, error) {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String(), nil
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("unclosed { at %d", i)
		}
		b.WriteString(tmpl[:i])
		name, width, _ := strings.Cut(tmpl[i+1:i+j], ":")
		v, ok := vars[name]
		if !ok {
			return "", fmt.Errorf("no variable %q", name)
		}
		s := fmt.Sprint(v)
		if width != "" {
			n, err := strconv.Atoi(width)
			if err != nil {
				return "", err
			}
			for len(s) < n {
				s = " " + s
			}
		}
		b.WriteString(s)
		tmpl = tmpl[i+j+1:]
	}
}
