/*
 * runtime/time.c — clocks and sleeping (Go: runtime/time.go timeSleep,
 * runtime/timestub.go walltime/nanotime).
 *
 * nanotime reads CLOCK_MONOTONIC (time.Since, the monotonic reading of
 * time.Now); walltime reads CLOCK_REALTIME. A sleeping goroutine keeps its
 * thread in clock_nanosleep: it is not parked, so the deadlock detector
 * treats it like gc treats a goroutine with a pending timer (the program is
 * not dead while a sleeper can still wake up and act).
 */
#include "goc_rt.h"

#include <errno.h>
#include <time.h>

int64_t goc_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void goc_walltime(int64_t *sec, int32_t *nsec) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *sec = (int64_t)ts.tv_sec;
    *nsec = (int32_t)ts.tv_nsec;
}

void goc_timeSleep(goc_int ns) {
    if (ns <= 0)
        return;
    int64_t when;
    if (__builtin_add_overflow(goc_nanotime(), ns, &when))
        when = INT64_MAX; /* sleep "forever" */
    struct timespec ts = {.tv_sec = when / 1000000000, .tv_nsec = when % 1000000000};
    /* Absolute deadline: signals (the collector's stop-the-world) just restart the wait. */
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}
