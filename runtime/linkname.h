/*
 * runtime/linkname.h — the Go functions the C runtime implements for the Go
 * packages translated from source (gen/lower/linkname.go).
 *
 * A GOROOT package declares such a function without a body and reaches it
 * through //go:linkname (pulled: time's "//go:linkname runtimeNano
 * runtime.nanotime"; pushed by Go's runtime: sync.runtime_Semacquire). The
 * C symbol is the link name's C name: the import path with '/', '.' and '-'
 * as '_', "__", the Go name (runtime.nanotime -> runtime__nanotime). The
 * signature is the translator's lowering of the Go signature (goc_int,
 * goc_string, goc_slice, pointers, ...; several results: a struct of fields
 * r0, r1, ...). The translator writes its own prototype from the Go
 * declaration, so each prototype here must match that declaration: every
 * function is exercised by a Go program in the tests.
 */
#ifndef GOC_RT_LINKNAME_H
#define GOC_RT_LINKNAME_H

#include <goc.h>

/* package runtime (Go: runtime/time_nofake.go) */
int64_t runtime__nanotime(void);

#endif
