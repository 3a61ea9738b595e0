// Growth with composite keys whose hashing walks fields (strings, floats, interfaces,
// arrays): after thousands of inserts every key is found, -0 finds +0, NaN-free keys round-trip.
package main

import "fmt"

type key struct {
	Name string
	F    float64
	Tag  any
	Arr  [3]int16
}

func mk(i int) key {
	return key{Name: fmt.Sprint("k", i%97), F: float64(i) / 4, Tag: i % 3, Arr: [3]int16{int16(i), int16(-i), 7}}
}

func main() {
	m := map[key]int{}
	for i := 0; i < 8000; i++ {
		m[mk(i)] = i
	}
	bad := 0
	for i := 0; i < 8000; i++ {
		if v, ok := m[mk(i)]; !ok || v != i {
			bad++
		}
	}
	fmt.Println(len(m), bad)
	k := mk(0)
	negz := 0.0
	k.F = -negz
	fmt.Println(m[k])
	k.Tag = int64(0) // a different dynamic type: a different key
	_, ok := m[k]
	fmt.Println(ok)
	for i := 0; i < 8000; i += 2 {
		delete(m, mk(i))
	}
	for kk, v := range m {
		if kk != mk(v) || v%2 == 0 {
			bad++
		}
	}
	fmt.Println(len(m), bad)
}
