// Using an unhashable dynamic key ([]int) in a map[any]int panics: runtime
// error: hash of unhashable type []int.
package main

func main() {
	m := map[any]int{}
	var k any = []int{1}
	m[k] = 1
}
