// complex(r, i) builds complex64 from float32 and complex128 from float64;
// real and imag extract the parts; constant forms stay untyped.
package main

import "fmt"

func main() {
	var r32, i32 float32 = 1.5, -2
	c64 := complex(r32, i32)
	fmt.Printf("%T %v %T %v %v\n", c64, c64, real(c64), real(c64), imag(c64))
	r64, i64 := 3.0, 4.0
	c128 := complex(r64, i64)
	fmt.Printf("%T %v\n", c128, c128)
	abs2 := real(c128)*real(c128) + imag(c128)*imag(c128)
	fmt.Println(abs2)
	conj := complex(real(c128), -imag(c128))
	fmt.Println(c128 * conj)
	const k = complex(1, 2)
	var kc64 complex64 = k
	fmt.Printf("%T %v %v\n", kc64, kc64, real(k))
	fmt.Println(real(5), imag(5)) // untyped constants
	var z complex128
	fmt.Println(z, real(z) == 0)
}
