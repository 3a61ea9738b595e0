// Packages are initialized in the order of the spec (Go 1.21): sorted by
// import path, each after the packages it imports, each once; within a
// package, variables in dependency order across files, then the init
// functions in the order the files are presented to the compiler.
package main

import (
	"fmt"

	"example.com/initorder/zeta"
)

var M = zeta.Trace("main.M", zeta.Z+1)

func init() { fmt.Println("main.init") }

func main() {
	fmt.Println("main", M, alphaValue())
}
