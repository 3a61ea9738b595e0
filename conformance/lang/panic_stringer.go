// A panic value implementing fmt.Stringer is printed through its String
// method; string-kinded named types print as main.T("...") otherwise.
package main

import "fmt"

type Status struct{ code int }

func (s Status) String() string { return fmt.Sprintf("status-%d", s.code) }

type Label string

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		panic(Status{404})
	}()
	panic(Label("lbl"))
}
