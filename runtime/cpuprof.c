/*
 * runtime/cpuprof.c — the CPU profiler's API (Go: runtime/cpuprof.go
 * SetCPUProfileRate, runtime_pprof_readProfile) and goroutine profiler
 * labels (Go: runtime/proflabel.go runtime_setProfLabel,
 * runtime_getProfLabel), under the link names of runtime/linkname.h.
 *
 * goc takes no CPU samples (no SIGPROF timer: a signal handler cannot walk
 * goc's frames safely). The profile log follows gc's protocol with no
 * samples in it:
 *
 *   SetCPUProfileRate(hz > 0)   starts a log whose first record is gc's
 *                               header record [3, nanotime, hz]; with a log
 *                               not yet read to its end it prints gc's
 *                               "runtime: cannot set cpu profile rate until
 *                               previous profile has finished." and does
 *                               nothing;
 *   SetCPUProfileRate(0)        closes the log;
 *   readProfile()               (runtime/pprof's profile writer) returns the
 *                               header record (one nil tag per record),
 *                               blocks while the log is open, and returns
 *                               eof once it is closed and read, dropping the
 *                               log; with no log, eof.
 *
 * So pprof.StartCPUProfile/StopCPUProfile write a valid profile with no
 * samples. Labels are a pointer per goroutine (goc_g.labels), which a `go`
 * statement copies to the new goroutine (proc.c newproc1), as in gc.
 */
#include "goc_rt.h"
#include "linkname.h"

static goc_mutex lock;
static bool on;            /* profiling on (hz > 0) */
static bool haslog;        /* a log exists: on, or closed and not yet read to its end */
static bool headerpending; /* the header record is not read yet */
static uint64_t header[3]; /* [record length 3, time, hz] */
static bool reading;       /* the reader is parked */
static uint32_t readsema;  /* released when the log may have more */

void runtime__SetCPUProfileRate(goc_int hz) {
    if (hz < 0)
        hz = 0;
    if (hz > 1000000)
        hz = 1000000;
    goc_lock(&lock);
    if (hz > 0) {
        if (on || haslog) {
            goc_unlock(&lock);
            goc_printlock();
            goc_printstring(GOC_STR("runtime: cannot set cpu profile rate until previous profile has finished.\n"));
            goc_printunlock();
            return;
        }
        on = haslog = headerpending = true;
        header[0] = 3;
        header[1] = (uint64_t)goc_nanotime();
        header[2] = (uint64_t)hz;
    } else if (on) {
        on = false;
        if (reading) {
            reading = false;
            goc_unlock(&lock);
            goc_semrelease(&readsema, false);
            return;
        }
    }
    goc_unlock(&lock);
}

runtime_pprof_readProfile_result runtime_pprof__readProfile(void) {
    runtime_pprof_readProfile_result r = {{0}, {0}, false};
    goc_lock(&lock);
    for (;;) {
        if (!haslog) {
            r.r2 = true;
            break;
        }
        if (headerpending) {
            headerpending = false;
            r.r0 = goc_makeslice(&goc_type_uint64, 3, 3);
            for (int i = 0; i < 3; i++)
                ((uint64_t *)r.r0.ptr)[i] = header[i];
            r.r1 = goc_makeslice(&goc_type_unsafe_Pointer, 1, 1);
            break;
        }
        if (!on) {
            haslog = false; /* closed and read: eof, and a new profile may start */
            r.r2 = true;
            break;
        }
        reading = true;
        goc_unlock(&lock);
        goc_semacquire(&readsema, false, "semacquire");
        goc_lock(&lock);
    }
    goc_unlock(&lock);
    return r;
}

void runtime_pprof__runtime_setProfLabel(void *labels) { goc_getg()->labels = labels; }

void *runtime_pprof__runtime_getProfLabel(void) { return goc_getg()->labels; }
