// Generic helpers interacting with panics: Must[T] panics on error, Try[T]
// recovers and converts the panic into a zero value plus an error.
package main

import "fmt"

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Try[T any](f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return f(), nil
}

func parse(s string) (int, error) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func At[T any](s []T, i int) T { return s[i] }

func main() {
	fmt.Println(Must(parse("123")))
	fmt.Println(Try(func() int { return Must(parse("12x")) }))
	fmt.Println(Try(func() string { return At([]string{"a"}, 3) }))
	fmt.Println(Try(func() []int { return []int{1} }))
	v, err := Try(func() float64 {
		var m map[string]float64
		m["x"] = 1
		return 0
	})
	fmt.Println(v, err)
}
