// An out-of-range index inside a nested expression still reports the inner
// slice's length.
package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1}}
	i := 2
	fmt.Println(m["a"][i])
}
