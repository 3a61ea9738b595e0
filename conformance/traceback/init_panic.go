// A panic during package initialization: the frames of init functions are
// main.init.0, main.init.1, ... in declaration order.
package main

var table = map[string]int{"a": 1}

func init() {
	table["b"] = 2
}

func init() {
	lookup("c")
}

//go:noinline
func lookup(k string) int {
	v, ok := table[k]
	if !ok {
		panic("missing " + k)
	}
	return v
}

func main() {
	println("unreachable")
}
