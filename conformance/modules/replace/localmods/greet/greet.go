// Package greet is a module of its own, found through a replace directive;
// it requires example.com/counter, which the main module replaces too.
package greet

import (
	"fmt"

	"example.com/counter"
)

var calls counter.Counter

func Hello(name string) string {
	calls.Inc()
	return fmt.Sprintf("hello, %s (#%d)", name, calls.N())
}
