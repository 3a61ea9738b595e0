// A failed type assertion panics with a *runtime.TypeAssertionError and panic(nil) with a
// *runtime.PanicNilError (both runtime.Errors); ReadMemStats' heap fields keep Go's invariants.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type S struct{}

func (S) String() string { return "s" }

func main() {
	var i any = 42
	defer func() {
		r := recover()
		te, ok := r.(*runtime.TypeAssertionError)
		fmt.Println(ok, te.Error())
		var re runtime.Error = te
		re.RuntimeError()
		fmt.Printf("%T %v\n", r, re)
		switch r.(type) {
		case *runtime.TypeAssertionError:
			fmt.Println("type switch ok")
		}
		func() {
			defer func() {
				r := recover()
				pe, ok := r.(*runtime.PanicNilError)
				fmt.Println(ok, pe, pe.Error())
				var target runtime.Error
				fmt.Println(errors.As(pe, &target), target)
			}()
			panic(nil)
		}()
		func() {
			defer func() {
				r := recover().(*runtime.TypeAssertionError)
				fmt.Println(r)
			}()
			_ = i.(fmt.Stringer)
		}()
		var ms, ms2 runtime.MemStats
		runtime.ReadMemStats(&ms)
		var keep [][]byte
		for k := 0; k < 100; k++ {
			keep = append(keep, make([]byte, 10000))
		}
		runtime.GC()
		runtime.ReadMemStats(&ms2)
		fmt.Println(len(keep), ms2.TotalAlloc-ms.TotalAlloc >= 1000000, ms2.NumGC > ms.NumGC, ms2.NumForcedGC-ms.NumForcedGC)
		fmt.Println(ms2.HeapInuse+ms2.HeapIdle == ms2.HeapSys, ms2.HeapReleased <= ms2.HeapIdle, ms2.HeapAlloc <= ms2.HeapInuse, ms2.Sys >= ms2.HeapSys, ms2.Alloc == ms2.HeapAlloc)
		fmt.Println(ms2.EnableGC, len(ms2.BySize), ms2.BySize[1].Size, ms2.BySize[2].Size, ms2.BySize[60].Size)
		fmt.Println(strings.HasPrefix(runtime.Version(), "go1."))
	}()
	_ = i.(string)
}
