// Named types without methods print like their underlying type with every verb;
// %T and %#v show the named type.
package main

import "fmt"

type Meters float64
type Name string
type Count uint16
type IDs []int
type Table map[Name]Count
type Pair [2]Meters
type Flag bool

func main() {
	fmt.Println(Meters(1.5), Name("n"), Count(7), IDs{1, 2}, Table{"a": 1}, Pair{1, 2}, Flag(true))
	fmt.Printf("%v %.2f %e\n", Meters(2), Meters(2), Meters(2))
	fmt.Printf("%s %q %x %5s|\n", Name("ab"), Name("ab"), Name("ab"), Name("ab"))
	fmt.Printf("%d %x %b %o\n", Count(10), Count(10), Count(10), Count(10))
	fmt.Printf("%#v %#v %#v %#v\n", Meters(1), Name("x"), IDs{3}, Table{"z": 9})
	fmt.Printf("%#v %#v %#v\n", Pair{}, Flag(false), Count(5))
	fmt.Printf("%T %T %T %T\n", Meters(0), IDs(nil), Table(nil), Pair{})
	fmt.Printf("%v %d\n", IDs(nil), IDs{4, 5})
	fmt.Printf("%+v\n", struct {
		M Meters
		T Table
	}{3, Table{"b": 2, "a": 1}})
}
