// String comparison (==, !=, <, <=, >, >=) is lexicographic on bytes: a proper
// prefix is smaller and multibyte characters compare by their encoded bytes.
package main

import "fmt"

func main() {
	pairs := [][2]string{
		{"a", "b"}, {"abc", "abd"}, {"ab", "abc"}, {"", "a"}, {"Z", "a"},
		{"é", "z"}, {"\xff", "é"}, {"a\x00", "a"}, {"same", "same"}, {"世", "界"},
	}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Printf("%q %q: == %v != %v < %v <= %v > %v >= %v\n", x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
	}
	a := "hello world"[:5]
	fmt.Println(a == "hello", a < "hellp")
}
