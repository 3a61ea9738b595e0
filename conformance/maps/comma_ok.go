// The comma-ok form of a map index reports whether the key is present, distinguishing a
// stored zero value from a missing key, for several element kinds.
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["one"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)

	var _, ok2 = m["one"]
	fmt.Println(ok2)

	if x, found := m["missing"]; !found {
		fmt.Println("missing", x)
	}

	s := map[int]string{0: ""}
	sv, sok := s[0]
	fmt.Printf("%q %v\n", sv, sok)
	sv, sok = s[1]
	fmt.Printf("%q %v\n", sv, sok)

	p := map[int]*int{1: nil}
	pv, pok := p[1]
	fmt.Println(pv == nil, pok)
	pv, pok = p[2]
	fmt.Println(pv == nil, pok)

	i := map[string]any{"nil": nil, "n": 3}
	iv, iok := i["nil"]
	fmt.Println(iv, iok)
	iv, iok = i["n"]
	fmt.Println(iv, iok)
	iv, iok = i["none"]
	fmt.Println(iv, iok)

	var nm map[float64]bool
	bv, bok := nm[1.5]
	fmt.Println(bv, bok)

	delete(m, "zero")
	v, ok = m["zero"]
	fmt.Println(v, ok, len(m))
}
