// len and cap on strings, arrays, array pointers, slices and maps, including
// nil values (and nil channels), and len of a string constant being a constant.
package main

import "fmt"

var sink any

func main() {
	const s = "héllo"
	const n = len(s)
	var arr [n]int
	fmt.Println(n, len(arr), cap(arr))
	sl := make([]int, 3, 10)
	sink = sl
	fmt.Println(len(sl), cap(sl), len(sl[1:]), cap(sl[1:]), cap(sl[2:4:5]))
	var nilSl []int
	var nilMap map[int]int
	var nilCh chan int
	fmt.Println(len(nilSl), cap(nilSl), len(nilMap), len(nilCh), cap(nilCh))
	m := map[string]bool{"a": true, "b": false}
	fmt.Println(len(m))
	p := &[7]byte{}
	fmt.Println(len(p), cap(p))
	str := "abc"
	str += "de"
	fmt.Println(len(str), len([]rune("héllo")))
}
