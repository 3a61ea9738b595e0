// && and || evaluate left to right and skip the right operand when the left
// decides the result; ! negates; bools compare with == and !=.
package main

import "fmt"

var trace []string

func t(name string, v bool) bool {
	trace = append(trace, name)
	return v
}

func main() {
	r1 := t("a", false) && t("b", true)
	r2 := t("c", true) || t("d", false)
	r3 := t("e", true) && t("f", false) || t("g", true)
	r4 := !t("h", false) && (t("i", false) || t("j", true))
	fmt.Println(r1, r2, r3, r4, trace)
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("unreachable")
	}
	fmt.Println(true == !false, r1 != r2)
	type flag bool
	var f flag = 3 > 2
	fmt.Printf("%v %T\n", f, f)
}
