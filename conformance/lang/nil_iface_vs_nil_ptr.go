// An interface holding a typed nil pointer is not a nil interface; methods
// with pointer receivers can still be called on it.
package main

import "fmt"

type MyErr struct{}

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return "real"
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // always non-nil interface
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := correct(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Println(e1.Error())
	fmt.Printf("%T %T\n", e1, e2)
	var p *MyErr
	var i any = p
	fmt.Println(i == nil, i == (*MyErr)(nil), i.(*MyErr) == nil)
	var j any
	fmt.Println(j == nil)
	_, isPtr := i.(*MyErr)
	fmt.Println(isPtr)
}
