#include "goc_rt.h"
/*
 * runtime/mstats.c — runtime.ReadMemStats over Boehm's statistics
 * (include/goc/mstats.h says which fields Boehm can fill). runtime.GC
 * comes here (goc_forcedGC) to be counted as a forced collection.
 *
 * Pauses (Go: memstats.pause_ns, pause_end, pause_total_ns, last_gc_unix).
 * Boehm stops the world for a collection's whole mark phase; a collection
 * event hook times each stop, from GC_EVENT_PRE_STOP_WORLD to
 * GC_EVENT_POST_START_WORLD, and adds it to the slot of the collection it
 * belongs to: collection number n (Boehm's gc_no once it is counted, which
 * happens while the world is stopped) owns slot (n-1) % 256 of the two
 * rings, so the newest pause is at PauseNs[(NumGC+255)%256] as in gc. The
 * hook runs with Boehm's allocation lock held; ReadMemStats copies under
 * the same lock.
 */
#include <stdatomic.h>
#include <string.h>

static atomic_uint forcedgc;

static struct {
    uint64_t ns[256], end[256]; /* per collection: time stopped, wall clock when it ended */
    uint64_t total;             /* every stop's time */
    uint64_t last;              /* wall clock at the end of the newest stop (LastGC) */
    uintptr_t lastgc;           /* the collection number of the newest stop */
    int64_t stopped;            /* goc_nanotime() when the world began to stop; 0: running */
} pauses;

static GC_on_collection_event_proc prevevent;

static void GC_CALLBACK pauseevent(GC_EventType e) {
    if (e == GC_EVENT_PRE_STOP_WORLD) {
        pauses.stopped = goc_nanotime();
    } else if (e == GC_EVENT_POST_START_WORLD && pauses.stopped != 0) {
        uint64_t d = (uint64_t)(goc_nanotime() - pauses.stopped);
        pauses.stopped = 0;
        int64_t sec;
        int32_t nsec;
        goc_walltime(&sec, &nsec);
        uintptr_t n = GC_get_gc_no();
        if (n == 0)
            n = 1; /* a stop before the first collection is counted: the first's */
        uintptr_t i = (n - 1) % 256;
        if (n != pauses.lastgc)
            pauses.ns[i] = 0;
        pauses.ns[i] += d;
        pauses.lastgc = n;
        pauses.total += d;
        pauses.last = (uint64_t)sec * 1000000000u + (uint64_t)nsec;
        pauses.end[i] = pauses.last;
    }
    if (prevevent != NULL)
        prevevent(e);
}

void goc_mstatsinit(void) {
    prevevent = GC_get_on_collection_event();
    GC_set_on_collection_event(pauseevent);
}

static void *copypauses(void *arg) {
    goc_MemStats *m = arg;
    memcpy(m->PauseNs, pauses.ns, sizeof m->PauseNs);
    memcpy(m->PauseEnd, pauses.end, sizeof m->PauseEnd);
    m->PauseTotalNs = pauses.total;
    m->LastGC = pauses.last;
    return NULL;
}

void goc_forcedGC(void) {
    goc_GC();
    atomic_fetch_add_explicit(&forcedgc, 1, memory_order_relaxed);
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
    GC_call_with_alloc_lock(copypauses, m);
    for (int i = 0; i < 61 && i < GOC_NUM_SIZE_CLASSES; i++)
        m->BySize[i].Size = goc_class_to_size[i];
}
