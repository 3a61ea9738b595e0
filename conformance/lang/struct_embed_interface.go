// A struct may embed an interface: its methods are promoted and can be
// overridden by the struct (decorator pattern); calling through a nil embedded interface panics.
package main

import "fmt"

type Speaker interface {
	Speak() string
	Name() string
}

type Cat struct{}

func (Cat) Speak() string { return "meow" }
func (Cat) Name() string  { return "cat" }

type Loud struct {
	Speaker // embedded interface
}

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

func main() {
	var s Speaker = Loud{Cat{}}
	fmt.Println(s.Speak(), s.Name())
	double := Loud{Loud{Cat{}}}
	fmt.Println(double.Speak(), double.Name())
	var empty Loud
	fmt.Println(empty.Speaker == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(empty.Name())
}
