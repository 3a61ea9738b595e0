/*
 * runtime/trace.c — the execution tracer's public API (Go: runtime/trace.go
 * StartTrace, StopTrace, ReadTrace) and package runtime/trace's annotation
 * hooks (runtime/traceruntime.go trace_userTaskCreate, trace_userTaskEnd,
 * trace_userRegion, trace_userLog), under the link names of
 * runtime/linkname.h.
 *
 * goc has no execution tracer: its scheduler, collector and system calls
 * emit no events. A trace here follows gc's protocol and format with no
 * events in it:
 *
 *   StartTrace     fails with gc's error ("tracing is already enabled")
 *                  while a trace is on or not yet read to its end;
 *   ReadTrace      returns the header gc writes ("go 1.23 trace" and three
 *                  NULs), then blocks while the trace is on; after
 *                  StopTrace it returns the one generation, and then nil;
 *                  a second concurrent reader gets nil and gc's message;
 *   StopTrace      ends the trace and, as gc's traceAdvance, waits until
 *                  the reader has read it all (ReadTrace returned nil); a
 *                  StopTrace with no trace on returns at once;
 *   annotations    tasks, regions and logs of runtime/trace record nothing.
 *
 * The generation (generation 1) is what every generation of gc's needs: a
 * batch of no M with the EvFrequency event (timestamps are nanotime, so 10^9
 * units a second), and one event, as the parser rejects a generation of
 * none: the batch of the thread that called StartTrace with the GoStatus
 * gc writes for that goroutine at trace start (running on that thread).
 *
 * So runtime/trace.Start/Stop and testing's -test.trace write a trace that
 * Go's trace parser (internal/trace) reads as one generation without
 * events. State lives under lock; the reader parks on readsema and
 * StopTrace on donesema (runtime semaphores: the goroutines block as in gc).
 */
#include "goc_rt.h"
#include "linkname.h"

#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

enum { TRACEOFF, TRACEON, TRACESTOPPING };

static goc_mutex lock;
static int state;            /* TRACEOFF, TRACEON, TRACESTOPPING */
static bool headerread;      /* ReadTrace returned the header */
static bool genread;         /* ReadTrace returned the generation */
static bool reading;         /* a ReadTrace is in progress */
static uint32_t readsema;    /* released when the reader may have more */
static uint32_t donesema;    /* released when the reader returned nil after StopTrace */
static uint32_t stopsema = 1; /* one StopTrace at a time */

static int64_t startgoid;    /* the goroutine that called StartTrace */
static uint64_t startm;      /* its thread (gc: m.procid, the thread id) */
static int64_t startts;      /* nanotime at StartTrace */

static const char header[16] = "go 1.23 trace\0\0\0";

enum {
    /* internal/trace/event/go122's event types and statuses */
    evEventBatch = 1,
    evFrequency = 8,
    evGoStatus = 25, /* [dt, goroutine ID, thread ID, status] */
    goRunning = 2,
    bytesPerNumber = 10,
};

static goc_slice bytes(const void *p, size_t n) {
    goc_slice s = goc_makeslice(&goc_type_uint8, (goc_int)n, (goc_int)n);
    memcpy(s.ptr, p, n);
    return s;
}

static size_t putuvarint(uint8_t *b, uint64_t v) {
    size_t n = 0;
    while (v >= 0x80) {
        b[n++] = (uint8_t)v | 0x80;
        v >>= 7;
    }
    b[n++] = (uint8_t)v;
    return n;
}

/* Append batch [EvEventBatch gen m ts size] holding events ev[:evn] to buf at n. */
static size_t batch(uint8_t *buf, size_t n, uint64_t m, int64_t ts, const uint8_t *ev, size_t evn) {
    buf[n++] = evEventBatch;
    n += putuvarint(buf + n, 1); /* generation */
    n += putuvarint(buf + n, m);
    n += putuvarint(buf + n, (uint64_t)ts);
    n += putuvarint(buf + n, evn);
    memcpy(buf + n, ev, evn);
    return n + evn;
}

/* The generation: the frequency batch, then the starting thread's batch. */
static goc_slice generation(void) {
    uint8_t freq[1 + bytesPerNumber], status[1 + 4 * bytesPerNumber], buf[10 * bytesPerNumber + sizeof freq + sizeof status];
    size_t fn = 0, sn = 0, n = 0;
    freq[fn++] = evFrequency;
    fn += putuvarint(freq + fn, 1000000000);
    status[sn++] = evGoStatus;
    sn += putuvarint(status + sn, 0); /* dt from the batch's timestamp */
    sn += putuvarint(status + sn, (uint64_t)startgoid);
    sn += putuvarint(status + sn, startm);
    sn += putuvarint(status + sn, goRunning);
    n = batch(buf, n, ~(uint64_t)0, goc_nanotime(), freq, fn); /* no M, as gc's */
    n = batch(buf, n, startm, startts, status, sn);
    return bytes(buf, n);
}

goc_eface runtime__traceStart(void) {
    goc_lock(&lock);
    if (state != TRACEOFF) {
        goc_unlock(&lock);
        return goc_errorString("tracing is already enabled");
    }
    state = TRACEON;
    headerread = genread = false;
    startgoid = goc_getg()->goid;
    startm = (uint64_t)syscall(SYS_gettid);
    startts = goc_nanotime();
    goc_unlock(&lock);
    return (goc_eface){NULL, NULL};
}

void runtime__StopTrace(void) {
    goc_semacquire(&stopsema, false, "semacquire");
    goc_lock(&lock);
    if (state != TRACEON) {
        goc_unlock(&lock);
        goc_semrelease(&stopsema, false);
        return;
    }
    state = TRACESTOPPING;
    goc_unlock(&lock);
    goc_semrelease(&readsema, false);
    goc_semacquire(&donesema, false, "semacquire");
    goc_semrelease(&stopsema, false);
}

goc_slice runtime__ReadTrace(void) {
    goc_lock(&lock);
    if (reading) {
        goc_unlock(&lock);
        goc_printlock();
        goc_printstring(GOC_STR("runtime: ReadTrace called from multiple goroutines simultaneously\n"));
        goc_printunlock();
        return (goc_slice){0};
    }
    for (;;) {
        if (state == TRACEOFF) {
            goc_unlock(&lock);
            return (goc_slice){0};
        }
        if (!headerread) {
            headerread = true;
            goc_unlock(&lock);
            return bytes(header, sizeof header);
        }
        if (state == TRACESTOPPING) {
            if (!genread) {
                genread = true;
                goc_unlock(&lock);
                return generation();
            }
            state = TRACEOFF;
            goc_unlock(&lock);
            goc_semrelease(&donesema, false);
            return (goc_slice){0};
        }
        /* On, header read: wait for StopTrace. */
        reading = true;
        goc_unlock(&lock);
        goc_semacquire(&readsema, false, "trace reader (blocked)");
        goc_lock(&lock);
        reading = false;
    }
}

/* runtime/trace's annotations: goc's trace holds no events. */
void runtime_trace__userTaskCreate(uint64_t id, uint64_t parentID, goc_string taskType) {
    (void)id, (void)parentID, (void)taskType;
}

void runtime_trace__userTaskEnd(uint64_t id) { (void)id; }

void runtime_trace__userRegion(uint64_t id, uint64_t mode, goc_string regionType) {
    (void)id, (void)mode, (void)regionType;
}

void runtime_trace__userLog(uint64_t id, goc_string category, goc_string message) {
    (void)id, (void)category, (void)message;
}
