// A func value as a dynamic key panics: hash of unhashable type func().
package main

func main() {
	m := map[any]int{}
	var f any = func() {}
	delete(m, f)
}
