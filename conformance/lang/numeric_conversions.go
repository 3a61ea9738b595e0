// Conversions between integer types truncate to the target width and
// reinterpret the sign; widening sign-extends signed and zero-extends unsigned.
package main

import "fmt"

func main() {
	var i int = -1
	fmt.Println(int8(i), int16(i), int32(i), int64(i), uint8(i), uint16(i), uint32(i), uint64(i))
	var big int64 = 0x1234_5678_9ABC_DEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	var s8 int8 = -2
	fmt.Println(uint8(s8), uint16(s8), uint32(s8), uint64(s8), int64(s8))
	var u8 uint8 = 254
	fmt.Println(int8(u8), int16(u8), int32(u8), int64(u8))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)))
	// integer <-> float
	fmt.Println(float32(s8), float64(u32), float64(int32(u32)))
	// float64 <-> float32
	d := 0.1
	f := float32(d)
	fmt.Println(f, float64(f), float64(f) == d)
	// rune and byte are aliases
	var r rune = 0x1F600
	var b byte = 'A'
	fmt.Printf("%T %T %v %v %v\n", r, b, int32(r) == r, uint8(b) == b, byte(r))
	// conversion chain
	m128, p200, m1 := int8(-128), uint8(200), int8(-1)
	fmt.Println(uint8(m128), int8(p200), uint16(m1))
}
