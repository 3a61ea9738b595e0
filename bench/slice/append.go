// Slice benchmark: growing slices with append.
//
//	int  <len>  append ints one at a time to a nil []int until it holds len
//	ptr  <len>  the same with a pointerful element type ([]*int)
//	many <len>  append(s, chunk...) with 100-element chunks until len
//
// Each round starts again from nil, so the run measures growslice, the
// allocator and the copying of the old contents.  Usage: <op> <len> <scale>.
//
// bench: int,ptr,many 1000,1000000
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

func main() {
	op := os.Args[1]
	n := atoi(os.Args[2])
	// Elements appended per run at full scale.
	total := 150000000
	switch {
	case op == "int" && n >= 1000000:
		total = 40000000
	case op == "ptr" && n >= 1000000:
		total = 10000000
	case op == "ptr":
		total = 50000000
	case op == "many" && n >= 1000000:
		total = 40000000
	case op == "many":
		total = 100000000
	}
	total = total / 1000 * atoi(os.Args[3])
	rounds := total / n
	if rounds < 1 {
		rounds = 1
	}
	var sum uint64
	switch op {
	case "int":
		for r := 0; r < rounds; r++ {
			var s []int
			for i := 0; i < n; i++ {
				s = append(s, i+r)
			}
			sum += uint64(s[n-1]) + uint64(cap(s))
		}
	case "ptr":
		pool := make([]*int, 1024)
		for i := range pool {
			p := new(int)
			*p = i
			pool[i] = p
		}
		for r := 0; r < rounds; r++ {
			var s []*int
			for i := 0; i < n; i++ {
				s = append(s, pool[(i+r)&1023])
			}
			sum += uint64(*s[n-1]) + uint64(*s[n/2]) + uint64(cap(s))
		}
	case "many":
		chunk := make([]int, 100)
		for i := range chunk {
			chunk[i] = i
		}
		for r := 0; r < rounds; r++ {
			var s []int
			for len(s) < n {
				chunk[0] = len(s) + r
				s = append(s, chunk...)
			}
			sum += uint64(s[len(s)-100]) + uint64(len(s)) + uint64(cap(s))
		}
	default:
		fmt.Println("unknown op", op)
		os.Exit(2)
	}
	fmt.Println(op, n, sum)
}
