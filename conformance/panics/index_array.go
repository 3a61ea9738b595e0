// Indexing an array with a variable index past its length panics at run time:
// index out of range [4] with length 4.
package main

func main() {
	var a [4]int
	i := 4
	a[i] = 1
}
