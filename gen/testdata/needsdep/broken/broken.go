// Package broken does not type-check (it stands for a GOROOT package that
// leans on what goc does not provide yet).
package broken

// F calls a function nobody declares.
func F() int { return missing() }
