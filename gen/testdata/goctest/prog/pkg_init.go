package main

import (
	"goctest/b"
	"goctest/a"
)

var M = a.Trace("main.M", b.Z+1)

func init() { println("main.init") }

func f() {
	defer a.Recover() // recover() in a function of another package, deferred directly
	panic("boom")
}

func main() {
	f()
	println("main", M)
}
