// A [][]T holds slice headers: rows carved from one backing array alias each
// other; appending to a row with spare capacity overwrites the next row.
package main

import "fmt"

func main() {
	backing := make([]int, 9)
	rows := make([][]int, 3)
	for i := range rows {
		rows[i] = backing[i*3 : i*3+3]
	}
	rows[1][0] = 5
	fmt.Println(rows, backing)
	rows[0] = append(rows[0], 7) // spare cap: writes backing[3] == rows[1][0]
	fmt.Println(rows, backing)
	rows[2] = append(rows[2], 8) // no spare cap: copies
	rows[2][0] = 1
	fmt.Println(rows, backing)
	cp := make([][]int, len(rows))
	copy(cp, rows)
	cp[1][1] = 42
	fmt.Println("shallow copy shares rows:", rows[1])
}
