// Package uses builds on package broken.
package uses

import "example.com/needsdep/broken"

// G calls broken.F.
func G() int { return broken.F() + 1 }
