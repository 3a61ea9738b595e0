// panic with a pointer whose type implements error prints Error(), never an
// address.
package main

type opError struct{ op, msg string }

func (e *opError) Error() string { return e.op + ": " + e.msg }

func main() {
	panic(&opError{"read", "eof"})
}
