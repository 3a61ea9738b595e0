#include "goc_rt.h"
/*
 * runtime/mstats.c — runtime.ReadMemStats over Boehm's statistics
 * (include/goc/mstats.h says which fields Boehm can fill). runtime.GC
 * comes here (goc_forcedGC) to be counted as a forced collection.
 */
#include <stdatomic.h>
#include <string.h>

static atomic_uint forcedgc;

void goc_forcedGC(void) {
    goc_GC();
    atomic_fetch_add_explicit(&forcedgc, 1, memory_order_relaxed);
    /* gc's runtime.GC parks its caller (it waits for the mark phase) and
       wakes the finalizer goroutine: the finalizers it queued get to run */
    if (goc_wakefing())
        goc_Gosched();
}

void goc_ReadMemStats(goc_MemStats *m) {
    struct GC_prof_stats_s s;
    memset(&s, 0, sizeof s);
    GC_get_prof_stats(&s, sizeof s);
    memset(m, 0, sizeof *m);
    m->HeapSys = s.heapsize_full;
    m->HeapIdle = s.free_bytes_full <= s.heapsize_full ? s.free_bytes_full : s.heapsize_full;
    m->HeapReleased = s.unmapped_bytes <= m->HeapIdle ? s.unmapped_bytes : m->HeapIdle;
    m->HeapInuse = m->HeapSys - m->HeapIdle;
    m->HeapAlloc = m->HeapInuse;
    m->Alloc = m->HeapAlloc;
    m->TotalAlloc = s.allocd_bytes_before_gc + s.bytes_allocd_since_gc;
    m->Sys = s.obtained_from_os_bytes > m->HeapSys ? s.obtained_from_os_bytes : m->HeapSys;
    m->Mallocs = goc_nmalloc();
    m->NumGC = (uint32_t)s.gc_no;
    m->NumForcedGC = atomic_load_explicit(&forcedgc, memory_order_relaxed);
    m->EnableGC = !GC_is_disabled();
    for (int i = 0; i < 61 && i < GOC_NUM_SIZE_CLASSES; i++)
        m->BySize[i].Size = goc_class_to_size[i];
}
