// complex128 and complex64 arithmetic: +, -, *, /, ==, complex/real/imag,
// conversions between complex types, and formatting.
package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b), a == complex(1, 2), a != b)
	fmt.Printf("%T %T\n", a, real(a))
	var c64 complex64 = complex64(a)
	fmt.Printf("%T %v %T\n", c64, c64*c64, imag(c64))
	c := 2i * 2i
	fmt.Println(c, real(c))
	var x complex128
	x += 1.5
	x *= 1i
	fmt.Println(x)
	const k = (1 + 2i) * (1 - 2i)
	fmt.Println(k, real(k))
	var f float32 = 2.5
	z := complex(f, -f)
	fmt.Printf("%T %v\n", z, z)
	fmt.Println(complex128(c64) == a)
	zero := 0.0
	fmt.Println(a / complex(zero, 0))
}
