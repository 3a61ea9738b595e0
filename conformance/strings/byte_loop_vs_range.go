// Iterating a string by index visits every byte; ranging visits every rune; the
// two agree only for ASCII.
package main

import "fmt"

func main() {
	s := "Gö!"
	var bytes, runes []string
	for i := 0; i < len(s); i++ {
		bytes = append(bytes, fmt.Sprintf("%x", s[i]))
	}
	for _, r := range s {
		runes = append(runes, fmt.Sprintf("%c", r))
	}
	fmt.Println(bytes, len(bytes))
	fmt.Println(runes, len(runes))
	for i, c := range []byte(s) {
		fmt.Print(i, "=", c, " ")
	}
	fmt.Println()
}
