// A workspace (go.work) of two modules: the main module imports a package of
// the other one, which it does not require in its go.mod.
package main

import (
	"fmt"

	"example.com/wslib/text"
)

func main() { fmt.Println(text.Shout("workspace")) }
