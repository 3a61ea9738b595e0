// After deleting some keys of a small map, the remaining keys still come first in turn:
// over 2000 range loops each surviving key is produced first at least once.
package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := 0; i < 8; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for _, d := range []int{0, 3, 4, 7} {
		delete(m, d)
	}
	firsts := map[int]bool{}
	for t := 0; t < 2000; t++ {
		for k := range m {
			firsts[k] = true
			break
		}
	}
	fmt.Println(len(m), len(firsts), firsts[1], firsts[2], firsts[5], firsts[6], firsts[0])
	// refill the holes with new keys
	m[10] = "x"
	m[11] = "y"
	firsts = map[int]bool{}
	for t := 0; t < 2000; t++ {
		for k := range m {
			firsts[k] = true
			break
		}
	}
	all := true
	for k := range m {
		if !firsts[k] {
			all = false
		}
	}
	fmt.Println(len(m), all)
}
