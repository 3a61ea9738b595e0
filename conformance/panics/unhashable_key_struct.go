// A struct key with a slice field, stored in a map[any]T, panics naming the
// struct type: hash of unhashable type main.holder.
package main

type holder struct{ s []string }

func main() {
	m := map[any]int{}
	m[holder{[]string{"x"}}] = 1
}
