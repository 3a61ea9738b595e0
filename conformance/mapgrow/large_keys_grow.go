// Growth with keys and elements larger than 128 bytes (stored indirectly): after many
// doublings every key still maps to its own element, and deletes free the right entries.
package main

import "fmt"

type K [200]byte
type V [40]int64

func key(i int) K {
	var k K
	k[0], k[1], k[199] = byte(i), byte(i>>8), byte(i>>16)
	return k
}

func val(i int) V {
	var v V
	v[0], v[39] = int64(i), int64(-i)
	return v
}

func main() {
	m := map[K]V{}
	bad := 0
	for i := 0; i < 20000; i++ {
		m[key(i)] = val(i)
		if i == 8 || i == 13 || i == 26 || i == 52 || i == 104 || i == 1000 || i == 19999 {
			for j := 0; j <= i; j++ {
				if m[key(j)] != val(j) {
					bad++
				}
			}
			fmt.Println("len", len(m), "bad", bad)
		}
	}
	for i := 0; i < 20000; i += 2 {
		delete(m, key(i))
	}
	for k, v := range m {
		i := int(k[0]) | int(k[1])<<8 | int(k[199])<<16
		if i%2 == 0 || v != val(i) {
			bad++
		}
	}
	fmt.Println(len(m), bad)
	s := map[string]V{}
	long := ""
	for i := 0; i < 300; i++ {
		long += "x"
	}
	for i := 0; i < 5000; i++ {
		s[fmt.Sprint(long, i)] = val(i)
	}
	for i := 0; i < 5000; i++ {
		if s[fmt.Sprint(long, i)][39] != int64(-i) {
			bad++
		}
	}
	fmt.Println(len(s), bad)
}
