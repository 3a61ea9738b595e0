// Strings are immutable values: concatenation with + and +=, lexicographic
// byte-wise comparison, equality, and sharing substrings without copying semantics visible.
package main

import "fmt"

func main() {
	a := "abc"
	b := a
	b += "def"
	fmt.Println(a, b, a+"-"+b)
	words := []string{"apple", "Apple", "apricot", "app", "", "b", "äpple"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			x, y := words[i], words[j]
			fmt.Print(x < y, x > y, x == y, " ")
		}
	}
	fmt.Println()
	fmt.Println("a" < "b", "ab" < "abc", "Z" < "a", "" < "a", "abc" <= "abc")
	s := "hello"
	sub := s[1:4]
	fmt.Println(sub, len(sub), sub == "ell")
	var empty string
	fmt.Println(empty == "", len(empty))
	multi := "line1\n" +
		"line2"
	fmt.Println(multi)
}
