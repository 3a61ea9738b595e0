// Whole program: the spectral norm of an infinite matrix, by power iteration.
//
// A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to n×n; ten rounds of
// v = AᵀA u, u = AᵀA v, then sqrt(u·v / v·v).  Pure floating-point loops
// over slices: division, multiply-add, bounds checks.  Usage: run <scale>
// (scale 1000: n = 4000).
//
// bench: run
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func a(i, j int) float64 {
	return 1 / float64((i+j)*(i+j+1)/2+i+1)
}

// mulAv sets out = A·v.
func mulAv(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(i, j) * x
		}
		out[i] = s
	}
}

// mulAtv sets out = Aᵀ·v.
func mulAtv(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(j, i) * x
		}
		out[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	n := 4 * scale
	if n < 10 {
		n = 10
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i, x := range v {
		vBv += u[i] * x
		vv += x * x
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
