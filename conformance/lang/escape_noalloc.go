// Shapes gc keeps on the stack without inlining allocate nothing in goc
// either: a local whose address is taken, pointer-receiver methods on
// locals and slice elements, closures called in place, constant-size make
// and literals of slices and small maps, variadic argument lists, new(T)
// and &T{} passed to functions that do not keep them. Each shape runs many
// times between two readings of runtime.MemStats.TotalAlloc; an escaping
// shape is the control that allocates.
package main

import (
	"fmt"
	"runtime"
)

type vec struct{ x, y, z float64 }

//go:noinline
func (v *vec) add(o *vec) { v.x += o.x; v.y += o.y; v.z += o.z }

//go:noinline
func (v *vec) norm2() float64 { return v.x*v.x + v.y*v.y + v.z*v.z }

//go:noinline
func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

//go:noinline
func sumSlice(s []int) int {
	t := 0
	for _, x := range s {
		t += x
	}
	return t
}

//go:noinline
func readVec(v *vec) float64 { return v.x + v.y + v.z }

var sink []*vec

const rounds = 20000

func allocated(f func(i int) float64) (bool, float64) {
	var before, after runtime.MemStats
	f(0)
	runtime.ReadMemStats(&before)
	r := 0.0
	for i := 0; i < rounds; i++ {
		r += f(i)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc-before.TotalAlloc >= rounds*8, r
}

func addrTaken(i int) float64 {
	v := vec{float64(i), 1, 2}
	p := &v
	p.z = 3
	return v.z + p.x
}

func methods(i int) float64 {
	a := vec{1, 2, float64(i)}
	b := vec{3, 4, 5}
	a.add(&b)
	return a.norm2()
}

func sliceElems(i int) float64 {
	var vs [4]vec
	s := vs[:]
	for j := range s {
		s[j].add(&vec{float64(j), float64(i), 1})
	}
	return s[3].norm2()
}

func closureInPlace(i int) float64 {
	k := float64(i)
	return func(x float64) float64 { return x*k + 1 }(2)
}

func makeSlice(i int) float64 {
	s := make([]int, 16)
	for j := range s {
		s[j] = i + j
	}
	return float64(sumSlice(s))
}

func sliceLit(i int) float64 {
	s := []int{i, i + 1, i + 2, 3}
	return float64(sumSlice(s))
}

func smallMap(i int) float64 {
	m := make(map[int]int)
	for j := 0; j < 8; j++ {
		m[j] = i + j
	}
	return float64(m[3] + len(m))
}

func mapLit(i int) float64 {
	m := map[string]int{"a": i, "b": 2}
	return float64(m["a"] + m["b"])
}

func variadic(i int) float64 { return float64(sum(i, 2, 3, 4)) }

func newObj(i int) float64 {
	v := new(vec)
	v.x = float64(i)
	return readVec(v)
}

func lit(i int) float64 { return readVec(&vec{float64(i), 1, 1}) }

func escaping(i int) float64 {
	v := &vec{float64(i), 0, 0}
	if len(sink) > 100 {
		sink = sink[:0]
	}
	sink = append(sink, v)
	return v.x
}

func main() {
	cases := []struct {
		name string
		f    func(int) float64
	}{
		{"address taken", addrTaken},
		{"pointer methods on locals", methods},
		{"pointer methods on slice elements", sliceElems},
		{"closure called in place", closureInPlace},
		{"make([]int, 16)", makeSlice},
		{"slice literal", sliceLit},
		{"make(map) of 8", smallMap},
		{"map literal", mapLit},
		{"variadic", variadic},
		{"new(T)", newObj},
		{"&T{}", lit},
		{"escaping (control)", escaping},
	}
	for _, c := range cases {
		a, r := allocated(c.f)
		fmt.Printf("%-35s allocates=%v result=%v\n", c.name, a, r)
	}
}
