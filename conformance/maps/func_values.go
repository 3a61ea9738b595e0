// Map values of function type: a dispatch table, nil func for missing keys, closures
// capturing state, and functions stored in a map-of-func updated at run time.
package main

import "fmt"

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul", "div"} {
		if f, ok := ops[name]; ok {
			fmt.Println(name, f(7, 3))
		} else {
			fmt.Println(name, "missing", f == nil)
		}
	}
	ops["div"] = func(a, b int) int { return a / b }
	fmt.Println(ops["div"](7, 3), len(ops))
	n := 0
	counters := map[int]func() int{}
	for i := 1; i <= 3; i++ {
		counters[i] = func() int { n += i; return n }
	}
	a, b, c, d := counters[1](), counters[2](), counters[3](), counters[1]()
	fmt.Println(a, b, c, d, n)
	handlers := map[string][]func() string{}
	handlers["x"] = append(handlers["x"], func() string { return "h1" })
	handlers["x"] = append(handlers["x"], func() string { return "h2" })
	for _, h := range handlers["x"] {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
