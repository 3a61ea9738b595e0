package main

import (
	"fmt"
	"os"
)

// Members of os that goc's own os package (gen/load/override/os) lacks are
// unsupported, not Go errors.
func main() {
	os.Stdout.Sync()     // ERROR: unsupported: os.File.Sync
	err := os.Chdir("x") // ERROR: unsupported: os.Chdir
	fmt.Println(err)
}
