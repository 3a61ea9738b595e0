// A slice converts to an array (copy, Go 1.20) or to an array pointer (shares
// storage, Go 1.17); a too-short slice panics (recovered here).
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(s, a)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(s, *p)
	b := [2]int(s[2:])
	fmt.Println(b)
	var empty []int
	z := [0]int(empty)
	zp := (*[0]int)(empty)
	fmt.Println(z, zp == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = [5]int(s)
}
