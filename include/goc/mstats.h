/*
 * goc/mstats.h — runtime.MemStats and runtime.ReadMemStats (Go: runtime/mstats.go).
 *
 * goc_MemStats has the layout of Go's runtime.MemStats (amd64), so a
 * translated program's MemStats can be passed as one. The memory is Boehm's
 * (runtime/malloc.c), so the fields mean what Boehm can tell:
 *
 *   Sys, HeapSys      bytes obtained from the system / in the heap (Boehm's
 *                     heap size, unmapped parts included)
 *   HeapIdle          bytes in free heap blocks; HeapReleased: unmapped ones
 *   HeapInuse         HeapSys - HeapIdle; Alloc == HeapAlloc == HeapInuse
 *                     (Boehm counts blocks in use, not live objects)
 *   TotalAlloc        bytes allocated since the start (cumulative)
 *   Mallocs           objects allocated since the start (runtime/malloc.c
 *                     counts every non-empty allocation, tiny ones included)
 *   NumGC             completed collections; NumForcedGC: runtime.GC calls
 *   EnableGC          the collector is enabled
 *   PauseNs, PauseEnd per collection, the time the world was stopped and
 *                     when it started again (Unix ns), in gc's 256-entry
 *                     rings (newest at [(NumGC+255)%256]); PauseTotalNs,
 *                     LastGC (Unix ns). Boehm stops the world for all of
 *                     its marking, so these are its whole mark phases.
 *   BySize[i].Size    gc's size classes (goc_class_to_size)
 *
 * Boehm does not count freed objects: Frees, HeapObjects, Lookups, the
 * per-class counts, NextGC, GCCPUFraction and the stack/span/cache fields
 * are 0.
 */
#ifndef GOC_MSTATS_H
#define GOC_MSTATS_H

#include "types.h"

typedef struct goc_MemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys;
    uint64_t MSpanInuse, MSpanSys, MCacheInuse, MCacheSys, BuckHashSys, GCSys, OtherSys;
    uint64_t NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
    struct {
        uint32_t Size;
        uint64_t Mallocs, Frees;
    } BySize[61];
} goc_MemStats;

/* Go: runtime.ReadMemStats. Collection statistics as of now. */
void goc_ReadMemStats(goc_MemStats *m);
/* runtime.GC: a forced collection, counted in NumForcedGC. */
void goc_forcedGC(void);

#endif
