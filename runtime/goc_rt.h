/*
 * runtime/goc_rt.h — internals shared between runtime files. Not part of the
 * public ABI (include/goc.h); generated code never includes it.
 *
 * Every runtime file includes this header first. Cross-file internals are
 * GOC_INTERNAL (hidden visibility), like Lua's LUAI_FUNC.
 */
#ifndef GOC_RT_H
#define GOC_RT_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#define GC_THREADS 1
#include <gc/gc.h>

#include "../include/goc.h"

#define GOC_INTERNAL __attribute__((visibility("hidden")))

/* ---- malloc.c, slice.c, string.c (engineer M) ---- */
/* GOC_GCSTRESS=N: collect every N runtime allocations (0 = off). */
GOC_INTERNAL extern unsigned long goc_gcstress;
/* Go: maxAlloc on linux/amd64 (heapAddrBits = 48): the largest allocation. */
#define GOC_MAXALLOC ((uintptr_t)1 << 48)
/* Called by goc_init after GC_INIT: installs the out-of-memory hook and
   reads GOC_GCSTRESS. */
GOC_INTERNAL void goc_mallocinit(void);

/* ---- panic.c: the goroutine ---- */
struct goc_panic;
typedef struct goc_g {
    goc_frame *frames;        /* innermost frame with defers */
    struct goc_panic *panic;  /* innermost active panic */
    int64_t goid;             /* 1 for the main goroutine */
} goc_g;
GOC_INTERNAL goc_g *goc_getg(void);

/* ---- map.c ---- */
/* GOCTRACE=mapgrow: print one line per growth step on stderr. */
GOC_INTERNAL extern bool goc_trace_mapgrow;

#endif
