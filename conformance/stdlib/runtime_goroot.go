// runtime.GOROOT is $GOROOT as the process started with it (os.Setenv changes nothing),
// else the root of the Go installation the program was built from.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

func main() {
	root := runtime.GOROOT()
	fmt.Println("absolute:", filepath.IsAbs(root))
	_, err := os.Stat(filepath.Join(root, "src", "runtime", "extern.go"))
	fmt.Println("has src/runtime/extern.go:", err == nil)
	v, err := os.ReadFile(filepath.Join(root, "VERSION"))
	fmt.Println("VERSION is go1.23:", err == nil && strings.HasPrefix(string(v), "go1.23"))
	os.Setenv("GOROOT", "/opt/elsewhere")
	fmt.Println("after os.Setenv:", runtime.GOROOT() == root)
	os.Unsetenv("GOROOT")
	fmt.Println("after os.Unsetenv:", runtime.GOROOT() == root)
}
