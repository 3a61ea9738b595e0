// Whole program: a JSON-like tokenizer building slices of structs.
//
// A deterministic generator writes a ~4 MB JSON-like document (an array of
// records with strings, numbers, booleans, nulls, nested objects and
// arrays); the tokenizer scans it byte by byte into a []token (kind,
// offsets, text as a substring, numeric value), then a second pass builds a
// []record per top-level object.  Repeated several rounds.  Usage:
// run <scale>.
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

var seed uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

const (
	tBeginObj = iota
	tEndObj
	tBeginArr
	tEndArr
	tColon
	tComma
	tString
	tNumber
	tTrue
	tFalse
	tNull
)

type token struct {
	kind  int
	start int
	end   int
	text  string
	num   int64
}

type record struct {
	name   string
	fields int
	total  int64
	tags   []string
}

func itoa(i int64) string {
	neg := i < 0
	if neg {
		i = -i
	}
	var b [24]byte
	p := len(b)
	for {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

func word() string {
	n := 3 + int(next()%9)
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + next()%26)
	}
	return string(b)
}

func generate(records int) string {
	out := []byte{'['}
	for r := 0; r < records; r++ {
		if r > 0 {
			out = append(out, ',', '\n')
		}
		out = append(out, `{"id": `...)
		out = append(out, itoa(int64(r))...)
		out = append(out, `, "name": "`...)
		out = append(out, word()...)
		out = append(out, `", "score": `...)
		out = append(out, itoa(int64(next()%200000)-100000)...)
		out = append(out, `, "ok": `...)
		if next()%2 == 0 {
			out = append(out, "true"...)
		} else {
			out = append(out, "false"...)
		}
		out = append(out, `, "tags": [`...)
		nt := int(next() % 5)
		for t := 0; t < nt; t++ {
			if t > 0 {
				out = append(out, ", "...)
			}
			out = append(out, '"')
			out = append(out, word()...)
			out = append(out, '"')
		}
		out = append(out, `], "meta": {"parent": null, "depth": `...)
		out = append(out, itoa(int64(next()%10))...)
		out = append(out, "}}"...)
	}
	out = append(out, ']')
	return string(out)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t':
			i++
		case c == '{':
			toks = append(toks, token{kind: tBeginObj, start: i, end: i + 1})
			i++
		case c == '}':
			toks = append(toks, token{kind: tEndObj, start: i, end: i + 1})
			i++
		case c == '[':
			toks = append(toks, token{kind: tBeginArr, start: i, end: i + 1})
			i++
		case c == ']':
			toks = append(toks, token{kind: tEndArr, start: i, end: i + 1})
			i++
		case c == ':':
			toks = append(toks, token{kind: tColon, start: i, end: i + 1})
			i++
		case c == ',':
			toks = append(toks, token{kind: tComma, start: i, end: i + 1})
			i++
		case c == '"':
			j := i + 1
			for s[j] != '"' {
				j++
			}
			toks = append(toks, token{kind: tString, start: i, end: j + 1, text: s[i+1 : j]})
			i = j + 1
		case c == '-' || isDigit(c):
			j := i
			neg := false
			if c == '-' {
				neg = true
				j++
			}
			var v int64
			for j < len(s) && isDigit(s[j]) {
				v = v*10 + int64(s[j]-'0')
				j++
			}
			if neg {
				v = -v
			}
			toks = append(toks, token{kind: tNumber, start: i, end: j, text: s[i:j], num: v})
			i = j
		case c == 't':
			toks = append(toks, token{kind: tTrue, start: i, end: i + 4, text: s[i : i+4]})
			i += 4
		case c == 'f':
			toks = append(toks, token{kind: tFalse, start: i, end: i + 5, text: s[i : i+5]})
			i += 5
		case c == 'n':
			toks = append(toks, token{kind: tNull, start: i, end: i + 4, text: s[i : i+4]})
			i += 4
		default:
			fmt.Println("bad byte at", i)
			os.Exit(1)
		}
	}
	return toks
}

// records groups the tokens of each top-level object.
func records(toks []token) []record {
	var recs []record
	depth := 0
	var cur record
	key := ""
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tBeginObj, tBeginArr:
			depth++
			if depth == 2 {
				cur = record{}
			}
		case tEndObj, tEndArr:
			if depth == 2 {
				recs = append(recs, cur)
			}
			depth--
		case tString:
			if i+1 < len(toks) && toks[i+1].kind == tColon {
				key = t.text
				cur.fields++
			} else if key == "name" {
				cur.name = t.text
			} else if key == "tags" {
				cur.tags = append(cur.tags, t.text)
			}
		case tNumber:
			cur.total += t.num
		}
	}
	return recs
}

func main() {
	scale := atoi(os.Args[2])
	n := 40000
	rounds := 5 * scale / 1000
	if rounds < 1 {
		rounds = 1
		n = 400
	}
	doc := generate(n)
	var sum uint64
	for r := 0; r < rounds; r++ {
		toks := tokenize(doc)
		recs := records(toks)
		sum += uint64(len(toks)) + uint64(len(recs))
		for _, rec := range recs {
			sum += uint64(rec.fields) + uint64(rec.total) + uint64(len(rec.tags))
			if len(rec.name) > 0 {
				sum += uint64(rec.name[0])
			}
		}
	}
	fmt.Println("bytes", len(doc), "sum", sum)
}
