// A dot import makes a package's exported names usable unqualified: calls,
// function values, types and constants of the imported package.
package main

import (
	. "fmt"
	. "strings"
	. "time"
)

type celsius float64

func (c celsius) String() string { return Sprintf("%.1f°C", float64(c)) }

func main() {
	Println("hello", Sprintf("%03d", 7), ToUpper("dot"))
	var s Stringer = celsius(21.5)
	Printf("%v %s\n", s, Repeat("ab", 3))
	p := Println
	p("through a func value:", Sprint(1, "a", 2))
	e := Errorf("outer: %w", Errorf("inner %d", 1))
	Println(e)
	Println(Duration(1500)*Millisecond, Second > Millisecond)
	var b Builder
	Fprintf(&b, "%d-%d", 1, 2)
	Println(b.String(), Contains(b.String(), "-"))
}
