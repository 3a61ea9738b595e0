// panic with a fmt.Stringer prints its String() result.
package main

type color int

func (c color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	panic(color(2))
}
