// Complex numbers print as (real+imag i) under every float verb, with precision, width
// and flags applied to both parts; complex64 uses float32 precision.
package main

import "fmt"

func main() {
	c := complex(1.5, -2.25)
	fmt.Println(c, complex(0, 0), complex(-1, 1), complex64(complex(0.1, 0.2)))
	fmt.Printf("%v %e %E %f %g %G\n", c, c, c, c, c, c)
	fmt.Printf("%.1f %.3e %8.2f %-8.1f| %+.1f\n", c, c, c, c, complex(1, 2))
	fmt.Printf("%#v %T %T\n", c, c, complex64(c))
	fmt.Println([]complex128{1, 1i, -1i}, map[complex64]int{1i: 1})
	fmt.Printf("%d %s\n", c, c)
	fmt.Println(real(c), imag(c), 1e20+1e-20i)
}
