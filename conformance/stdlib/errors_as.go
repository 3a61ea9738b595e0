// errors.As finds the first error in the chain assignable to the target (pointer and
// value receivers, interface targets) and sets it.
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type OtherErr struct{}

func (*OtherErr) Error() string { return "other" }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary glitch" }
func (tempErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("load: %w", &PathError{"open", "/etc/x"})
	var pe *PathError
	fmt.Println(errors.As(err, &pe), pe.Path, pe.Op)
	var c Code
	fmt.Println(errors.As(err, &c), c)
	err2 := fmt.Errorf("wrapped: %w", Code(404))
	fmt.Println(errors.As(err2, &c), c)
	var t temporary
	err3 := fmt.Errorf("net: %w", tempErr{})
	fmt.Println(errors.As(err3, &t), t != nil && t.Temporary())
	fmt.Println(errors.As(err2, &t))
	var fe *OtherErr
	fmt.Println(errors.As(err, &fe), fe == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		errors.As(err, nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var notPtr PathError
		errors.As(err, notPtr)
	}()
}
