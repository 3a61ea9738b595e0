#include "goc_rt.h"
/*
 * runtime/godebug.c — the runtime's side of package internal/godebug (Go:
 * runtime/runtime.go godebug_setUpdate, godebug_setNewIncNonDefault,
 * godebugNotify; runtime/metrics.go godebug_registerMetric), under the link
 * names internal/godebug declares (runtime/linkname.h):
 *
 *   setUpdate(update)        internal/godebug's init hands over its update
 *                            func; the runtime calls update(default, $GODEBUG)
 *                            at once and again whenever os.Setenv or Unsetenv
 *                            changes GODEBUG (goc_godebug_envchanged, from
 *                            syscall.c);
 *   setNewIncNonDefault(f)   the constructor of non-default-use counters for
 *                            the runtime's own settings (kept: goc's runtime
 *                            counts none yet);
 *   registerMetric(name, r)  a /godebug/non-default-behavior/<name>:events
 *                            counter; kept in a table runtime/metrics reads
 *                            (goc_godebug_metric);
 *   write(fd, p, n)          runtime.write, which godebug pulls to print its
 *                            reports to standard error: write(2) of all n
 *                            bytes (retrying short writes and EINTR); the
 *                            bytes written, or -errno.
 *
 * State: three values in static (collector-scanned) memory, written once or
 * under metriclk; godebug's update func takes its own lock. The default
 * GODEBUG of gc's linker (from go.mod's go line and //go:debug directives)
 * is empty for a go 1.23 module, which goc builds: def is "".
 */
#include "linkname.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static goc_func *_Atomic update;          /* func(def, env string) */
static goc_func *_Atomic newincnondefault; /* func(name string) func() */

/* Call update(def, env) with the current $GODEBUG. */
static void notify(void) {
    goc_func *f = atomic_load(&update);
    if (f == NULL)
        return;
    const char *env = getenv("GODEBUG");
    goc_string def = {NULL, 0};
    goc_string e = env != NULL ? goc_gostring(env) : def;
    ((void (*)(goc_func *, goc_string, goc_string))f->fn)(f, def, e);
}

void internal_godebug__setUpdate(goc_func *f) {
    atomic_store(&update, f);
    notify();
}

void internal_godebug__setNewIncNonDefault(goc_func *f) { atomic_store(&newincnondefault, f); }

/* Called by syscall's Setenv and Unsetenv hooks after the C environment changed. */
void goc_godebug_envchanged(goc_string key) {
    if (key.len != 7 || memcmp(key.str, "GODEBUG", 7) != 0)
        return;
    goc_parsedebugvars();
    notify();
}

/* ---- registered metrics ----------------------------------------------------------------- */

typedef struct metric {
    goc_string name;
    goc_func *read; /* func() uint64 */
    struct metric *next;
} metric;

static pthread_mutex_t metriclk = PTHREAD_MUTEX_INITIALIZER;
static metric *metrics; /* newest first */

void internal_godebug__registerMetric(goc_string name, goc_func *read) {
    metric *m = goc_alloc(sizeof *m, true);
    m->name = name;
    m->read = read;
    pthread_mutex_lock(&metriclk);
    m->next = metrics;
    metrics = m;
    pthread_mutex_unlock(&metriclk);
}

/* The value of the registered metric name; false when none is registered. */
bool goc_godebug_metric(goc_string name, uint64_t *value) {
    goc_func *read = NULL;
    pthread_mutex_lock(&metriclk);
    for (metric *m = metrics; m != NULL; m = m->next)
        if (m->name.len == name.len && memcmp(m->name.str, name.str, (size_t)name.len) == 0) {
            read = m->read;
            break;
        }
    pthread_mutex_unlock(&metriclk);
    if (read == NULL)
        return false;
    *value = ((uint64_t (*)(goc_func *))read->fn)(read);
    return true;
}

int32_t runtime__write(goc_uintptr fd, void *p, int32_t n) {
    int32_t done = 0;
    while (done < n) {
        ssize_t w = write((int)fd, (const char *)p + done, (size_t)(n - done));
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return done > 0 ? done : -errno;
        }
        done += (int32_t)w;
    }
    return done;
}
