package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t.code/100 == c.code/100
}

type temporary interface{ Temporary() bool }
type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Is(e2, errors.New("not found")))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(ErrNotFound) == nil)
	fmt.Println(errors.Is(codeErr{404}, codeErr{400}), errors.Is(codeErr{404}, codeErr{500}))
	w := fmt.Errorf("op: %w", &netErr{"timeout"})
	var ne *netErr
	fmt.Println(errors.As(w, &ne), ne.msg)
	var tmp temporary
	fmt.Println(errors.As(w, &tmp), tmp.Temporary())
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, codeErr{500})
	var ce codeErr
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.As(multi, &ce), ce.code)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(w, nil)
}
