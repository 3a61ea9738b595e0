// range over an array value iterates over a copy taken before the loop, while
// range over a slice of it (or a pointer to it) sees writes made during the loop.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println("| arr:", arr)
	arr = [4]int{1, 2, 3, 4}
	for i, v := range arr[:] {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr = [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
