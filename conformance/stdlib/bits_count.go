// math/bits: OnesCount, LeadingZeros, TrailingZeros and Len at every width.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 2, 255, 256, 0x8000000000000000, 0xffffffffffffffff, 0x0123456789abcdef} {
		fmt.Println(x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	fmt.Println(bits.OnesCount8(0xf0), bits.LeadingZeros8(1), bits.TrailingZeros8(0), bits.Len8(0x80))
	fmt.Println(bits.OnesCount16(0xffff), bits.LeadingZeros16(0x00ff), bits.TrailingZeros16(0x100), bits.Len16(3))
	fmt.Println(bits.OnesCount32(0xdeadbeef), bits.LeadingZeros32(1), bits.TrailingZeros32(0), bits.Len32(1<<31))
	fmt.Println(bits.OnesCount(7), bits.LeadingZeros(1), bits.TrailingZeros(8), bits.Len(1023), bits.UintSize)
}
