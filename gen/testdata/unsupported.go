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
