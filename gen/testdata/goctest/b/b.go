// Package b imports a: it is initialized after a, before main.
package b

import "goctest/a"

var Z = a.Trace("b.Z", a.X*10)

func init() { println("b.init") }
