// runtime.Callers with CallersFrames walks every frame from runtime.Callers
// down to runtime.main and runtime.goexit; skip counts frames as gc does.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

//go:noinline
func show(skip int) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		loc := ""
		if strings.HasPrefix(f.Function, "main.") {
			loc = fmt.Sprintf(" %s:%d", base(f.File), f.Line)
		}
		fmt.Printf("  %s%s entry=%v\n", f.Function, loc, f.Entry != 0)
		if !more {
			break
		}
	}
}

//go:noinline
func a() { b() }

//go:noinline
func b() {
	fmt.Println("skip 1:")
	show(1)
	fmt.Println("skip 2:")
	show(2)
	fmt.Println("skip 3:")
	show(3)
}

func main() {
	a()
	fmt.Println("from a goroutine:")
	done := make(chan bool)
	go func() {
		show(1)
		done <- true
	}()
	<-done
	n := runtime.Callers(0, nil)
	fmt.Println("empty buffer:", n)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
