// Storing past the length (even within capacity) panics: index out of range
// [3] with length 3, although cap is 10.
package main

func main() {
	s := make([]int, 3, 10)
	i := 3
	s[i] = 1
}
