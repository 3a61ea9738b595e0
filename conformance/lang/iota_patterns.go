// iota counts ConstSpecs within a const block, starts at 0 in each block,
// repeats the previous expression implicitly, and can be skipped with _.
package main

import "fmt"

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A = iota * 10
	B
	_
	D
	E = "e"
	F
	G = iota
)

const (
	x0, y0 = iota, iota + 100
	x1, y1
	x2, y2
)

const (
	Read = 1 << iota
	Write
	Exec
)

const Lone = iota

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, D, E, F, G)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(Read, Write, Exec, Read|Exec, Lone)
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%T %d\n", MB, Blue)
}
