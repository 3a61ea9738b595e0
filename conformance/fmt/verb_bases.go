// %b, %o, %O, %x and %X print integers in binary, octal and hexadecimal; '#' adds the
// base prefix, negative numbers keep their sign, and padding works with every base.
package main

import "fmt"

func main() {
	for _, v := range []int{0, 1, 5, 255, -255, 4096} {
		fmt.Printf("%b %o %O %x %X | %#b %#o %#x %#X\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%x %X %o %b\n", uint64(18446744073709551615), int64(-9223372036854775808), uint8(255), int8(-128))
	fmt.Printf("[%8b] [%-8x] [%08x] [%#08x] [%+x] [% x]\n", 5, 255, 255, 255, 255, 255)
	fmt.Printf("[%.4x] [%#.4x] [%10.4X]\n", 10, 10, 10)
	fmt.Printf("%x %X\n", []int{10, 11, 12}, [2]uint16{0xbeef, 0xcafe})
	fmt.Printf("%b\n", uint8(170))
	fmt.Printf("%o %#o %O\n", 8, 8, -8)
	fmt.Printf("%x %X %#x\n", uintptr(0xdead), int16(-1), uint32(0))
	fmt.Printf("%b %x\n", true, 1.0)
}
