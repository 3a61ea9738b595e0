package main

import "fmt"

type T struct{ fn, a, r0 int }

func main() {
	fn, done, state, int_, char := 1, 2, 3, 4, 5
	auto, register := 6, 7
	f := func() int { return fn + done + state + int_ + char + auto + register }
	fmt.Println(f())
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
	type error int
	var e error = 5
	fmt.Println(e)
	t := T{1, 2, 3}
	fmt.Println(t, t.fn)
	for x := range 3 {
		func() { fn += x }()
	}
	fmt.Println(fn)
	var NULL, EOF, stdout = 1, 2, 3
	fmt.Println(NULL, EOF, stdout)
	goto end
end:
	fmt.Println("end")
}
