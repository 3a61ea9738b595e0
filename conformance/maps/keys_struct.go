// Struct keys compare field by field: nested structs, string fields and float fields
// (where -0 equals +0 and NaN never matches) all take part in key equality.
package main

import "fmt"

type inner struct {
	A int8
	B string
}

type outer struct {
	In  inner
	F   float64
	Tag string
	N   [2]uint16
}

type small struct{ X, Y int }

func main() {
	ps := map[small]string{{1, 2}: "a", {2, 1}: "b", {0, 0}: "origin"}
	fmt.Println(len(ps), ps[small{1, 2}], ps[small{2, 1}], ps[small{}], ps)
	m := map[outer]int{}
	k1 := outer{inner{1, "x"}, 1.5, "t", [2]uint16{1, 2}}
	k2 := k1
	k2.In.B = "y"
	k3 := k1
	k3.N[1] = 3
	k4 := k1
	k4.Tag = ""
	m[k1] = 1
	m[k2] = 2
	m[k3] = 3
	m[k4] = 4
	fmt.Println(len(m), m[k1], m[k2], m[k3], m[k4])
	copyk := outer{In: inner{A: 1, B: "x"}, F: 1.5, Tag: "t", N: [2]uint16{1, 2}}
	m[copyk] += 10
	fmt.Println(len(m), m[k1])
	// string field with equal content but different backing
	s := []byte("xy")
	k5 := k1
	k5.In.B = string(s[1:])
	fmt.Println(m[k5] == m[k2], m[k5])
	negz := 0.0
	negz = -negz
	k6 := k1
	k6.F = 0
	m[k6] = 6
	k6.F = negz
	m[k6] = 7
	fmt.Println(len(m), m[k6])
	zero := 0.0
	k7 := k1
	k7.F = zero / zero
	m[k7] = 8
	m[k7] = 9
	_, ok := m[k7]
	fmt.Println(len(m), ok)
	type empty struct{}
	em := map[empty]int{}
	em[empty{}] = 1
	em[struct{}{}] = 2
	fmt.Println(len(em), em)
	type withBlank struct {
		A int
		_ int
		B int
	}
	bm := map[withBlank]int{{A: 1, B: 2}: 12}
	fmt.Println(bm[withBlank{A: 1, B: 2}], len(bm))
	anon := map[struct {
		a string
		b bool
	}]int{{"x", true}: 1, {"x", false}: 2}
	fmt.Println(anon[struct {
		a string
		b bool
	}{"x", false}], len(anon))
}
