// Growth with string keys: after each insertion around every threshold the map holds
// exactly the inserted keys with their values, and overwrites never change len.
package main

import "fmt"

func key(i int) string { return fmt.Sprintf("key-%05d", i) }

func main() {
	m := map[string]int{}
	bad := 0
	checks := 0
	for i := 0; i < 3400; i++ {
		m[key(i)] = i
		m[key(i/2)] = i / 2 // overwrite of an existing key
		n := i + 1
		if n == 9 || n == 14 || n == 27 || n == 53 || n == 105 || n == 209 || n == 417 || n == 833 || n == 1665 || n == 3329 {
			checks++
			if len(m) != n {
				bad++
			}
			for j := 0; j < n; j++ {
				if m[key(j)] != j {
					bad++
				}
			}
			fmt.Println("checked at", n, "len", len(m))
		}
	}
	fmt.Println("checks:", checks, "bad:", bad)
}
