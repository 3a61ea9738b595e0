// runtime/debug.PrintStack writes the calling goroutine's traceback to
// standard error, starting with runtime/debug.Stack itself; runtime.Stack
// formats it into a buffer.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type S struct{}

//go:noinline
func (S) report() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	lines := strings.Split(string(buf[:n]), "\n")
	fmt.Println(lines[0])
	fmt.Println(strings.HasPrefix(lines[1], "main.S.report("))
	fmt.Println(len(debug.Stack()) > 0)
	debug.PrintStack()
}

func main() {
	func() {
		S{}.report()
	}()
}
