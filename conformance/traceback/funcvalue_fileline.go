// A top-level function's func value points at the function: FuncForPC names it, and
// FileLine over its code gives lines of its declaration, not of other functions.
package main

import (
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
)

func hello() string { // line 12
	return "hello" // line 13
} // line 14

func twice(n int) int { return 2 * n } // line 16

func other() int { return len(hello()) + twice(3) } // line 18

func show(f interface{}, first, last int) {
	pc := reflect.ValueOf(f).Pointer()
	fn := runtime.FuncForPC(pc)
	file, _ := fn.FileLine(pc)
	inside := true
	for p := pc; runtime.FuncForPC(p) == fn; p++ {
		if _, line := fn.FileLine(p); line != 0 && (line < first || line > last) {
			inside = false
		}
	}
	fmt.Println(fn.Name(), filepath.Base(file), "lines inside the declaration:", inside)
}

func main() {
	show(hello, 12, 14)
	show(twice, 16, 16)
	show(other, 18, 18)
}
