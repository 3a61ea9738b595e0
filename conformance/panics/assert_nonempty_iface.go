// A failed assertion from a non-empty interface names it: interface conversion:
// main.Shape is main.Square, not main.Circle.
package main

import "fmt"

type Shape interface{ Area() int }

type Square struct{ side int }

func (q Square) Area() int { return q.side * q.side }

type Circle struct{ r int }

func (c Circle) Area() int { return 3 * c.r * c.r }

func main() {
	var s Shape = Square{2}
	fmt.Println(s.(Circle).Area())
}
