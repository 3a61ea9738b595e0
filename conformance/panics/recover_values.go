// recover() returns the exact value passed to panic: strings, ints, errors,
// custom types keep their dynamic type and identity.
package main

import "fmt"

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

type Code int

func catch(v any) (r any) {
	defer func() { r = recover() }()
	panic(v)
}

func main() {
	e := &myErr{"boom"}
	vals := []any{"text", 42, 2.5, e, Code(7), []int{1, 2}, struct{ A int }{3}}
	for _, v := range vals {
		r := catch(v)
		fmt.Printf("%T %v same:%v\n", r, r, fmt.Sprint(r) == fmt.Sprint(v))
	}
	fmt.Println("error identity kept:", catch(e) == any(e))
}
