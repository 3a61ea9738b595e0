// Shifts by variable counts of any integer type (signed counts allowed since
// Go 1.13); right shift of a signed value is arithmetic (sign-extending).
package main

import "fmt"

func main() {
	x := -1024
	for i := int8(0); i < 12; i += 3 {
		fmt.Println(i, x>>i, x<<i, uint(x)>>(i+54))
	}
	var s int32 = -7
	for _, n := range []uint16{1, 2, 3} {
		fmt.Println(s>>n, s<<n)
	}
	var b byte = 0x81
	var n int64 = 1
	fmt.Println(b>>n, b<<n, int8(b)>>n)
	// shift result type is the left operand's type
	var k uint8 = 1
	var cnt uint64 = 7
	r := k << cnt
	fmt.Printf("%T %v\n", r, r)
	// constant shifted by variable takes its type from context
	var sh uint = 3
	var f int64 = 1 << sh
	fmt.Printf("%T %v\n", f, f)
	// bit tricks
	v := uint32(0b1011_0000)
	lowest := v & -v
	fmt.Println(lowest, v>>4, v&(v-1))
}
