// The predeclared error interface: custom error types, errors created with
// fmt.Errorf, wrapping with %w, and fmt printing errors through Error().
package main

import "fmt"

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, NotFound{k}
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	if v, err := lookup(m, "a"); err == nil {
		fmt.Println("got", v)
	}
	_, err := lookup(m, "zz")
	fmt.Println(err)
	fmt.Printf("%v | %s | %q | %T\n", err, err, err, err)
	if nf, ok := err.(NotFound); ok {
		fmt.Println("key was", nf.Key)
	}
	wrapped := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(wrapped)
	u, ok := wrapped.(interface{ Unwrap() error })
	fmt.Println(ok, u.Unwrap() == err)
	e2 := fmt.Errorf("code %d", 7)
	fmt.Println(e2.Error(), e2 != nil)
	var none error
	fmt.Println(none)
}
