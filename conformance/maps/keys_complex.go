// complex64 and complex128 keys compare both parts by value; a NaN in either part
// makes a key that is never found again.
package main

import "fmt"

func main() {
	m := map[complex128]string{1 + 2i: "a", 1 - 2i: "b", 2 + 1i: "c", 0: "zero", 1i: "i"}
	fmt.Println(len(m), m[1+2i], m[complex(1, -2)], m[2+1i], m[0], m[1i])
	fmt.Println(m)
	_, ok := m[1+3i]
	fmt.Println(ok)
	zero := 0.0
	nan := zero / zero
	m[complex(nan, 0)] = "nan1"
	m[complex(nan, 0)] = "nan1"
	m[complex(0, nan)] = "nan2"
	_, ok = m[complex(nan, 0)]
	fmt.Println(len(m), ok)
	delete(m, complex(0, nan))
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
	c64 := map[complex64]int{}
	for i := 0; i < 10; i++ {
		c64[complex(float32(i), float32(-i))] = i
	}
	good := 0
	for i := 0; i < 10; i++ {
		if c64[complex(float32(i), float32(-i))] == i {
			good++
		}
	}
	fmt.Println(len(c64), good, c64)
}
