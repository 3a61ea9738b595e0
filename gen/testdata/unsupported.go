package main

import "fmt"

func external(x int) int // ERROR: unsupported: function declaration without body

func twice(x int) float64 // ERROR: unsupported: function declaration without body

func main() {
	fmt.Println(external(1), twice(2))
}

var big [1 << 31]byte // ERROR: unsupported: package variable big of 2147483648 bytes (goc's package variables are limited to 1073741824 bytes in all)
