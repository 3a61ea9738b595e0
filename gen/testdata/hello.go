package main

import "unicode/utf8"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	s := []int{1, 2}
	s = append(s, 3)
	m := map[string]int{"a": 1}
	m["b"] = s[2]
	for i := range 2 {
		println(i, Point{i, 1}.Sum(), len(m), utf8.RuneLen('é'))
	}
}
