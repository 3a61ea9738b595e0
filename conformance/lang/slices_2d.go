// Slices of slices: rows allocated separately (jagged), rows sharing one
// backing array, and the difference it makes when rows are appended to.
package main

import "fmt"

func main() {
	jag := make([][]int, 4)
	for i := range jag {
		jag[i] = make([]int, i+1)
		for j := range jag[i] {
			jag[i][j] = i * j
		}
	}
	fmt.Println(jag)
	const rows, cols = 3, 4
	backing := make([]int, rows*cols)
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = backing[i*cols : (i+1)*cols]
	}
	grid[1][3] = 7
	fmt.Println(backing[7], grid)
	grid[0] = append(grid[0], 99) // capacity remains: writes into row 1
	fmt.Println(grid[1][0], len(grid[0]))
	capped := make([][]int, rows)
	b2 := make([]int, rows*cols)
	for i := range capped {
		capped[i] = b2[i*cols : (i+1)*cols : (i+1)*cols]
	}
	capped[0] = append(capped[0], 99) // full cap: copies, row 1 untouched
	fmt.Println(capped[1][0], len(capped[0]))
	tri := [][]string{{"a"}, {"b", "c"}, {}}
	total := 0
	for _, r := range tri {
		total += len(r)
	}
	fmt.Println(total, len(tri[2]), tri)
}
