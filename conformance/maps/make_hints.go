// make(map) accepts any size hint: 0, small, large, a negative hint held in a variable
// and a huge one all succeed without panicking and give an empty, usable map.
package main

import "fmt"

func fill(m map[int]int, n int) bool {
	for i := 0; i < n; i++ {
		m[i] = i * 2
	}
	for i := 0; i < n; i++ {
		if m[i] != i*2 {
			return false
		}
	}
	return len(m) == n
}

func main() {
	hints := []int{0, 1, 7, 8, 9, 13, 14, 100, 1000, 100000}
	for _, h := range hints {
		m := make(map[int]int, h)
		fmt.Println(h, len(m), fill(m, 50))
	}
	neg := -5
	m := make(map[int]int, neg)
	fmt.Println("negative", len(m), fill(m, 20))
	huge := 1 << 62
	m2 := make(map[string]bool, huge)
	m2["x"] = true
	fmt.Println("huge", len(m2), m2["x"])
	var h64 int64 = -1
	m3 := make(map[int]int, h64)
	fmt.Println("int64", len(m3), fill(m3, 3))
	var h8 uint8 = 200
	m4 := make(map[[3]int]string, h8)
	m4[[3]int{1}] = "a"
	fmt.Println("uint8", len(m4), m4)
	m5 := make(map[string][]int, 0)
	fmt.Println(m5 == nil, len(m5))
	// a hint whose bucket array would not fit in the address space is treated as 0
	var mx = make(map[int]int, 1<<60)
	fmt.Println("big const hint", len(mx), fill(mx, 10))
	maxInt := int(^uint(0) >> 1)
	my := make(map[int][64]byte, maxInt)
	fmt.Println("max int hint", len(my), my[0][63])
}
