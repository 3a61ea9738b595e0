//go:build goc

// goc replaces callbacks.go: it hands libcgo's C entry points (crosscall2,
// _cgo_init, _cgo_thread_start, ...) to gc's runtime and linker through
// assembly (set_crosscall2) and cgo_export/cgo_import directives. goc's
// goroutines run on C threads already and it links no libcgo: there is
// nothing to hand over.
package cgo
