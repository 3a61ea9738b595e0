// Files are selected by build constraints as gc selects them for
// linux/amd64 without cgo: //go:build lines (os, arch, compiler, cgo,
// custom tags, negations, go versions) and _GOOS/_GOARCH/_test file names.
package main

import (
	"fmt"
	"sort"

	"example.com/buildtags/platform"
)

var picked []string

func pick(name string) bool {
	picked = append(picked, name)
	return true
}

func main() {
	sort.Strings(picked)
	fmt.Println(picked)
	fmt.Println(platform.OS(), platform.Arch(), platform.Cgo())
}
