// Methods a build must keep though no direct call names them: called
// through interfaces (embedded, method values, generic code), and
// assertions to interfaces whose methods are never called (goc build
// leaves out the code of methods no interface call names; no reflection
// looks methods up here, so it does; prune_reflect is the other case).
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type file struct{ name string }

func (f *file) Read() string       { return "read " + f.name }
func (f *file) Close() error       { return fmt.Errorf("close %s", f.name) }
func (f *file) Unused() int        { return 42 }
func (f *file) Hello(n int) string { return strings.Repeat("hi ", n) + f.name }

type never interface{ NeverCalled() string }

type quiet struct{}

func (quiet) NeverCalled() string { return "never" }

type Named interface{ Name() string }
type person struct{ first, last string }

func (p person) Name() string            { return p.first + " " + p.last }
func (p person) Initials() string        { return p.first[:1] + p.last[:1] }
func (p person) Greet(who string) string { return "hello " + who + " from " + p.first }

func names[T Named](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return out
}

type stack[T any] struct{ xs []T }

func (s *stack[T]) Push(x T) { s.xs = append(s.xs, x) }
func (s *stack[T]) Len() int { return len(s.xs) }

type lener interface{ Len() int }

func main() {
	var rc ReadCloser = &file{"a.txt"}
	fmt.Println(rc.Read(), rc.Close())
	var r Reader = rc
	read := r.Read // method value through an interface
	fmt.Println(read())

	// an assertion to an interface none of whose methods is called
	var x any = quiet{}
	_, ok := x.(never)
	fmt.Println("quiet is never:", ok)
	_, ok = x.(Reader)
	fmt.Println("quiet is Reader:", ok)

	// generic code calling methods
	fmt.Println(names([]person{{"Ada", "Lovelace"}, {"Alan", "Turing"}}))
	s := &stack[int]{}
	s.Push(1)
	s.Push(2)
	var l lener = s
	fmt.Println("len", l.Len())
}
