// A module with a vendor directory: its requirement example.com/vlib is
// loaded from vendor/ (vendor/modules.txt), without network or module cache,
// with the go version modules.txt records for it.
package main

import (
	"fmt"

	"example.com/vlib"
)

func main() { fmt.Println(vlib.Version()) }
