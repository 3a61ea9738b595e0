// range over a string yields (byte offset, rune); range over a map yields
// each entry exactly once (order unspecified, so we sort the collected keys).
package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	for i, r := range "aé😀b" {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4}
	var keys []string
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sortStrings(keys)
	fmt.Println(keys, sum)
	seen := map[string]int{}
	for k := range m {
		seen[k]++
	}
	once := true
	for _, c := range seen {
		if c != 1 {
			once = false
		}
	}
	fmt.Println("each once:", once, len(seen))
}
