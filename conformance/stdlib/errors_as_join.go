// errors.Is and errors.As walk the tree under errors.Join and fmt.Errorf's %w wrappers
// depth-first, honour Is and As methods, and As panics on a bad target.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code " + strconv.Itoa(e.code) }

// Is makes every *codeErr with the same code match.
func (e *codeErr) Is(target error) bool {
	t, ok := target.(*codeErr)
	return ok && t.code == e.code
}

type valErr struct{ s string }

func (v valErr) Error() string { return v.s }

type asErr struct{}

func (asErr) Error() string { return "asErr" }

// As fills a *valErr target.
func (asErr) As(target any) bool {
	if p, ok := target.(*valErr); ok {
		*p = valErr{"made by As"}
		return true
	}
	return false
}

func main() {
	tree := errors.Join(
		fmt.Errorf("first: %w", &codeErr{1}),
		errors.Join(valErr{"inner"}, fmt.Errorf("multi: %w and %w", &codeErr{2}, fs.ErrNotExist)),
	)
	fmt.Printf("%q\n", tree.Error())
	fmt.Println(errors.Is(tree, &codeErr{2}), errors.Is(tree, &codeErr{3}), errors.Is(tree, fs.ErrNotExist))
	var ce *codeErr
	fmt.Println(errors.As(tree, &ce), ce.code)
	var ve valErr
	fmt.Println(errors.As(tree, &ve), ve.s)
	var ie interface{ Is(error) bool }
	fmt.Println(errors.As(tree, &ie), ie.(error).Error())
	var anyErr any
	fmt.Println(errors.As(tree, &anyErr), anyErr == tree)
	fmt.Println(errors.Unwrap(tree) == nil)

	var ve2 valErr
	fmt.Println(errors.As(fmt.Errorf("w: %w", asErr{}), &ve2), ve2.s)
	fmt.Println(errors.Is(nil, nil), errors.Is(tree, nil), errors.As(nil, &ce))

	for _, target := range []any{nil, ce, 5, new(int)} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			errors.As(tree, target)
		}()
	}
}
