#include "goc_rt.h"
/*
 * runtime/weak.c — weak pointers for internal/weak and unique's map cleanup
 * (Go: runtime/mheap.go getOrAddWeakHandle, internal_weak_runtime_*;
 * runtime/mgc.go unique_runtime_registerUniqueMapCleanup), on Boehm's
 * disappearing links. Hooks under the link names of linkname.h:
 *
 *   internal/weak.runtime_registerWeakPointer(p) -> handle
 *   internal/weak.runtime_makeStrongFromWeak(handle) -> p or nil
 *   unique.runtime_registerUniqueMapCleanup(f)
 *
 * A handle is one word of pointer-free GC memory holding p, so it does not
 * keep p's object alive; it is registered as a disappearing link of the
 * object containing p (GC_general_register_disappearing_link: "short"
 * semantics, cleared as soon as the collector finds the object unreachable,
 * before any finalizer could resurrect it, as Go's weak pointers are).
 * weak.Pointer holds the handle, so handles die with the last weak pointer.
 *
 * One handle per pointer value while its object lives (weak.Make(p) ==
 * weak.Make(p), as gc keeps the handle in the object's span specials): a
 * table maps p, stored hidden (bitwise not, so the table does not keep the
 * object alive either), to its handle; the table's memory is scanned, so a
 * handle lives at least as long as its entry. An entry whose handle was
 * cleared is stale (its object is gone; a new object may reuse the address)
 * and is replaced or dropped when the table grows. Under weaklk.
 *
 * Pointers outside the collected heap (package variables) never die: their
 * handles are never cleared.
 *
 * unique's cleanup func runs on a system goroutine after each collection
 * (gc runs it after each cycle starts, from clearpools; after Boehm's cycle
 * ends the cleared links are there to be seen): the collection-event
 * callback sets the futex word `cleanup` and wakes that goroutine.
 */
#include "linkname.h"

#include <linux/futex.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

typedef struct weakhandle {
    void *p; /* the pointer; NULL once its object was found unreachable */
} weakhandle;

typedef struct weakentry {
    uintptr_t hidden;  /* ~p: not a pointer to the collector */
    weakhandle *h;
} weakentry;

static pthread_mutex_t weaklk = PTHREAD_MUTEX_INITIALIZER;
static weakentry *table; /* scanned memory (the handles stay alive) */
static size_t tablesize, tableused; /* size: a power of two, or 0 */

static size_t slot(uintptr_t hidden, size_t size) {
    uint64_t x = (uint64_t)hidden * 0x9e3779b97f4a7c15ULL;
    return (size_t)(x >> 32) & (size - 1);
}

static void *GC_CALLBACK readhandle(void *h) { return ((weakhandle *)h)->p; }

/* The handle's pointer, read under the collector's lock so that a link being cleared is never half seen. */
static void *load(weakhandle *h) { return GC_call_with_alloc_lock(readhandle, h); }

/* Rebuild the table with room for more, dropping entries whose object is gone (weaklk held). */
static void grow(void) {
    size_t live = 0;
    for (size_t i = 0; i < tablesize; i++)
        if (table[i].h != NULL && load(table[i].h) != NULL)
            live++;
    size_t size = 64;
    while (size < 4 * (live + 1))
        size *= 2;
    weakentry *t = goc_alloc(size * sizeof *t, true);
    for (size_t i = 0; i < tablesize; i++) {
        weakentry e = table[i];
        if (e.h == NULL || load(e.h) == NULL)
            continue;
        size_t j = slot(e.hidden, size);
        while (t[j].h != NULL)
            j = (j + 1) & (size - 1);
        t[j] = e;
    }
    table = t, tablesize = size, tableused = live;
}

void *internal_weak__runtime_registerWeakPointer(void *p) {
    uintptr_t hidden = ~(uintptr_t)p;
    pthread_mutex_lock(&weaklk);
    if (2 * (tableused + 1) > tablesize)
        grow();
    size_t i = slot(hidden, tablesize);
    for (; table[i].h != NULL; i = (i + 1) & (tablesize - 1)) {
        if (table[i].hidden != hidden)
            continue;
        weakhandle *h = table[i].h;
        if (load(h) == p) {
            pthread_mutex_unlock(&weaklk);
            return h;
        }
        break; /* stale: p's previous object died; a new one lives at its address */
    }
    weakhandle *h = goc_alloc(sizeof *h, false);
    h->p = p;
    void *base = GC_base(p);
    if (base != NULL && GC_general_register_disappearing_link(&h->p, base) == GC_NO_MEMORY)
        goc_throw("runtime: out of memory registering a weak pointer");
    if (table[i].h == NULL)
        tableused++;
    table[i] = (weakentry){hidden, h};
    pthread_mutex_unlock(&weaklk);
    return h;
}

void *internal_weak__runtime_makeStrongFromWeak(void *u) {
    return u == NULL ? NULL : load(u);
}

/* ---- unique's map cleanup ----------------------------------------------------------------- */

static uint32_t cleanup;     /* futex word: 1 when a collection ended since the last cleanup */
static goc_func *cleanupfn;  /* unique's func(); reachable from here */

static GC_on_collection_event_proc prevevent; /* the scheduler's (stack.c), called first */

static void GC_CALLBACK oncollection(GC_EventType e) {
    if (prevevent != 0)
        prevevent(e);
    if (e != GC_EVENT_END)
        return;
    __atomic_store_n(&cleanup, 1, __ATOMIC_RELEASE);
    syscall(SYS_futex, &cleanup, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

/* The body of the cleanup goroutine. */
static void runcleanup(goc_func *self) {
    (void)self;
    for (;;) {
        runtime__entersyscall();
        while (__atomic_exchange_n(&cleanup, 0, __ATOMIC_ACQ_REL) == 0)
            syscall(SYS_futex, &cleanup, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
        runtime__exitsyscall();
        ((void (*)(goc_func *))cleanupfn->fn)(cleanupfn);
    }
}

static goc_func cleanupg = {(void (*)(void))runcleanup};

void unique__runtime_registerUniqueMapCleanup(goc_func *f) {
    cleanupfn = f;
    goc_newsysproc(&cleanupg); /* first: it installs the scheduler's collection hooks */
    prevevent = GC_get_on_collection_event();
    GC_set_on_collection_event(oncollection);
}
