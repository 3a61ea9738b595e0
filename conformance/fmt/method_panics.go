// A String or Error method that panics does not crash fmt: the output reports
// %!v(PANIC=String method: ...), and a nil pointer receiver that panics prints <nil>.
package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("err %d", 1)) }

type NP struct{ n int }

func (p *NP) String() string { return fmt.Sprint("NP", p.n) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%s|%d\n", Bad{}, Bad{})
	fmt.Println(BadErr{})
	var np *NP
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	fmt.Println(&NP{3})
	fmt.Println([]fmt.Stringer{Bad{}, &NP{4}})
	fmt.Println("still running")
}
