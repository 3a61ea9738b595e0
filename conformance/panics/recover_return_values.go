// A deferred recover can set named results, so a function that panicked
// returns normally with values chosen by its defer.
package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func at(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = 0, false
		}
	}()
	return s[i], true
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	s := []int{1}
	fmt.Println(at(s, 0))
	fmt.Println(at(s, 4))
}
