// math/bits: counts, lengths, rotations and byte reversal at every width on edge
// values, Add64/Sub64/Mul64/Div64 and the uint forms, directly and through func
// values, and Div64's divide-by-zero and overflow panics (gc's runtime errors).
package main

import (
	"fmt"
	"math/bits"
)

var words = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 0x80000000,
	0xffffffff, 0x100000000, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef,
	0xf0f0f0f0f0f0f0f0, 0x5555555555555555}

func main() {
	for _, w := range words {
		fmt.Println(w,
			bits.LeadingZeros(uint(w)), bits.LeadingZeros64(w), bits.LeadingZeros32(uint32(w)),
			bits.LeadingZeros16(uint16(w)), bits.LeadingZeros8(uint8(w)),
			bits.TrailingZeros(uint(w)), bits.TrailingZeros64(w), bits.TrailingZeros32(uint32(w)),
			bits.TrailingZeros16(uint16(w)), bits.TrailingZeros8(uint8(w)),
			bits.Len(uint(w)), bits.Len64(w), bits.Len32(uint32(w)), bits.Len16(uint16(w)), bits.Len8(uint8(w)),
			bits.OnesCount(uint(w)), bits.OnesCount64(w), bits.OnesCount32(uint32(w)),
			bits.OnesCount16(uint16(w)), bits.OnesCount8(uint8(w)))
		fmt.Printf("  %x %x %x %x\n", bits.ReverseBytes(uint(w)), bits.ReverseBytes64(w),
			bits.ReverseBytes32(uint32(w)), bits.ReverseBytes16(uint16(w)))
		for _, k := range []int{-65, -64, -9, -1, 0, 1, 7, 8, 15, 31, 33, 63, 64, 65, 1000} {
			fmt.Printf("  rot %d: %x %x %x %x %x\n", k, bits.RotateLeft(uint(w), k), bits.RotateLeft64(w, k),
				bits.RotateLeft32(uint32(w), k), bits.RotateLeft16(uint16(w), k), bits.RotateLeft8(uint8(w), k))
		}
	}
	add, sub, mul, div := bits.Add64, bits.Sub64, bits.Mul64, bits.Div64
	lz, oc, rot := bits.LeadingZeros64, bits.OnesCount64, bits.RotateLeft32
	for i, x := range words {
		y := words[(i+5)%len(words)]
		for c := uint64(0); c < 2; c++ {
			s, co := bits.Add64(x, y, c)
			s2, co2 := add(x, y, c)
			d, bo := bits.Sub64(x, y, c)
			d2, bo2 := sub(x, y, c)
			us, uc := bits.Add(uint(x), uint(y), uint(c))
			ud, ub := bits.Sub(uint(x), uint(y), uint(c))
			fmt.Println("add/sub", x, y, c, s, co, s2, co2, d, bo, d2, bo2, us, uc, ud, ub)
		}
		hi, lo := bits.Mul64(x, y)
		hi2, lo2 := mul(x, y)
		uh, ul := bits.Mul(uint(x), uint(y))
		fmt.Println("mul", hi, lo, hi2, lo2, uh, ul, lz(x), oc(x), rot(uint32(x), i-9))
		if y != 0 && x%y < y {
			q, r := bits.Div64(x%y, x, y)
			q2, r2 := div(x%y, x, y)
			uq, ur := bits.Div(uint(x%y), uint(x), uint(y))
			fmt.Println("div", q, r, q2, r2, uq, ur, bits.Rem64(x, y, y))
		}
	}
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, _ := r.(error)
			fmt.Printf("%s: %T %v %v\n", name, r, r, err != nil)
		}()
		f()
	}
	var zero, one uint64 = 0, 1
	try("Div64 by zero", func() { bits.Div64(0, 1, zero) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div64 overflow hi>y", func() { bits.Div64(one<<40, 0, one<<20) })
	try("Div by zero", func() { bits.Div(0, 1, uint(zero)) })
	try("Div64 value by zero", func() { div(0, 1, zero) })
	try("Div64 value overflow", func() { div(7, 0, 7) })
	q, r := bits.Div64(4, 0, 5)
	fmt.Println(q, r)
}
