// Sorting a sub-slice in place reorders just that window of the shared array,
// visible through the parent slice.
package main

import "fmt"

func sortInts(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	s := []int{9, 8, 7, 6, 5, 4, 3, 2, 1}
	sortInts(s[2:7])
	fmt.Println(s)
	sortInts(s)
	fmt.Println(s)
}
