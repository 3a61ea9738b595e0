// fmt.Print adds a space between operands only when neither side is a string;
// Println always separates operands with a space.
package main

import "fmt"

type myString string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1.5, true, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(myString("s"), myString("t"), 7, "\n")
	fmt.Print(error(nil), 5, "\n")
	fmt.Print("only", "\n")
	fmt.Print()
	fmt.Print("\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print(struct{}{}, struct{}{}, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Println(s, len(s))
	n, _ := fmt.Print(10, 20, "\n")
	fmt.Println(n)
}
