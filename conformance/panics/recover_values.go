// recover() returns the exact value passed to panic: strings, ints, errors,
// custom types keep their dynamic type and identity.
package main

import "fmt"

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

type Code int

// kind names the dynamic type with a type switch (no reliance on %T).
func kind(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int:
		return "int"
	case float64:
		return "float64"
	case *myErr:
		return "*myErr"
	case Code:
		return "Code"
	case []int:
		return "[]int"
	case struct{ A int }:
		return "struct{A int}"
	}
	return "other"
}

func catch(v any) (r any) {
	defer func() { r = recover() }()
	panic(v)
}

func main() {
	e := &myErr{"boom"}
	vals := []any{"text", 42, 2.5, e, Code(7), []int{1, 2}, struct{ A int }{3}}
	for _, v := range vals {
		r := catch(v)
		fmt.Printf("%s %v same:%v\n", kind(r), r, fmt.Sprint(r) == fmt.Sprint(v))
	}
	fmt.Println("error identity kept:", catch(e) == any(e))
}
