// clear(m) inside a range loop removes every entry not yet reached: the loop stops
// producing keys right after the clear, and the map is empty afterwards.
package main

import "fmt"

func main() {
	bad := 0
	for _, n := range []int{1, 2, 8, 9, 100, 2000} {
		for t := 0; t < 100; t++ {
			m := map[int]string{}
			for i := 0; i < n; i++ {
				m[i] = "v"
			}
			produced := 0
			for range m {
				produced++
				clear(m)
			}
			if produced != 1 || len(m) != 0 {
				bad++
			}
		}
	}
	fmt.Println("violations:", bad)
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	count := 0
	for k := range m {
		count++
		if count == 2 {
			clear(m)
		}
		_ = k
	}
	fmt.Println(count, len(m))
}
