// runtime.Caller inside deferred calls: at a normal return the deferred
// function's caller is the function that deferred it (gc reports the line
// of its closing brace); while panicking it is runtime.gopanic, and the
// function that panicked is further up (main's frames and runtime.gopanic
// are printed).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func frames() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(2, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fr.Next()
		if f.Function == "runtime.main" {
			break
		}
		s := f.Function
		if strings.HasPrefix(s, "main.") {
			out = append(out, s+fmt.Sprintf(" %s:%d", base(f.File), f.Line))
		} else if s == "runtime.gopanic" {
			out = append(out, s) // the runtime's functions that raised the panic differ
		}
		if !more {
			break
		}
	}
	return out
}

//go:noinline
func normal() {
	defer func() {
		fmt.Println("normal:", frames())
	}()
	fmt.Println("body")
}

//go:noinline
func panicking() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, frames())
	}()
	var m map[int]int
	m[1] = 2
}

func main() {
	normal()
	panicking()
}
