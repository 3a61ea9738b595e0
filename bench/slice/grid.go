// Slice benchmark: building 2-D slices.
//
//	make    make([][]int32, rows), then make([]int32, cols) for each row
//	append  append rows built one element at a time to a nil [][]int32
//
// Each round builds a 1000x1000 grid, fills it with i*j and sums a
// diagonal, so the run measures allocation of many medium-sized pointer-free
// rows held from a pointerful outer slice.  Usage: <op> <scale>.
//
// bench: make,append
package main

import (
	"fmt"
	"os"
)

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

const rows = 1000
const cols = 1000

func main() {
	op := os.Args[1]
	rounds := 150
	if op == "append" {
		rounds = 50
	}
	rounds = rounds * atoi(os.Args[2]) / 1000
	if rounds < 1 {
		rounds = 1
	}
	var sum uint64
	for r := 0; r < rounds; r++ {
		var g [][]int32
		switch op {
		case "make":
			g = make([][]int32, rows)
			for i := 0; i < rows; i++ {
				g[i] = make([]int32, cols)
				row := g[i]
				for j := 0; j < cols; j++ {
					row[j] = int32(i * j)
				}
			}
		case "append":
			for i := 0; i < rows; i++ {
				var row []int32
				for j := 0; j < cols; j++ {
					row = append(row, int32(i*j))
				}
				g = append(g, row)
			}
		default:
			fmt.Println("unknown op", op)
			os.Exit(2)
		}
		for i := 0; i < rows; i++ {
			sum += uint64(g[i][(i+r)%cols]) + uint64(len(g[i]))
		}
	}
	fmt.Println(op, sum)
}
