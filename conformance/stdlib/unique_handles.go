// unique (Go 1.23): Make returns equal handles for equal values of any
// comparable type and different ones for different values; Value gives the
// value back; handles are usable as map keys; collections do not break
// handles that are still held.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"unique"
)

type point struct{ x, y int }

func main() {
	a := unique.Make("gopher")
	b := unique.Make(strings.ToLower("GOPHER"))
	c := unique.Make("other")
	fmt.Println(a == b, a == c, a.Value(), c.Value())
	p := unique.Make(point{1, 2})
	q := unique.Make(point{1, 2})
	fmt.Println(p == q, p.Value())
	seen := map[unique.Handle[string]]int{}
	for _, w := range strings.Fields("a b a c b a") {
		seen[unique.Make(w)]++
	}
	fmt.Println(len(seen), seen[unique.Make("a")], seen[unique.Make("b")], seen[unique.Make("c")])
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	fmt.Println(a == unique.Make("gopher"), p == unique.Make(point{1, 2}), unique.Make(42).Value())
	var zero unique.Handle[int]
	fmt.Println(zero == unique.Make(0))
}
