// Maps, channels and funcs are pointer-shaped (8 bytes, pointerful): appending
// them follows the same capacity sequence as []*T (with the malloc header).
package main

import "fmt"

var sink any

func main() {
	var ms []map[int]int
	var cs []chan int
	var fs []func() int
	var mc, cc, fc []int
	for i := 0; i < 1500; i++ {
		ms = append(ms, nil)
		cs = append(cs, nil)
		fs = append(fs, nil)
		if len(mc) == 0 || mc[len(mc)-1] != cap(ms) {
			mc = append(mc, cap(ms))
		}
		if len(cc) == 0 || cc[len(cc)-1] != cap(cs) {
			cc = append(cc, cap(cs))
		}
		if len(fc) == 0 || fc[len(fc)-1] != cap(fs) {
			fc = append(fc, cap(fs))
		}
	}
	fmt.Println("[]map: ", mc)
	fmt.Println("[]chan:", cc)
	fmt.Println("[]func:", fc)
	sink, sink, sink = ms, cs, fs
}
