// A panic's traceback lists every frame from the panic up to main.main:
// methods on pointer and value receivers, closures inside methods, named functions.
package main

import "errors"

type T struct{ n int }

//go:noinline
func (t *T) run(f func()) {
	f()
}

//go:noinline
func (t T) start() {
	p := &T{t.n + 1}
	p.run(func() {
		fail(p.n)
	})
}

//go:noinline
func fail(n int) {
	if n > 0 {
		panic(errors.New("failed"))
	}
}

func main() {
	T{1}.start()
}
