// A constraint may combine a type set with required methods: interface{ ~int;
// String() string } admits only named int types having that method.
package main

import "fmt"

type Enum interface {
	~int
	String() string
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Size int

func (s Size) String() string { return fmt.Sprintf("size%d", int(s)) }

func All[E Enum](n int) []string {
	var out []string
	for i := range n {
		e := E(i)
		out = append(out, fmt.Sprintf("%d=%s", int(e), e.String()))
	}
	return out
}

func Next[E Enum](e E) E { return e + 1 }

type Shower interface{ Show() string }

func ShowAll[T Shower](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.Show() + ";"
	}
	return s
}

type Dog struct{ name string }

func (d Dog) Show() string { return "dog " + d.name }

func main() {
	fmt.Println(All[Color](3))
	fmt.Println(All[Size](2))
	fmt.Println(Next(Red), Next(Size(4)))
	fmt.Println(ShowAll([]Dog{{"a"}, {"b"}}))
}
