// Bitwise operators &, |, ^, &^ and unary ^ on signed and unsigned integers
// (unary ^x is -x-1 for signed values, all-bits-flipped for unsigned).
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var s8 int8 = 5
	var u8 uint8 = 5
	fmt.Println(^s8, ^u8, -s8-1 == ^s8)
	var n int32 = -1
	fmt.Println(n&0xFF, n^n, n&^0xF, ^n)
	fmt.Println(popcount(0), popcount(0xFF), popcount(1<<63|1), popcount(^uint64(0)))
	x := uint16(0xABCD)
	swapped := x>>8 | x<<8
	fmt.Printf("%d %d\n", swapped, x^0xFFFF)
	// toggle, set, clear bits by position
	var flags uint32
	for _, bit := range []uint{0, 3, 5} {
		flags |= 1 << bit
	}
	flags &^= 1 << 3
	flags ^= 1 << 7
	fmt.Println(flags, flags&(1<<5) != 0, flags&(1<<3) != 0)
}
