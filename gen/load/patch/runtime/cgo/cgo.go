//go:build goc

// goc replaces cgo.go, whose import "C" only carries libcgo's #cgo flags to
// the cgo tool, which goc does not run (so go/build leaves the file out);
// its one Go declaration, Incomplete, is declared here.
package cgo

import "runtime/internal/sys"

// Incomplete is used specifically for the semantics of incomplete C types:
// its sys.NotInHeap field keeps a type holding it out of the Go heap.
type Incomplete struct {
	_ sys.NotInHeap
}
