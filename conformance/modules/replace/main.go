// Modules found through replace directives (to local directories, one with
// a version): the main module and the module greet both require counter.
// Each module's go line sets its language version: counter's (go 1.21)
// loops share one variable, main's (go 1.23) do not.
package main

import (
	"fmt"

	"example.com/counter"
	"example.com/greet"
)

func main() {
	fmt.Println(greet.Hello("gopher"))
	fmt.Println(greet.Hello("again"))
	var c counter.Counter
	c.Inc()
	fmt.Println(c.N())
	for _, f := range counter.Closures() {
		fmt.Print(f(), " ")
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
