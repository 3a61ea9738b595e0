// Strings compare by content wherever equality is used: switch cases, arrays of
// strings, struct fields and interface values holding strings.
package main

import "fmt"

func kind(s string) string {
	switch s {
	case "a", "b":
		return "early"
	case "z":
		return "late"
	case "":
		return "empty"
	}
	return "other"
}

type named struct{ first, last string }

func main() {
	built := string([]byte{'z'})
	fmt.Println(kind("a"), kind(built), kind(""), kind("q"))
	x := [2]string{"a", "b" + ""}
	y := [2]string{"a", string('b')}
	fmt.Println(x == y)
	fmt.Println(named{"a", "b"} == named{"a", string([]byte("b"))})
	var i, j any = "hi", string([]rune{'h', 'i'})
	fmt.Println(i == j)
}
