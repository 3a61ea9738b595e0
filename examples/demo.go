// demo shows the slice and map behaviour goc mirrors from Go's runtime:
// append aliasing, capacity growth, map growth and randomized iteration.
package main

import "fmt"

func main() {
	// Two slices sharing one backing array: a write through one is seen by the other.
	base := make([]int, 3, 4)
	a := base[:3]
	b := base[:3]
	a[0] = 7
	fmt.Println("shared:", a, b)

	// An append within capacity writes into the shared array...
	a = append(a, 1)
	fmt.Println("within cap:", a, b[:4], "cap", cap(a))
	// ...one beyond capacity copies to a new array, and the slices part ways.
	a = append(a, 2)
	a[0] = 99
	fmt.Println("beyond cap:", a, "cap", cap(a), "| old:", b)

	// Capacity growth: doubling while small, then ~1.25x, rounded to size classes.
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Printf("len %d cap %d\n", len(s), cap(s))
			last = cap(s)
		}
	}

	// Map growth: a map doubles its buckets when it holds 6.5 entries per bucket.
	m := make(map[int]int)
	for i := 1; i <= 1<<12; i++ {
		m[i] = i * i
		if i&(i-1) == 0 {
			fmt.Println("map len", len(m))
		}
	}

	// Randomized iteration: each range over a map starts at a random place,
	// so the first key differs between runs (and between these loops).
	small := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	for i := 0; i < 5; i++ {
		for k := range small {
			fmt.Println("first key:", k)
			break
		}
	}
}
