package main

import "strings"

func main() {
	println(strings.ToUpper(strings.Repeat("ab", 3)))
}
