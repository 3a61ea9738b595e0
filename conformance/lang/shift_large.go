// Shift counts may exceed the operand width: a left shift or an unsigned right
// shift by >= width gives 0, a signed right shift by >= width gives 0 or -1.
package main

import "fmt"

func main() {
	counts := []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200, 1 << 40}
	var i8 int8 = -100
	var u8 uint8 = 200
	var i32 int32 = -123456
	var u32 uint32 = 0xF0F0F0F0
	var i64 int64 = -1 << 40
	var u64 uint64 = 0xFFFF0000FFFF0000
	for _, c := range counts {
		fmt.Println(c, i8<<c, i8>>c, u8<<c, u8>>c, i32<<c, i32>>c, u32<<c, u32>>c, i64<<c, i64>>c, u64<<c, u64>>c)
	}
	pos := int16(1000)
	fmt.Println(pos>>20, pos<<20, -pos>>20)
}
