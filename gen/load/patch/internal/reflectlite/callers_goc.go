// goc replaces methodName (value.go): gc's reads runtime.Caller and FuncForPC, which goc's runtime stub lacks until package runtime comes from Go source (issue 14 item 3); it gives gc's fallback text.

//go:build goc

package reflectlite

// methodName is the name of the function that called into a panic;
// without the caller's frame it is gc's fallback.
func methodName() string { return "unknown method" }
