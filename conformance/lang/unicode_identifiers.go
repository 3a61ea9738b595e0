// Identifiers may use Unicode letters and digits; exportedness is decided by
// an upper-case first letter, and non-Latin names work for types, funcs and fields.
package main

import "fmt"

type Größe struct {
	Länge  float64
	breite float64
}

func (g Größe) Fläche() float64 { return g.Länge * g.breite }

func 加(a, b int) int { return a + b }

var π = 3.14159
var δx, δy = 0.5, 1.5

func main() {
	g := Größe{Länge: 2, breite: 3}
	fmt.Println(g.Fläche(), 加(2, 3), π, δx+δy)
	fmt.Printf("%+v %T\n", g, g)
	café := "coffee"
	naïve_1 := len(café)
	fmt.Println(café, naïve_1)
	ñ := map[string]int{"ü": 1}
	fmt.Println(ñ)
}
