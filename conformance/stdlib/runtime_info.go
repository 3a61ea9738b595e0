// runtime.GOOS/GOARCH, runtime.GC, NumGoroutine in a single-goroutine program, and
// runtime.Version's "go" prefix.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var sink []byte

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH)
	fmt.Println(runtime.NumGoroutine())
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 1024)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("GC ran:", ms.NumGC > 0)
	fmt.Println("version starts with go:", strings.HasPrefix(runtime.Version(), "go"))
	fmt.Println(runtime.Compiler == "gc" || runtime.Compiler != "")
	runtime.Gosched()
	fmt.Println("after Gosched:", runtime.NumGoroutine())
}
