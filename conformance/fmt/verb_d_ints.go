// %d prints integers of every width in decimal, including minimum values, with sign,
// space, zero-padding, width and left-justification flags; it applies element-wise to slices.
package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d %d %d\n", int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808), -9223372036854775807-1)
	fmt.Printf("%d %d %d %d %d %d\n", uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), ^uint(0), uintptr(10))
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+d] [% d]\n", 42, 42, 42, 42, 42, -42, -42)
	fmt.Printf("[%05d] [%+05d] [% 05d] [%-05d]\n", -42, 42, 42, 42)
	fmt.Printf("[%1d] [%2d] [%20d]\n", 12345, -1, int64(-9223372036854775808))
	fmt.Printf("[%.3d] [%.0d] [%.0d] [%6.3d] [%-6.3d] [%06.3d]\n", 7, 0, 1, -7, 7, 7)
	fmt.Printf("%d %d\n", []int{1, -2, 3}, [2]uint8{4, 5})
	fmt.Printf("%3d|\n", []int{1, 22, 333})
	fmt.Printf("%d %d\n", 'A', byte('z'))
	fmt.Printf("%d\n", map[string]int{"a": 1, "b": -1})
	fmt.Printf("%d\n", struct{ A, B int }{1, 2})
	fmt.Printf("%d %d\n", true, "s")
	fmt.Printf("%d %d\n", 1.5, nil)
	type myInt int64
	fmt.Printf("%d %v %x\n", myInt(-5), myInt(5), myInt(255))
	var p *int
	fmt.Printf("%d\n", p)
}
