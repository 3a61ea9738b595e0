// Package zeta imports mid: initialized after it, and after alpha (sorted
// before it), although main imports zeta in its first file and alpha in its
// second.
package zeta

import (
	"example.com/initorder/mid"
	"example.com/initorder/shared"
)

var Z = shared.Note("zeta.Z", mid.B*2)

func init() { shared.Note("zeta.init", 0) }

func Trace(what string, v int) int { return shared.Note(what, v) }
