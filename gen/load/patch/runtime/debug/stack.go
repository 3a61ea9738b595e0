//go:build goc

// goc replaces stack.go: its SetCrashOutput duplicates a descriptor with
// internal/poll, which goc cannot translate yet (goc's os is its own), so
// that function is not here; Stack and PrintStack are, over runtime.Stack.
// The rest of runtime/debug translates from GOROOT, its body-less functions
// (SetTraceback, setGCPercent, freeOSMemory, readGCStats, modinfo, ...)
// implemented by goc's C runtime (runtime/extern.c).
package debug

import (
	"os"
	"runtime"
)

// PrintStack writes the calling goroutine's stack trace to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns the calling goroutine's stack trace, formatted as a
// traceback is, in a buffer that grows until the trace fits.
func Stack() []byte {
	for size := 1024; ; size *= 2 {
		buf := make([]byte, size)
		if n := runtime.Stack(buf, false); n < size {
			return buf[:n]
		}
	}
}
