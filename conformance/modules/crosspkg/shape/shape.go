// Package shape declares an interface and implements it; main implements it
// too, and render consumes it.
package shape

import (
	"fmt"

	"example.com/crosspkg/internal/geom"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct {
	geom.Point // embedded from another package: X, Y, Dist and Scale are promoted
	R          float64
}

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string  { return fmt.Sprintf("circle(%g)", c.R) }

type Rect struct{ Min, Max geom.Point }

func (r *Rect) Area() float64 { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r *Rect) Name() string  { return "rect" }

// Named is satisfied by every Shape: an interface embedded across packages.
type Named interface{ Name() string }

var ErrEmpty = fmt.Errorf("shape: empty")
