//go:build goc

// This file replaces package runtime's coverage hook (Go:
// runtime/covercounter.go): goc does not instrument programs for coverage
// (gc's -cover), so no package registers counters and the list is empty;
// runtime/coverage then reports, as gc does for a program built without
// -cover, that there is no coverage data.
package runtime

import "internal/coverage/rtcov"

//go:linkname coverage_getCovCounterList internal/coverage/cfile.getCovCounterList
func coverage_getCovCounterList() []rtcov.CovCounterBlob { return nil }
