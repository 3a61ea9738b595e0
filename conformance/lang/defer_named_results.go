// Deferred closures run after the return values are assigned and can read
// and modify named results; unnamed results cannot be changed by a defer.
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func track() (s string, err error) {
	defer func() {
		if err != nil {
			s = "failed: " + s
		}
	}()
	s = "partial"
	return s, fmt.Errorf("boom")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	n = 1
	return n + 1
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	fmt.Println(track())
	fmt.Println(counter())
}
