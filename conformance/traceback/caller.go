// runtime.Caller(skip) reports the file and line of the call skip frames up,
// runtime.FuncForPC names the function as gc does: main.f, main.(*T).m,
// main.T.v, closures main.f.func1 and main.f.func1.1, generic main.G[...].
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s %s:%d", runtime.FuncForPC(pc).Name(), base(file), line)
}

type T struct{}

//go:noinline
func (t *T) m() string { return where(0) }

//go:noinline
func (t T) v() string { return where(0) }

//go:noinline
func G[X any](x X) string { return where(0) }

//go:noinline
func outer() []string {
	var out []string
	f := func() {
		out = append(out, where(0))
		g := func() { out = append(out, where(0), where(1)) }
		g()
	}
	f()
	h := func() { out = append(out, where(0)) }
	h()
	return out
}

func main() {
	fmt.Println(where(0))
	fmt.Println((&T{}).m())
	fmt.Println(T{}.v())
	fmt.Println(G(1))
	fmt.Println(G("s"))
	for _, s := range outer() {
		fmt.Println(s)
	}
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("deep:", ok)
}
