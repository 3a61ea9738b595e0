/*
 * goc/slice.h — slices (Go: runtime/slice.go).
 *
 * append(s, x...) compiles to an inline fast path plus goc_growslice:
 *     newLen = s.len + n;
 *     if ((goc_uint)newLen > (goc_uint)s.cap)
 *         s = goc_growslice(s.ptr, newLen, s.cap, n, &elemtype);
 *     else
 *         s.len = newLen;
 *     store the n new elements at s.ptr[newLen-n .. newLen)
 */
#ifndef GOC_SLICE_H
#define GOC_SLICE_H

#include "types.h"

/* Go: makeslice. Panics "makeslice: len out of range" / "makeslice: cap out of range". */
goc_slice goc_makeslice(const goc_type *et, goc_int len, goc_int cap);

/*
 * Go: growslice. Requires (goc_uint)newLen > (goc_uint)oldCap. Allocates a
 * new array with gc's capacity for the selected growth era, copies the
 * oldLen = newLen - num old elements, zeroes the rest, and returns
 * {newptr, newLen, newcap}. The old array is untouched. Panics
 * "growslice: len out of range" when newLen < 0 or the size overflows.
 */
goc_slice goc_growslice(void *oldPtr, goc_int newLen, goc_int oldCap, goc_int num, const goc_type *et);

/* Go: nextslicecap (step A of growth, in elements) for the selected era. */
goc_int goc_nextslicecap(goc_int newLen, goc_int oldCap);

/*
 * Growth eras, chosen per process by GOCGROW=go1.17|go1.18|go1.22 (default
 * go1.22); goc_setgrowera overrides it (for tests). go1.18 = rules of
 * 1.18–1.21 (no malloc header), go1.17 = 1.16–1.17 rules.
 */
typedef enum { GOC_GROW_GO117 = 117, GOC_GROW_GO118 = 118, GOC_GROW_GO122 = 122 } goc_growera;
goc_growera goc_getgrowera(void);
void goc_setgrowera(goc_growera era);

/* Go: slicecopy. Copies min(toLen, fromLen) elements of width bytes (overlap-safe); returns that count. */
goc_int goc_slicecopy(void *toPtr, goc_int toLen, const void *fromPtr, goc_int fromLen, uintptr_t width);

/* [N]T(s) / (*[N]T)(s): panics unless len >= n ("cannot convert slice with length ..."). */
void goc_checkslicetoarray(goc_int len, goc_int n);

#endif
