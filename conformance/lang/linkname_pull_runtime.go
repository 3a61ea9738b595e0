// A main package pulls functions of the runtime with //go:linkname, as
// widely used packages do (runtime.nanotime) and Go's own test/ does
// (runtime.sameSizeGrowForIssue69110Test): a declaration without body
// whose link name the runtime defines.
package main

import (
	"fmt"
	"maps"
	_ "unsafe"
)

//go:linkname nanotime runtime.nanotime
func nanotime() int64

//go:linkname sameSizeGrow runtime.sameSizeGrowForIssue69110Test
func sameSizeGrow(m map[int]int) bool

func main() {
	t0 := nanotime()
	t1 := nanotime()
	fmt.Println("nanotime monotonic:", t0 > 0 && t1 >= t0)

	// Go's test/fixedbugs/issue69110: deletes and inserts on a full map
	// trigger a same-size grow; cloning in that state must work.
	grown := 0
	for round := 0; round < 20; round++ {
		const ne = 4 * 13 / 2
		m := map[int]int{}
		for i := 0; i < ne; i++ {
			m[i] = i
		}
		for i := ne; i < ne+1000; i++ {
			delete(m, i-ne)
			m[i] = i
			if sameSizeGrow(m) {
				grown++
				m[-1] = -1
				c := maps.Clone(m)
				if len(c) != len(m) || c[-1] != -1 {
					fmt.Println("bad clone")
				}
				break
			}
		}
	}
	fmt.Println("same-size grows seen:", grown > 0, "of a fresh map:", sameSizeGrow(map[int]int{}))
}
