// A recursive generic merge sort parameterised by a less function is stable,
// and works for ints, strings and structs ordered by a key.
package main

import "fmt"

func MergeSort[T any](s []T, less func(a, b T) bool) []T {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	l := MergeSort(s[:mid:mid], less)
	r := MergeSort(s[mid:], less)
	out := make([]T, 0, len(s))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out = append(out, r[j])
			j++
		} else {
			out = append(out, l[i])
			i++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func IsSorted[T any](s []T, less func(a, b T) bool) bool {
	for i := 1; i < len(s); i++ {
		if less(s[i], s[i-1]) {
			return false
		}
	}
	return true
}

type Person struct {
	Name string
	Age  int
}

func main() {
	ints := []int{5, -1, 3, 3, 9, 0, 2}
	fmt.Println(MergeSort(ints, func(a, b int) bool { return a < b }), ints)
	desc := MergeSort([]string{"b", "c", "a"}, func(a, b string) bool { return a > b })
	fmt.Println(desc)
	people := []Person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dan", 25}}
	byAge := MergeSort(people, func(a, b Person) bool { return a.Age < b.Age })
	fmt.Println(byAge) // stable: bob before dan, ann before cid
	fmt.Println(IsSorted(byAge, func(a, b Person) bool { return a.Age < b.Age }), IsSorted(ints, func(a, b int) bool { return a < b }))
	var big []int
	x := 7
	for range 50 {
		x = (x*31 + 11) % 101
		big = append(big, x)
	}
	sorted := MergeSort(big, func(a, b int) bool { return a < b })
	fmt.Println(IsSorted(sorted, func(a, b int) bool { return a < b }), len(sorted), sorted[0], sorted[49])
}
