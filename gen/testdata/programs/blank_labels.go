package main

import "fmt"

// Blank labels may repeat (gc accepts them; C labels may not repeat).

func main() {
_:
_:
	for i := 0; i < 2; i++ {
	_:
		fmt.Println(i)
	}
	x := 0
_:
	x++
	fmt.Println(x)
}
