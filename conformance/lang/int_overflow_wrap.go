// Signed integer arithmetic wraps around (two's complement) at every width:
// int8, int16, int32, int64 and int overflow silently on +, -, * and unary minus.
package main

import "fmt"

func main() {
	var a8 int8 = 127
	a8++
	var b8 int8 = -128
	b8--
	var m8 int8 = 100
	m8 *= 3
	var n8 int8 = -128
	n8 = -n8
	fmt.Println("int8:", a8, b8, m8, n8)

	var a16 int16 = 32767
	a16 += 2
	var m16 int16 = 300
	m16 *= 300
	var n16 int16 = -32768
	n16 = -n16
	fmt.Println("int16:", a16, m16, n16)

	var a32 int32 = 2147483647
	a32++
	var m32 int32 = 65536
	m32 *= 65536
	var k32 int32 = 123456789
	k32 *= 100
	fmt.Println("int32:", a32, m32, k32)

	var a64 int64 = 9223372036854775807
	a64++
	var m64 int64 = 1 << 62
	m64 *= 4
	var k64 int64 = 3037000500
	k64 *= k64
	fmt.Println("int64:", a64, m64, k64)

	var a int = 9223372036854775807
	a += 1
	b := -a
	fmt.Println("int:", a, b, a == b)

	// sum that overflows step by step
	var s int8
	for i := 0; i < 20; i++ {
		s += 13
	}
	fmt.Println("sum int8:", s)
}
