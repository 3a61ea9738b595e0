//go:build goc

// goc replaces the GOROOT file of this name, whose variables are linked to
// the runtime's error values (go:linkname): here they are errors with the
// runtime's texts that satisfy runtime.Error.
package bits

// errorString is a runtime error, as the runtime's errorString.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

var overflowError error = errorString("integer overflow")

var divideError error = errorString("integer divide by zero")
