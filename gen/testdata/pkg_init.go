package main

import (
	"goctest/b"
	"goctest/a"
)

var M = a.Trace("main.M", b.Z+1)

func init() { println("main.init") }

func main() { println("main", M) }
