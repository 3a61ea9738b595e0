// Labeled break and continue target an outer for, switch or select; an
// unlabeled break in a switch inside a loop only leaves the switch.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			sum += v
		}
	}
	fmt.Println(sum)
	found := [2]int{-1, -1}
search:
	for i, row := range grid {
		for j, v := range row {
			if v == 8 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
loop:
	for {
		switch {
		case n >= 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println(n)
	count := 0
outer:
	for i := 0; i < 4; i++ {
	inner:
		for j := 0; j < 4; j++ {
			switch {
			case j > i:
				continue outer
			case j == 2:
				break inner
			}
			count++
		}
	}
	fmt.Println(count)
	k := 0
block:
	switch {
	case true:
		for k = 0; k < 10; k++ {
			if k == 3 {
				break block
			}
		}
		fmt.Println("not reached")
	}
	fmt.Println(k)
}
