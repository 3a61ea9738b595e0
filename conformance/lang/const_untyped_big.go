// Untyped constant arithmetic is exact with arbitrary precision: intermediate
// values like 1<<100 are fine as long as the final value fits its type.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Ratio = Huge / Big / Big
	Third = 1.0 / 3
	Exact = Third * 3
	MaxU  = 1<<64 - 1
	F     = 1e1000 / 1e999
)

func main() {
	fmt.Println(Small, Ratio, Exact == 1, F)
	fmt.Println(uint64(MaxU), MaxU>>32, Big/(1<<90))
	var f float64 = Big
	fmt.Println(f)
	const c = 'a' + 1.0 // untyped rune + untyped float -> untyped float, value 98
	var r rune = c
	fmt.Println(r, string(r))
	const d = 7 / 2   // integer division
	const e = 7 / 2.0 // float division
	fmt.Println(d, e)
	fmt.Printf("%T %T %T %T\n", d, e, 'x', 2i)
	const mixed = 1 + 2.5i - 0.5i
	fmt.Println(mixed, real(mixed))
	var i8 int8 = Big >> 94 // 64 fits in int8
	fmt.Println(i8)
}
