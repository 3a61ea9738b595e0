// A slice of an array has the array's remaining length as capacity, so append
// within it overwrites the array's later elements; beyond it, a copy is made.
package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[:2]
	s = append(s, 30)
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[3:]
	t = append(t, 60)
	t[0] = -4
	fmt.Println(arr, t, len(t))
	u := arr[1:3:3]
	u = append(u, 99)
	fmt.Println(arr, u)
}
