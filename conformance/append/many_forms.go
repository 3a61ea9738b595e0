// Multi-element append forms: newLen <= 2*oldCap doubles (below 256), newLen >
// 2*oldCap takes newLen; both are then rounded to the allocator's size class.
package main

import "fmt"

var sink any

func show(label string, s []int) {
	fmt.Println(label, s, "len", len(s), "cap", cap(s))
	sink = s
}

func main() {
	show("make(0,5)+7:", append(make([]int, 0, 5), 1, 2, 3, 4, 5, 6, 7))
	show("{1,2,3,4}+1:", append([]int{1, 2, 3, 4}, 5))
	two := []int{0, 1}
	show("len2cap2+3:", append(two, 2, 3, 4))
	show("len2cap2+2:", append(two, 2, 3))
	three := []int{1, 2, 3}
	show("len3cap3+4:", append(three, 4, 5, 6, 7))
	show("len3cap3+3:", append(three, 4, 5, 6))
	var big []int
	for i := 0; i < 300; i++ {
		big = append(big, i)
	}
	fmt.Println("big len", len(big), "cap", cap(big))
	more := append(big[:cap(big)], make([]int, 10)...)
	fmt.Println("big full+10: len", len(more), "cap", cap(more))
	huge := append(big[:cap(big)], make([]int, 2000)...)
	fmt.Println("big full+2000: len", len(huge), "cap", cap(huge))
	sink, sink = more, huge
}
