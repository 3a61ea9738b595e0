// m[k]++ and compound assignment on a nil map panic like a plain store.
package main

func main() {
	var m map[int]int
	m[1] += 2
}
