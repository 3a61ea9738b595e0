// A 2-D slice built with make per row has independent rows; growing one row
// never affects another, while sharing one row slice makes rows alias.
package main

import "fmt"

func main() {
	g := make([][]int, 3)
	for i := range g {
		g[i] = make([]int, 3)
	}
	g[0][0] = 1
	g[1] = append(g[1], 4)
	fmt.Println(g, len(g[1]), cap(g[1]))
	row := make([]int, 2)
	h := [][]int{row, row}
	h[0][1] = 7
	fmt.Println(h)
}
