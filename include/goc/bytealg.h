/*
 * goc/bytealg.h — the byte loops of Go's internal/bytealg (whose amd64
 * versions are assembly: indexbyte_amd64.s, count_amd64.s, index_amd64.s,
 * compare_amd64.s), for goc's internal/bytealg (gen/load/override), which
 * calls them from //goc:cbody lines. Results are Go's: a byte index or -1;
 * Compare gives -1, 0, +1.
 */
#ifndef GOC_BYTEALG_H
#define GOC_BYTEALG_H

#include "types.h"

goc_int goc_bytealg_IndexByte(const void *p, goc_int n, uint8_t c);     /* first c in p[:n] */
goc_int goc_bytealg_LastIndexByte(const void *p, goc_int n, uint8_t c); /* last c in p[:n] */
goc_int goc_bytealg_Count(const void *p, goc_int n, uint8_t c);         /* number of c in p[:n] */
/* first index of b[:m] in a[:n] (0 for an empty b) */
goc_int goc_bytealg_Index(const void *a, goc_int n, const void *b, goc_int m);
/* a[:n] against b[:m], bytewise, then by length */
goc_int goc_bytealg_Compare(const void *a, goc_int n, const void *b, goc_int m);

#endif
