// Formatting mistakes are reported inline: wrong verb %!d(string=x), missing operand
// %!d(MISSING), extra operands %!(EXTRA ...), unknown verb, and bad argument index.
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%s %x\n", T{1}, T{1})
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Printf("%e %f\n", "s", 7)
	fmt.Printf("%c %U\n", 1.5, "x")
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d\n", 1)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o\n", 64)
	fmt.Printf("%d %[1]d %d\n", 1, 2)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []any{1, "a"})
	s := fmt.Sprintf("%d %s", 1)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v", 1, []int{2}, map[int]int{3: 4}, nil))
	fmt.Printf("%.d %.2s %.*d\n", 5, "abc", "x", 1)
}
