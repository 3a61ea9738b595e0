// Generic helpers over maps with two type parameters: Keys (sorted by a
// generic insertion sort), Values, Invert, and GroupBy building map[K][]V.
package main

import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func SortedKeys[K Ordered, V any](m map[K]V) []K {
	k := Keys(m)
	SortSlice(k)
	return k
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func GroupBy[K comparable, V any](vs []V, key func(V) K) map[K][]V {
	out := map[K][]V{}
	for _, v := range vs {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(SortedKeys(m), len(Keys(m)))
	inv := Invert(m)
	fmt.Println(inv, SortedKeys(inv))
	words := []string{"apple", "bob", "cat", "avocado", "banana"}
	g := GroupBy(words, func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	byLen := GroupBy(words, func(s string) int { return len(s) })
	fmt.Println(byLen)
	fl := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(SortedKeys(fl))
}
