// A module whose go.mod says go 1.21 has Go 1.21's loop semantics: each for
// and range loop declares its variables once, so closures and pointers
// taken in the body share them. A file of the same package with
// //go:build go1.22 has the per-iteration variables of Go 1.22 (loop22.go).
package main

import "fmt"

func threeClause() {
	var fs []func() int
	var ps []*int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		ps = append(ps, &i)
	}
	for k, f := range fs {
		fmt.Print(f(), *ps[k], " ")
	}
	fmt.Println(ps[0] == ps[2])
}

func ranges() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for i, r := range "xyz" {
		fs = append(fs, func() string { return fmt.Sprint(i, string(r)) })
	}
	m := map[string]int{"k": 1}
	for k, v := range m {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	var arr [2]int
	for i := range arr {
		fs = append(fs, func() string { return fmt.Sprint("arr", i) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func mutate() {
	// a loop that changes its variable in the body: one variable either way
	var last *int
	for i := 0; i < 5; i += 2 {
		i++
		last = &i
	}
	fmt.Println(*last)
}

func main() {
	threeClause()
	ranges()
	mutate()
	perIteration()
}
