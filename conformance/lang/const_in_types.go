// Constant expressions may appear in types: array lengths computed from
// constants, len of an array type is itself a constant.
package main

import "fmt"

const N = 3
const M = N*2 + 1

type Grid [N][M]int
type Buf [1 << 4]byte

var table [len("hello")]rune

func main() {
	var g Grid
	fmt.Println(len(g), len(g[0]), len(Buf{}), len(table))
	const L = len(Grid{}) * len([M]bool{}) // constant: arrays not evaluated
	var arr [L]int
	fmt.Println(L, len(arr))
	var p *Grid
	const pl = len(p) // len of nil pointer to array is a constant
	fmt.Println(pl)
	fmt.Printf("%T %T\n", g, arr)
	x := [...]string{2: "c", 0: "a", 5: "f"}
	fmt.Println(len(x), x)
}
