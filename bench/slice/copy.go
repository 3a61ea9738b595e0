// Slice benchmark: copy between byte slices.
//
//	64k   copy a 64 KiB slice into another, many times (cache-resident)
//	256m  copy a 256 MiB slice into another a few times (memory bandwidth);
//	      bench/memcpy.c does the same steps with C's memcpy, and the
//	      harness reports goc's time against it
//
// Before copying, the source is filled by doubling copies of its first 64
// bytes, so every toolchain touches the same pages the same way.  Usage:
// <op> <scale>.
//
// bench: 64k,256m
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

func run(size, reps int) uint64 {
	src := make([]byte, size)
	dst := make([]byte, size)
	for i := 0; i < 64; i++ {
		src[i] = byte(i * 7)
	}
	for n := 64; n < size; n *= 2 {
		copy(src[n:], src[:n])
	}
	var sum uint64
	for r := 0; r < reps; r++ {
		src[r%size] = byte(r)
		copy(dst, src)
		sum += uint64(dst[(r*4099)%size]) + uint64(dst[size-1-r%size])
	}
	return sum
}

func main() {
	op := os.Args[1]
	scale := atoi(os.Args[2])
	var sum uint64
	switch op {
	case "64k":
		reps := 600000 * scale / 1000
		sum = run(64<<10, reps)
	case "256m":
		size := 256 << 20
		reps := 8
		if scale < 1000 {
			// Quick mode: a smaller slice, the same steps.
			size = 256 << 10
			reps = 2
		}
		sum = run(size, reps)
	default:
		fmt.Println("unknown op", op)
		os.Exit(2)
	}
	fmt.Println(op, sum)
}
