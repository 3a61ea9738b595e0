// Reading a field through a nil struct pointer panics with the nil dereference
// message.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	var p *point
	fmt.Println(p.y)
}
