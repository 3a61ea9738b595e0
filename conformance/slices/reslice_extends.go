// Reslicing up to the capacity reveals elements beyond the length that were
// written earlier through another slice of the same array.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	short := s[:2]
	fmt.Println(short, len(short), cap(short))
	fmt.Println(short[:cap(short)])
	mid := s[2:3]
	fmt.Println(mid[:cap(mid)])
	s[5] = 60
	fmt.Println(mid[:4])
	empty := s[:0]
	fmt.Println(empty, empty[:6])
}
