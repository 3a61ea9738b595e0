// Whole program: the Mandelbrot set as a 1-bit bitmap.
//
// An n×n image of the region [-1.5, 0.5]×[-1, 1]; a point is in the set when
// 50 iterations of z = z² + c keep |z| ≤ 2.  Pixels are packed eight to a
// byte as in a PBM file; the checksum is an FNV-1a hash of the bitmap and
// the number of points inside.  Tight float loops with an early exit.
// Usage: run <scale> (scale 1000: n = 4000).
//
// bench: run
package main

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

const iterations = 50

func row(y, n int, out []byte) {
	ci := 2*float64(y)/float64(n) - 1
	for xb := range out {
		var b byte
		for k := 0; k < 8; k++ {
			x := xb*8 + k
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi := 0.0, 0.0
			in := true
			for i := 0; i < iterations; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					in = false
					break
				}
			}
			if in && x < n {
				b |= 0x80 >> uint(k)
			}
		}
		out[xb] = b
	}
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	n := 4 * scale
	if n < 64 {
		n = 64
	}
	stride := (n + 7) / 8
	bitmap := make([]byte, stride*n)
	for y := 0; y < n; y++ {
		row(y, n, bitmap[y*stride:(y+1)*stride])
	}
	h := uint64(14695981039346656037)
	inside := 0
	for _, b := range bitmap {
		h = (h ^ uint64(b)) * 1099511628211
		inside += bits.OnesCount8(b)
	}
	fmt.Printf("P4 %d %d\nhash %016x inside %d\n", n, n, h, inside)
}
