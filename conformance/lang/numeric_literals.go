// Integer, float and imaginary literal forms: decimal, 0x, 0o, 0 (octal), 0b,
// digit separators, hex floats, exponents, and imaginary suffixes.
package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 052, 0b101010, 0B10_1010, 1_000_000)
	fmt.Println(1e3, 1.5e-2, .5, 1., 0x1p4, 0x1.8p1, 0X_1FFFP-16, 1_0.2_5)
	fmt.Println(3i, 0.5i, 1e2i, 0x10i, 0b11i, 0o7i)
	var i int = 1e9 // untyped float constant with integral value
	var u uint8 = 0xff
	fmt.Println(i, u, 'a', '\377')
	fmt.Printf("%T %T %T %T\n", 0x10, 0x1p1, 1i, 1e3)
}
