// Whole program: a brainfuck interpreter.
//
// The source is compiled to a slice of instructions (runs of + - < > are
// folded into one instruction with a count; [ and ] carry their partner's
// index; [-] becomes a clear) and run by a switch loop over a 30,000-cell
// tape.  The program run is built here: nested counting loops that fill
// cells and print a byte at the end of each outer round, hashed.
// Usage: run <scale> (scale 1000: 200 outer rounds).
//
// bench: run
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type op struct {
	kind byte // + > . , [ ] 0 (clear)
	arg  int
}

func compile(src string) []op {
	var prog []op
	var stack []int
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '+', '-', '>', '<':
			n := 0
			for ; i < len(src) && src[i] == c; i++ {
				n++
			}
			i--
			if c == '-' || c == '<' {
				n = -n
				c += 2 // '-' → '/', '<' → '>'
				if c == '/' {
					c = '+'
				}
			}
			if k := len(prog) - 1; k >= 0 && prog[k].kind == c {
				prog[k].arg += n
			} else {
				prog = append(prog, op{c, n})
			}
		case '[':
			if strings.HasPrefix(src[i:], "[-]") {
				prog = append(prog, op{'0', 0})
				i += 2
				continue
			}
			stack = append(stack, len(prog))
			prog = append(prog, op{'[', 0})
		case ']':
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			prog[open].arg = len(prog)
			prog = append(prog, op{']', open})
		case '.', ',':
			prog = append(prog, op{c, 0})
		}
	}
	return prog
}

func run(prog []op, out func(byte)) {
	tape := make([]byte, 30000)
	p := 0
	for pc := 0; pc < len(prog); pc++ {
		switch o := prog[pc]; o.kind {
		case '+':
			tape[p] += byte(o.arg)
		case '>':
			p += o.arg
		case '0':
			tape[p] = 0
		case '[':
			if tape[p] == 0 {
				pc = o.arg
			}
		case ']':
			if tape[p] != 0 {
				pc = o.arg
			}
		case '.':
			out(tape[p])
		case ',':
			tape[p] = 0
		}
	}
}

// source: cell 0 counts outer rounds; each round runs three nested loops
// of 250 and 250 and 4 steps that add into cells 4..6, then prints cell 5.
func source(rounds int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat("+", rounds))
	b.WriteString("[>" + strings.Repeat("+", 250) + "[>" + strings.Repeat("+", 250) +
		"[>++++[>+>++>+++<<<-]<-]<-]>>>>.<<<<<-]")
	return b.String()
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	rounds := 200 * scale / 1000
	if rounds < 1 {
		rounds = 1
	}
	prog := compile(source(rounds))
	h, n := uint64(14695981039346656037), 0
	run(prog, func(c byte) {
		h = (h ^ uint64(c)) * 1099511628211
		n++
	})
	fmt.Printf("ops %d output %d hash %016x\n", len(prog), n, h)
}
