// recover in a deferred function stops a panic and returns the panic value;
// the panicking function then returns normally with its named results.
package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func mustPositive(n int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprintf("caught %v (%T)", r, r)
		}
	}()
	if n <= 0 {
		panic(n)
	}
	return "ok"
}

type custom struct{ code int }

func withCustom() (code int) {
	defer func() {
		c := recover().(custom)
		code = c.code
	}()
	panic(custom{42})
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(mustPositive(3), "|", mustPositive(-2))
	fmt.Println(withCustom())
	fmt.Println("main continues")
}
