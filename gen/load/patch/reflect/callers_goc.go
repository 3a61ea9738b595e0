// goc replaces valueMethodName and funcName (value.go): gc's read runtime.Callers and FuncForPC, which goc's runtime stub lacks until package runtime comes from Go source (issue 14 item 3); they give gc's fallback texts.

//go:build goc

package reflect

// valueMethodName is the name of the exported Value method that called
// into a panic; without the caller's frame it is gc's fallback.
func valueMethodName() string { return "unknown method" }

// funcName names the function a MakeFunc wraps; without FuncForPC it is
// gc's text for a function it cannot name.
func funcName(f func([]Value) []Value) string { return "closure" }
