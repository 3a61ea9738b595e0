// Package alpha imports nothing: it comes first in import-path order.
package alpha

import "example.com/initorder/shared"

var A = shared.Note("alpha.A", 1)

func init() { shared.Note("alpha.init", 0) }
