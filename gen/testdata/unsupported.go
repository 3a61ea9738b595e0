package main

import "fmt"

func external(x int) int // ERROR: unsupported: function declaration without body

func twice(x int) float64 // ERROR: unsupported: function declaration without body

func main() {
	fmt.Println(external(1), twice(2))
}
