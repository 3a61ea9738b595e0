// Package pull declares a body-less function that package pulled
// implements, without importing it: the program must link pulled too.
package pull

import _ "unsafe" // for go:linkname

//go:linkname register goctest/pulled.register
func register(n int) int

// Ten calls pulled's register.
func Ten() int { return register(1) }
