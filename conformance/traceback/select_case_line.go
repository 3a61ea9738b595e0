// A fault while evaluating a select case's channel is reported at that case's line,
// in a select of several cases and in one with a default.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var t *struct{ c chan int }

var c chan int

func several() {
	select {
	case <-c:
	case <-t.c:
	}
}

func withDefault() {
	select {
	case t.c <- 1:
	default:
	}
}

func faultLine(f func(), name string) {
	defer func() {
		recover()
		for i := 0; ; i++ {
			pc, file, line, ok := runtime.Caller(i)
			if !ok {
				fmt.Println(name, "not found")
				return
			}
			if strings.HasSuffix(file, "select_case_line.go") && runtime.FuncForPC(pc).Name() == "main."+name {
				fmt.Println(name, "faulted at line", line)
				return
			}
		}
	}()
	f()
}

func main() {
	faultLine(several, "several")
	faultLine(withDefault, "withDefault")
}
