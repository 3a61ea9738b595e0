// Even a read from an empty map[any]T with an unhashable key panics (hash of
// unhashable type map[string]int).
package main

import "fmt"

func main() {
	m := map[any]bool{}
	var k any = map[string]int{}
	fmt.Println(m[k])
}
