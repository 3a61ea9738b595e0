// Capacity sequences for small odd element sizes (3, 5, 12 and 20 bytes):
// growslice rounds bytes up to a size class and divides by the element size.
package main

import "fmt"

var sink any

func seq3() []int {
	var s [][3]byte
	var caps []int
	for i := 0; i < 3000; i++ {
		s = append(s, [3]byte{byte(i)})
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	sink = s
	return caps
}

func seq5() []int {
	var s [][5]byte
	var caps []int
	for i := 0; i < 3000; i++ {
		s = append(s, [5]byte{byte(i)})
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	sink = s
	return caps
}

func seq12() []int {
	var s [][3]int32
	var caps []int
	for i := 0; i < 3000; i++ {
		s = append(s, [3]int32{int32(i)})
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	sink = s
	return caps
}

func seq20() []int {
	var s [][5]int32
	var caps []int
	for i := 0; i < 3000; i++ {
		s = append(s, [5]int32{int32(i)})
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	sink = s
	return caps
}

func main() {
	fmt.Println("3 bytes: ", seq3())
	fmt.Println("5 bytes: ", seq5())
	fmt.Println("12 bytes:", seq12())
	fmt.Println("20 bytes:", seq20())
}
