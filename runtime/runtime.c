/*
 * runtime/runtime.c — process start and exit, the goroutine record
 * (Go: runtime/proc.go main/schedinit, runtime1.go args/goargs, os.Exit).
 *
 * Start-up order (goc_init, run once, idempotent):
 *   1. GC_INIT and a 4 MiB initial heap (GC_expand_hp): Go never lets its
 *      heap goal drop below 4 MB, and a tiny Boehm heap would collect every
 *      ~1,300 allocations (facts §10);
 *   2. goc_mallocinit (out-of-memory hook, GOC_GCSTRESS) and the other
 *      files' set-up: growth era (goc_sliceinit, GOCGROW), hash seeds
 *      (goc_alginit);
 *   3. the main goroutine g (goid 1) for the calling thread;
 *   4. os.Args.
 *
 * Goroutine records. Every thread that runs Go code has one goc_g reached
 * through the thread-local goc_curg, created on first use by goc_newg (so a
 * thread started later, e.g. by GC_pthread_create for a goroutine, gets its
 * own frames, panics and print buffer without further set-up). Records are
 * allocated uncollectable: Boehm does not scan __thread storage, and the
 * record must keep panic values and defer records alive. goids count up
 * from 1 in creation order.
 */
#include "goc_rt.h"

#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__thread goc_g *goc_curg;
static atomic_llong goidgen;

goc_g *goc_newg(void) {
    goc_g *g = GC_MALLOC_UNCOLLECTABLE(sizeof *g);
    if (g == NULL)
        goc_throw("runtime: out of memory");
    memset(g, 0, sizeof *g);
    g->goid = (int64_t)atomic_fetch_add(&goidgen, 1) + 1;
    goc_curg = g;
    return g;
}

goc_slice goc_os_Args;

static atomic_int rtinitstate; /* 0 not started, 1 running, 2 done */

/* Go: goargs. The strings point at the process's own argv, which lives forever. */
static void goargs(int argc, char **argv) {
    if (argc <= 0 || argv == NULL)
        return;
    goc_string *a = goc_alloc((uintptr_t)argc * sizeof *a, true);
    for (int i = 0; i < argc; i++) {
        a[i].str = (const uint8_t *)argv[i];
        a[i].len = (goc_int)strlen(argv[i]);
    }
    goc_slice s = {a, argc, argc};
    goc_os_Args = s;
}

void goc_init(int argc, char **argv) {
    int expect = 0;
    if (!atomic_compare_exchange_strong(&rtinitstate, &expect, 1)) {
        while (atomic_load(&rtinitstate) != 2) /* another thread is initialising */
            sched_yield();
        return;
    }
    GC_INIT();
    GC_allow_register_threads();
    GC_expand_hp(4 << 20);
    goc_mallocinit();
    goc_sliceinit();
    goc_alginit();
    (void)goc_getg(); /* the main goroutine: the first g, goid 1 */
    goargs(argc, argv);
    atomic_store(&rtinitstate, 2);
}

int goc_main(int argc, char **argv, void (*init)(void), void (*mainfn)(void)) {
    goc_init(argc, argv);
    if (init != NULL)
        init();
    mainfn();
    goc_exit(0);
}

/* os.Exit: nothing is buffered (print and fmt write straight to the fd). */
_Noreturn void goc_exit(int code) {
    _exit(code);
}

/*
 * Go: gotraceback. GOTRACEBACK=none|0 → 0 (panic lines only);
 * single|all|1 (default) → 1; system|2 → 2; crash → 2 and abort after the
 * report (a core dump, as gc's crash does).
 */
int goc_gotraceback(bool *crash) {
    const char *s = getenv("GOTRACEBACK");
    *crash = false;
    if (s == NULL || *s == '\0' || strcmp(s, "single") == 0 || strcmp(s, "all") == 0)
        return 1;
    if (strcmp(s, "none") == 0)
        return 0;
    if (strcmp(s, "system") == 0)
        return 2;
    if (strcmp(s, "crash") == 0) {
        *crash = true;
        return 2;
    }
    char *end;
    long n = strtol(s, &end, 10);
    if (*end == '\0' && n >= 0)
        return n > 2 ? 2 : (int)n;
    return 1;
}
