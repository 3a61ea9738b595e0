// append(nil, x1..xn) with n > 2*oldCap (= 0) uses n itself as the new capacity,
// rounded up to a size class: the capacity for n elements of several sizes.
package main

import "fmt"

var sink any

func main() {
	for n := 1; n <= 20; n++ {
		src8 := make([]int, n)
		src1 := make([]byte, n)
		src16 := make([]string, n)
		src24 := make([][3]int64, n)
		a := append([]int(nil), src8...)
		b := append([]byte(nil), src1...)
		c := append([]string(nil), src16...)
		d := append([][3]int64(nil), src24...)
		fmt.Println(n, "int:", cap(a), "byte:", cap(b), "string:", cap(c), "[3]int64:", cap(d))
		sink, sink, sink, sink = a, b, c, d
	}
	e := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println("append(nil, 1..5):", e, len(e), cap(e))
	sink = e
}
