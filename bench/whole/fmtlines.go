// Whole program: 10⁶ lines formatted by fmt.
//
// Each line is one fmt.Fprintf call with a mix of verbs a report or log
// line uses (padded and plain integers, a left-aligned string, a float with
// precision, hexadecimal, %v of a struct and of a small slice, a quoted
// string, a bool), every 100th line a fmt.Sprintln as well. Two writers:
// `hash` hands every line to an io.Writer that hashes it (FNV-1a): the cost
// of fmt itself; `devnull` writes every line to /dev/null through an
// *os.File, one write system call per line as fmt.Printf to a file or
// terminal. The checksum is the hash (hash) or the byte count and a hash of
// the Sprintln lines (devnull). Usage: run hash|devnull <scale> (scale 1000:
// 10⁶ lines).
//
// bench: hash,devnull
package main

import (
	"fmt"
	"io"
	"os"
)

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

type point struct {
	X, Y int
	Tag  string
}

var names = []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: fmtlines hash|devnull <scale>")
		os.Exit(2)
	}
	scale := 0
	for _, c := range os.Args[2] {
		scale = scale*10 + int(c-'0')
	}
	n := scale * 1000
	var w io.Writer
	hw := &hashWriter{h: 14695981039346656037}
	side := &hashWriter{h: 14695981039346656037}
	switch os.Args[1] {
	case "hash":
		w = hw
	case "devnull":
		f, err := os.OpenFile("/dev/null", os.O_WRONLY, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	default:
		fmt.Fprintln(os.Stderr, "unknown writer", os.Args[1])
		os.Exit(2)
	}
	total := 0
	x := uint32(12345)
	for i := 0; i < n; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		name := names[x%uint32(len(names))]
		p := point{int(x % 1000), i % 77, name[:2]}
		m, err := fmt.Fprintf(w, "%7d %-8s %10.3f %#x %v [%d %d] %q %t\n",
			i, name, float64(x%100000)/7.0, x, p, i%10, i%3, name, x&1 == 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		total += m
		if i%100 == 0 {
			s := fmt.Sprintln(i, name, p, float64(i)/3)
			side.Write([]byte(s))
		}
	}
	if os.Args[1] == "hash" {
		fmt.Printf("%d lines %d bytes hash %016x side %016x\n", n, hw.n, hw.h, side.h)
	} else {
		fmt.Printf("%d lines %d bytes side %016x\n", n, total, side.h)
	}
}
