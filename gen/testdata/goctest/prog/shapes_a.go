package main

import "goctest/shapes"

func main() {
	p := struct{ x, y int }{1, 2}
	var s interface{ String() string }
	println(p.x+p.y, s == nil, shapes.Describe(4))
}
