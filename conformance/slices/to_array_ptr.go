// Converting a slice to an array pointer (*[N]T)(s) shares the slice's backing
// array: writes through either are visible through both.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	s[2] = 300
	fmt.Println("p:", *p, "s:", s)
	q := (*[2]int)(s[3:])
	q[1] = 500
	fmt.Println("s:", s, len(q))
	var n []int
	np := (*[0]int)(n)
	fmt.Println("nil slice -> nil pointer:", np == nil)
	empty := []int{}
	ep := (*[0]int)(empty)
	fmt.Println("empty slice -> non-nil pointer:", ep != nil)
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
