// math/bits: RotateLeft (negative counts rotate right), Reverse, ReverseBytes.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("%08b %08b %08b\n", bits.RotateLeft8(0b10010011, 1), bits.RotateLeft8(0b10010011, -1), bits.RotateLeft8(0b10010011, 9))
	fmt.Printf("%#04x %#08x %#016x\n", bits.RotateLeft16(0x1234, 4), bits.RotateLeft32(0x12345678, -8), bits.RotateLeft64(0x0123456789abcdef, 12))
	fmt.Println(bits.RotateLeft(1, -1) == 1<<63)
	fmt.Printf("%08b %#04x %#08x %#016x\n", bits.Reverse8(0b00010011), bits.Reverse16(0x0001), bits.Reverse32(0x1), bits.Reverse64(0xf))
	fmt.Printf("%#04x %#08x %#016x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Println(bits.Reverse(1) == 1<<63, bits.ReverseBytes(0xff) == 0xff<<56)
}
