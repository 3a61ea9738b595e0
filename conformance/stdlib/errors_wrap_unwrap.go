// %w in fmt.Errorf wraps an error (Unwrap returns it); several %w give an Unwrap()
// []error; a custom Unwrap and Is method take part in errors.Is.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base")

type MyErr struct{ inner error }

func (e MyErr) Error() string { return "my: " + e.inner.Error() }
func (e MyErr) Unwrap() error { return e.inner }

type matchAll struct{}

func (matchAll) Error() string        { return "matches anything" }
func (matchAll) Is(target error) bool { return true }

func main() {
	e1 := fmt.Errorf("step: %w", ErrBase)
	fmt.Println(e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase))
	e2 := MyErr{e1}
	fmt.Println(e2, errors.Is(e2, ErrBase), errors.Unwrap(errors.Unwrap(e2)) == ErrBase)
	other := errors.New("other")
	e3 := fmt.Errorf("both: %w and %w", ErrBase, other)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Is(e3, other), errors.Unwrap(e3))
	if u, ok := e3.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	fmt.Println(errors.Is(matchAll{}, ErrBase), errors.Is(fmt.Errorf("x: %w", matchAll{}), other))
	e4 := fmt.Errorf("no verb")
	fmt.Println(errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("nil wrapped: %w", nil)
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
}
