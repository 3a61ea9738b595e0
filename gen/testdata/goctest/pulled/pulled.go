// Package pulled has a function package pull reaches by //go:linkname
// without importing this package (as time/tzdata reaches time).
package pulled

import _ "unsafe" // for go:linkname

//go:linkname register
func register(n int) int { return n * 10 }
