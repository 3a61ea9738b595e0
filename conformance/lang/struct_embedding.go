// Embedded fields promote their fields and methods to the outer struct; the
// embedded value is still reachable by its type name.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Puppy struct {
	Dog
	Age int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max") // promoted pointer method on addressable value
	fmt.Println(d.Name, d.Animal.Describe())
	p := Puppy{Dog: d, Age: 1}
	p.Legs = 3
	fmt.Println(p.Describe(), p.Dog.Animal.Legs, d.Legs)
	fmt.Printf("%v\n%+v\n", p, p)
	type Describer interface{ Describe() string }
	var ds Describer = p
	fmt.Println(ds.Describe())
}
