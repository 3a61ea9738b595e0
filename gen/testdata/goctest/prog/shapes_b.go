package main

import "goctest/shapes"

func main() {
	type local struct{ a string }
	q := []struct{ b bool }{{true}}
	println(shapes.Describe(5), local{"l"}.a, len(q))
}
