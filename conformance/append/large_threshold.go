// Between 256 and 4096 elements, growth is smooth: each step grows the old
// capacity by (cap+768)/4 until it covers the needed length, then rounds up.
package main

import "fmt"

var sink any

func main() {
	for _, c := range []int{255, 256, 300, 600, 1000, 2000, 4096, 10000} {
		s := make([]int32, c)
		t := append(s, 1)
		u := make([]uint64, c)
		v := append(u, 1)
		fmt.Printf("cap %5d: int32 -> %5d, uint64 -> %5d\n", c, cap(t), cap(v))
		sink, sink = t, v
	}
}
