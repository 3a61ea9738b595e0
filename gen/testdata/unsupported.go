package main

import "fmt"

func two() ([]int, int)         { return nil, 1 }
func parts() (float64, float64) { return 1, 2 }
func slices() ([]int, []int)    { return nil, nil }

func main() {
	s := append(two()) // ERROR: unsupported: multi-value argument to builtin append
	c := complex(parts()) // ERROR: unsupported: multi-value argument to builtin complex
	n := copy(slices()) // ERROR: unsupported: multi-value argument to builtin copy
	fmt.Println(s, c, n)
}

var big [1 << 31]byte // ERROR: unsupported: package variable big of 2147483648 bytes (goc's package variables are limited to 1073741824 bytes in all)
