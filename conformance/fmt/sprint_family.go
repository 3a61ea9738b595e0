// Sprint, Sprintln and Sprintf return the formatted text instead of printing it, with the
// same spacing rules as Print, Println and Printf.
package main

import "fmt"

func main() {
	a := fmt.Sprint("x", 1, 2, "y")
	b := fmt.Sprintln("x", 1, 2, "y")
	c := fmt.Sprintf("%s-%d-%v", "x", 1, 2.5)
	fmt.Printf("%q %q %q\n", a, b, c)
	fmt.Println(len(a), len(b), len(c))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintf(""))
	fmt.Printf("%q\n", fmt.Sprintf("no verbs"))
	parts := []string{}
	for i := 0; i < 3; i++ {
		parts = append(parts, fmt.Sprintf("[%d]", i))
	}
	fmt.Println(parts)
	fmt.Print(fmt.Sprintln(1, 2), fmt.Sprintln(3))
	nested := fmt.Sprintf("%s|%s", fmt.Sprint(1, 2), fmt.Sprintf("%03d", 7))
	fmt.Println(nested)
}
