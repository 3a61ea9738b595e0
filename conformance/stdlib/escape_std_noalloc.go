// A local array whose slice is passed to standard functions that keep no
// pointer to it (strconv.AppendInt returns it, utf8.EncodeRune and
// bytes.IndexByte only read or write it) stays on the stack, as with gc:
// the escape analysis reads the standard packages' functions. Each shape
// runs many times between two readings of runtime.MemStats.TotalAlloc.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"unicode/utf8"
)

const rounds = 20000

func allocated(f func(i int) int) (bool, int) {
	var before, after runtime.MemStats
	f(0)
	runtime.ReadMemStats(&before)
	r := 0
	for i := 0; i < rounds; i++ {
		r += f(i)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc-before.TotalAlloc >= rounds*8, r
}

func encodeRune(i int) int {
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], rune(0x400+i%1000))
	r, _ := utf8.DecodeRune(buf[:n])
	return int(r) + n
}

func appendInt(i int) int {
	var buf [24]byte
	b := strconv.AppendInt(buf[:0], int64(i)*7919, 10)
	return len(b) + int(b[0])
}

func indexByte(i int) int {
	buf := [8]byte{1, 2, 3, 4, 5, 6, 7, byte(i)}
	return bytes.IndexByte(buf[:], byte(i%9))
}

func main() {
	for _, c := range []struct {
		name string
		f    func(int) int
	}{{"utf8.EncodeRune", encodeRune}, {"strconv.AppendInt", appendInt}, {"bytes.IndexByte", indexByte}} {
		a, r := allocated(c.f)
		fmt.Printf("%-20s allocates=%v result=%v\n", c.name, a, r)
	}
}
