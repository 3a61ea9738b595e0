// Elements larger than 128 bytes (stored indirectly) are copied in and out by value:
// modifying a copy does not change the map until it is stored back.
package main

import "fmt"

type big [40]int64

func main() {
	m := map[string]big{}
	for i := 0; i < 300; i++ {
		var v big
		for j := range v {
			v[j] = int64(i*100 + j)
		}
		m[fmt.Sprint("k", i)] = v
	}
	fmt.Println(len(m))
	v := m["k7"]
	fmt.Println(v[0], v[39])
	v[0] = -1
	fmt.Println(m["k7"][0])
	m["k7"] = v
	fmt.Println(m["k7"][0], m["k7"][1])
	fmt.Println(m["nope"] == big{})
	bad := 0
	for k, v := range m {
		i := 0
		for _, c := range k[1:] {
			i = i*10 + int(c-'0')
		}
		for j := 1; j < 40; j++ {
			if v[j] != int64(i*100+j) {
				bad++
			}
		}
	}
	fmt.Println("bad:", bad)
	delete(m, "k7")
	_, ok := m["k7"]
	fmt.Println(ok, len(m))
	type rec struct {
		id   int
		vals [30]string
	}
	rm := map[int]rec{}
	for i := 0; i < 50; i++ {
		r := rec{id: i}
		r.vals[29] = fmt.Sprint("v", i)
		rm[i] = r
	}
	fmt.Println(rm[49].vals[29], rm[0].id, rm[100].vals[29] == "")
	pm := map[int]*big{1: {1, 2, 3}}
	pm[1][39] = 39
	fmt.Println(pm[1][0], pm[1][39])
}
