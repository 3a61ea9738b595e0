// Assigning to an entry of a nil map panics: assignment to entry in nil map
// (a plain error, no "runtime error:" prefix); reading it is fine.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	m["x"] = 1
}
