// delete of a missing key, a repeated delete, and delete on a nil map are no-ops;
// deleting then reinserting a key stores the new value.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	delete(m, "zzz")
	fmt.Println(len(m), m)
	delete(m, "a")
	delete(m, "a")
	fmt.Println(len(m), m)
	var nm map[string]int
	delete(nm, "a")
	fmt.Println(len(nm), nm == nil)
	m["a"] = 10
	fmt.Println(len(m), m)
	e := map[int]int{}
	delete(e, 0)
	fmt.Println(len(e))
	for i := 0; i < 100; i++ {
		e[i] = i
	}
	for i := 100; i < 200; i++ {
		delete(e, i)
	}
	fmt.Println(len(e))
	for i := 0; i < 100; i++ {
		delete(e, i)
		delete(e, i)
	}
	fmt.Println(len(e), e)
	e[5] = 55
	fmt.Println(e)
	im := map[any]bool{1: true}
	delete(im, int64(1))
	delete(im, "1")
	delete(im, nil)
	fmt.Println(len(im))
	delete(im, 1)
	fmt.Println(len(im))
}
