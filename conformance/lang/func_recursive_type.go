// A named function type may refer to itself (type State func(*M) State),
// enabling state machines where each state returns the next one.
package main

import "fmt"

type M struct {
	input []byte
	pos   int
	words []string
	cur   []byte
}

type State func(*M) State

func inSpace(m *M) State {
	for m.pos < len(m.input) && m.input[m.pos] == ' ' {
		m.pos++
	}
	if m.pos == len(m.input) {
		return nil
	}
	return inWord
}

func inWord(m *M) State {
	for m.pos < len(m.input) && m.input[m.pos] != ' ' {
		m.cur = append(m.cur, m.input[m.pos])
		m.pos++
	}
	m.words = append(m.words, string(m.cur))
	m.cur = m.cur[:0]
	return inSpace
}

type Chain func(int) (int, Chain)

func halver(n int) (int, Chain) {
	if n <= 1 {
		return n, nil
	}
	return n / 2, halver
}

func main() {
	m := &M{input: []byte("  the quick  brown fox ")}
	steps := 0
	for s := State(inSpace); s != nil; s = s(m) {
		steps++
	}
	fmt.Printf("%q %d\n", m.words, steps)
	n, next := 100, Chain(halver)
	for next != nil {
		n, next = next(n)
		fmt.Print(n, " ")
	}
	fmt.Println()
}
