// fmt.Errorf builds an error whose Error() text is the formatted message; errors print
// with %v, %s, %q and through Println.
package main

import "fmt"

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func main() {
	e1 := fmt.Errorf("plain")
	e2 := fmt.Errorf("code %d: %s", 404, "not found")
	e3 := fmt.Errorf("wrapped: %v", e2)
	e4 := fmt.Errorf("custom: %v", myErr{7})
	fmt.Println(e1)
	fmt.Println(e2.Error())
	fmt.Println(e3)
	fmt.Printf("%v|%s|%q\n", e4, e4, e4)
	var errs []error = []error{e1, myErr{1}, nil}
	fmt.Println(errs)
	fmt.Printf("%v\n", errs)
	fmt.Println(fmt.Errorf("%d%%", 50))
	fmt.Println(fmt.Errorf("missing %d"))
	fmt.Println(fmt.Errorf("nil err: %v", nil))
	var e error = myErr{3}
	fmt.Println(e, e.Error() == "my error 3")
	fmt.Printf("%+v %#v\n", myErr{4}, myErr{5})
}
