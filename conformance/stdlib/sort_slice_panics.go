// sort.Slice on something that is not a slice panics with reflect's ValueError, naming the
// kind (or "zero Value" for nil), as internal/reflectlite's Swapper does.
package main

import (
	"fmt"
	"sort"
)

func main() {
	for _, x := range []any{5, nil, []int{3, 1}} {
		func() {
			defer func() { fmt.Println(recover()) }()
			sort.Slice(x, func(i, j int) bool { return false })
		}()
	}
}
