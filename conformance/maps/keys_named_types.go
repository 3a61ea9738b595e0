// Named key types (defined ints, strings, structs) are keys like their underlying types;
// in map[any] keys, a named type and its underlying type are different keys.
package main

import "fmt"

type ID int
type Name string
type Celsius float64
type Pair struct{ A, B ID }

func main() {
	m := map[ID]Name{1: "one", 2: "two"}
	var i ID = 1
	fmt.Println(m[i], m[ID(2)], m[3] == "")
	n := map[Name]ID{"x": 10}
	n[Name("y")] = 20
	s := "x"
	fmt.Println(n[Name(s)], n["y"], len(n))
	c := map[Celsius]string{-40: "cold", 100: "boil"}
	fmt.Println(c[Celsius(-40.0)], c[100])
	p := map[Pair]int{{1, 2}: 3}
	p[Pair{A: 1, B: 2}]++
	fmt.Println(p)
	a := map[any]string{ID(1): "ID", 1: "int", Name("1"): "Name", "1": "string"}
	fmt.Println(len(a), a[ID(1)], a[1], a[Name("1")], a["1"])
	type local int
	a[local(1)] = "local"
	fmt.Println(len(a), a[local(1)])
	fmt.Printf("%v %T\n", m, m)
}
