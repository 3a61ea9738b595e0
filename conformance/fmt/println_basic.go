// fmt.Println prints every operand in its default format separated by single spaces and
// ends with a newline, for values of every basic kind.
package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println(true, false)
	fmt.Println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	fmt.Println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(4096))
	fmt.Println(0, -1, 42, 'a', byte('b'))
	fmt.Println(1.0, 2.5, -0.125, float32(0.1), 1e21, 1e-7)
	fmt.Println(complex(1, 2), complex64(complex(-1.5, 0.5)))
	fmt.Println("a", "b c", "", "d")
	fmt.Println("x", 1, "y", 2.0, true)
	fmt.Println([]int{1, 2}, [2]string{"p", "q"}, map[string]int{"k": 1}, struct{ A, B int }{1, 2})
	var e error
	var p *int
	fmt.Println(nil, e, p)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
