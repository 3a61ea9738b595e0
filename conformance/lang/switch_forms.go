// switch forms: with tag, tagless (switch true), with init statement, case
// lists, default in any position, no automatic fallthrough, and break inside switch.
package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	default:
		return "other"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0:
		return "invalid"
	}
	return "C"
}

var calls []string

func val(s string, v int) int {
	calls = append(calls, s)
	return v
}

func main() {
	for _, c := range []byte("a 5x") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	fmt.Println(grade(95), grade(85), grade(-1), grade(10))
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	case 5:
		fmt.Println("five")
	}
	// cases are evaluated top to bottom, left to right, stopping at the match
	switch val("tag", 3) {
	case val("a", 1), val("b", 3), val("c", 3):
		fmt.Println("matched b")
	case val("d", 3):
		fmt.Println("not reached")
	}
	fmt.Println(calls)
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break // breaks the switch, not the loop
		}
		fmt.Print(i)
	}
	fmt.Println()
	switch {
	}
	var e any = 3
	switch e {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
}
