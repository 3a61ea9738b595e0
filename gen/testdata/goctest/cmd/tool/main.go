// Command tool is a main package inside the module goctest, built by path
// (./cmd/tool, goctest/cmd/tool) or as a directory.
package main

import (
	"os"
	"strings"

	"goctest/a"
)

func main() {
	println("tool", a.Trace("tool", 7), strings.Join(os.Args[1:], ","), flavor)
}
