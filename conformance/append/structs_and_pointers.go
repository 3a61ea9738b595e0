// append copies struct values (later changes to the source do not show) but
// copies pointers as pointers (the pointees stay shared).
package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	vals := append([]point(nil), p)
	p.x = 100
	fmt.Println("value slice:", vals, "p:", p)

	q := &point{3, 4}
	ptrs := append([]*point(nil), q, q)
	q.y = 400
	ptrs[0].x = 300
	fmt.Println("through pointers:", *ptrs[0], *ptrs[1], *q)

	grown := append(ptrs, &point{5, 6})
	grown[1].x = -3
	fmt.Println("after growth still shared:", q.x, ptrs[0].x)
}
