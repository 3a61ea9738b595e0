// Blank fields of a struct literal keep their zero value (reflect shows
// them); their elements are still evaluated, in order, for their effects.
// Package-level literals (static data) and local ones alike.
package main

import (
	"fmt"
	"reflect"
)

var x = struct{ a, _, c int }{1, 2, 3}

type T struct {
	A int
	_ string
	B int
	_ [2]int
}

var calls []string

func f(s string, v int) int { calls = append(calls, s); return v }
func g(s string) string  { calls = append(calls, s); return s }

func main() {
	fmt.Println(reflect.ValueOf(x).Field(1).Int(), x.a, x.c)
	y := struct{ a, _, c int }{4, 5, 6}
	fmt.Println(reflect.ValueOf(y).Field(1).Int(), y.a, y.c)
	t := T{f("a", 1), g("blank"), f("b", 2), [2]int{f("c", 3), 4}}
	v := reflect.ValueOf(t)
	fmt.Println(t.A, t.B, v.Field(1).String() == "", v.Field(3).Index(0).Int(), calls)
	p := &T{1, "x", 2, [2]int{}}
	fmt.Println(reflect.ValueOf(*p).Field(1).String() == "", *p == T{1, "", 2, [2]int{9, 9}})
	only := struct{ _ int }{f("only", 7)}
	fmt.Println(only, calls)
}
