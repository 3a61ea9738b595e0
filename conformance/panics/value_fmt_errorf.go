// panic with an error from fmt.Errorf (with %w) prints the wrapped message.
package main

import "fmt"

func main() {
	inner := fmt.Errorf("inner %d", 7)
	panic(fmt.Errorf("outer: %w", inner))
}
