// math/bits: Add64/Sub64 with carries and borrows, Mul64 full products, Div64 and
// Rem64, and Div64's overflow panic.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	s, c := bits.Add64(0xffffffffffffffff, 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(5, 6, 1)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d, b = bits.Sub64(10, 3, 1)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff)
	fmt.Println(hi, lo)
	hi, lo = bits.Mul64(1<<32, 1<<32)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.Rem64(5, 7, 3))
	s32, c32 := bits.Add32(0xffffffff, 0xffffffff, 1)
	fmt.Println(s32, c32)
	h32, l32 := bits.Mul32(0xffffffff, 2)
	fmt.Println(h32, l32)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(5, 0, 3)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var y uint64
		bits.Div64(0, 1, y)
	}()
}
