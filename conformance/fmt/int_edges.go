// Integer formatting at the edges: zero, ±1, minimum and maximum values of every width,
// in every base, with precision 0 (which prints nothing for zero).
package main

import "fmt"

func main() {
	fmt.Println(int8(127), int8(-128), int16(32767), int16(-32768))
	fmt.Println(int32(2147483647), int32(-2147483648))
	fmt.Println(int64(9223372036854775807), int64(-9223372036854775808))
	fmt.Println(uint64(0), uint64(18446744073709551615), uint32(4294967295))
	fmt.Printf("%x %X %o %b\n", int64(-9223372036854775808), int64(9223372036854775807), int64(-9223372036854775808), int8(-128))
	fmt.Printf("%#x %#o %#b\n", uint64(18446744073709551615), uint64(18446744073709551615), uint8(255))
	fmt.Printf("[%.0d] [%.0x] [%5.0d] [%.1d]\n", 0, 0, 0, 0)
	fmt.Printf("%d %d %d\n", 0, -0, +0)
	x := -9223372036854775807 - 1
	fmt.Println(x, -x, x-1+1)
	var u uint = 1<<64 - 1
	fmt.Println(u, u+1)
	fmt.Printf("%+d %+d % d\n", int64(-9223372036854775808), uint64(18446744073709551615), int8(-128))
	fmt.Printf("%025d|%-25d|\n", int64(-9223372036854775808), uint64(18446744073709551615))
}
