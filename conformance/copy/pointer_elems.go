// copy of a []*T copies the pointers, so both slices share pointees; copy of a
// []T copies the values, so the slices are independent afterwards.
package main

import "fmt"

type box struct{ v int }

func main() {
	src := []*box{{1}, {2}}
	dst := make([]*box, 2)
	copy(dst, src)
	dst[0].v = 10
	dst[1] = &box{20}
	fmt.Println(src[0].v, src[1].v, dst[0].v, dst[1].v)

	vs := []box{{1}, {2}}
	vd := make([]box, 2)
	copy(vd, vs)
	vd[0].v = 10
	fmt.Println(vs, vd)
}
