// runtime/coverage in a program built without -cover (goc has no coverage
// instrumentation; gc's `go run` without -cover is the same case): every
// function reports that there is no coverage data, with gc's errors.
package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime/coverage"
)

func main() {
	dir := os.TempDir()
	fmt.Println("WriteMetaDir:", coverage.WriteMetaDir(dir))
	fmt.Println("WriteCountersDir:", coverage.WriteCountersDir(dir))
	var buf bytes.Buffer
	fmt.Println("WriteMeta:", coverage.WriteMeta(&buf), buf.Len())
	fmt.Println("WriteCounters:", coverage.WriteCounters(&buf), buf.Len())
	fmt.Println("ClearCounters:", coverage.ClearCounters())
}
