// panic with an error value prints its Error() text.
package main

import "fmt"

type myErr struct {
	what string
	code int
}

func (e myErr) Error() string { return fmt.Sprintf("%s (code %d)", e.what, e.code) }

func main() {
	panic(myErr{"disk full", 28})
}
