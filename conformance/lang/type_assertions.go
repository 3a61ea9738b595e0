// Type assertions x.(T) to concrete and interface types; comma-ok form never
// panics and yields the zero value; a failed single-value assertion panics.
package main

import "fmt"

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

type Stringer interface{ String() string }

func main() {
	var x any = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	i64, ok := x.(int64)
	fmt.Println(i64, ok)
	x = S("v")
	st, ok := x.(Stringer)
	fmt.Println(st.String(), ok)
	_, ok = x.(string) // S is not string
	fmt.Println(ok)
	var nilI any
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(any)
	fmt.Println(ok)
	var e error
	_, ok = any(e).(error)
	fmt.Println(ok)
	n := x.(S)
	fmt.Println(string(n))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(x.(int))
}
