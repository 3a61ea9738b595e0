// Unsigned arithmetic wraps modulo 2^n: 0-1 is the maximum value, and
// overflowing +, * and unary minus on uint8..uint64, uint and uintptr wrap.
package main

import "fmt"

func main() {
	var u8 uint8
	u8--
	var v8 uint8 = 200
	v8 += 100
	var w8 uint8 = 16
	w8 *= 17
	fmt.Println("uint8:", u8, v8, w8, -u8)

	var u16 uint16
	u16 -= 2
	var v16 uint16 = 65535
	v16 *= 65535
	fmt.Println("uint16:", u16, v16)

	var u32 uint32
	u32--
	var v32 uint32 = 1 << 31
	v32 *= 2
	fmt.Println("uint32:", u32, v32)

	var u64 uint64
	u64--
	var v64 uint64 = 1 << 63
	v64 += v64
	var x uint64 = 0xdeadbeefcafebabe
	x *= 0x100000001
	fmt.Println("uint64:", u64, v64, x)

	var u uint
	u--
	var p uintptr
	p--
	fmt.Println("uint:", u, "uintptr:", p)

	// negation of unsigned values
	var n uint32 = 5
	fmt.Println("neg:", -n, ^n, n&^1)

	// a countdown loop with unsigned wrap terminates via the wrap check
	count := 0
	for i := uint8(3); i < 10; i-- {
		count++
	}
	fmt.Println("count:", count)
}
