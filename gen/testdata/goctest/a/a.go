// Package a is imported by b and main: it is initialized once, first.
package a

var X = trace("a.X", Y+1)

var Y = trace("a.Y", 1)

func init() { println("a.init 1") }

func init() { println("a.init 2") }

func trace(name string, v int) int {
	println(name, v)
	return v
}

func Trace(name string, v int) int { return trace(name, v) }

// Recover stops a panic when deferred directly: defer a.Recover().
func Recover() {
	if r := recover(); r != nil {
		println("a.Recover:", r.(string))
	}
}
