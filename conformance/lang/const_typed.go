// Typed constants carry their type; untyped constants take the type required
// by context, or their default type (int, float64, rune, complex128, string, bool).
package main

import "fmt"

type Celsius float64
type Weekday int

const Boiling Celsius = 100
const Sunday Weekday = 0
const Greeting = "hi"
const typedStr string = "typed"

func main() {
	fmt.Printf("%T %v\n", Boiling, Boiling)
	fmt.Printf("%T %v\n", Boiling*2, Boiling*2)
	fmt.Printf("%T %v\n", Sunday+3, Sunday+3)
	x := 10
	y := 2.5
	z := 'q'
	w := 1i
	s := Greeting
	b := 3 > 2
	fmt.Printf("%T %T %T %T %T %T\n", x, y, z, w, s, b)
	var f32 float32 = 1 / 3.0
	fmt.Printf("%T %v\n", f32, f32)
	const k = 5
	var i16 int16 = k
	var u uint = k
	var fl float64 = k
	fmt.Println(i16, u, fl)
	fmt.Printf("%T %T\n", typedStr, Boiling/3)
	fmt.Println(Boiling/3, float64(Boiling)/3)
	// a typed constant expression is evaluated in its type
	const third Celsius = 1.0 / 3
	fmt.Println(third)
}
