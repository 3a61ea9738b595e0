// Package render works on shape.Shape values, whatever package implements them.
package render

import (
	"fmt"
	"sort"
	"strings"

	"example.com/crosspkg/container"
	"example.com/crosspkg/shape"
)

func Describe(shapes []shape.Shape) string {
	sorted := append([]shape.Shape(nil), shapes...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Area() < sorted[j].Area() })
	names := container.Map(sorted, func(s shape.Shape) string {
		return fmt.Sprintf("%s=%.1f", s.Name(), s.Area())
	})
	return strings.Join(names, " ")
}

// Total uses a generic function of another package with a type argument of a third.
func Total(shapes []shape.Shape) float64 {
	areas := container.Map(shapes, shape.Shape.Area) // a method expression as a func value
	return container.Sum(areas...)
}
