#include "goc_rt.h"
/*
 * runtime/netpoll.c — internal/poll's runtime_poll* hooks WITHOUT a poller.
 * The scheduler's epoll poller (issue 16, helper `sched`) replaces this whole
 * file; until then every descriptor is reported not pollable.
 *
 * Go: runtime/netpoll.go poll_runtime_pollServerInit, pollOpen, ... pushed to
 * internal/poll (linkname.h). runtime_pollOpen fails with ENOSYS for every
 * descriptor, which is Go's own fallback (internal/poll's FD.Init): the FD
 * is marked blocking, os clears O_NONBLOCK again on descriptors it had made
 * non-blocking (pipes), and every read and write is a blocking system call
 * of its goroutine's thread. Deadlines are then unsupported
 * (os.ErrNoDeadline), as gc reports for regular files. A pollDesc's context
 * stays 0, and internal/poll never calls the other hooks with a context of
 * 0; they throw if it ever happens.
 */
#include "linkname.h"

#include <errno.h>

void internal_poll__runtime_pollServerInit(void) {}

goc_pollopen_result internal_poll__runtime_pollOpen(goc_uintptr fd) {
    (void)fd;
    return (goc_pollopen_result){0, ENOSYS};
}

static _Noreturn void nopoller(const char *what) {
    goc_throw(what);
}

void internal_poll__runtime_pollClose(goc_uintptr ctx) {
    (void)ctx;
    nopoller("runtime: pollClose without a poller");
}

goc_int internal_poll__runtime_pollWait(goc_uintptr ctx, goc_int mode) {
    (void)ctx, (void)mode;
    nopoller("runtime: pollWait without a poller");
}

void internal_poll__runtime_pollWaitCanceled(goc_uintptr ctx, goc_int mode) {
    (void)ctx, (void)mode;
    nopoller("runtime: pollWaitCanceled without a poller");
}

goc_int internal_poll__runtime_pollReset(goc_uintptr ctx, goc_int mode) {
    (void)ctx, (void)mode;
    nopoller("runtime: pollReset without a poller");
}

void internal_poll__runtime_pollSetDeadline(goc_uintptr ctx, int64_t d, goc_int mode) {
    (void)ctx, (void)d, (void)mode;
    nopoller("runtime: pollSetDeadline without a poller");
}

void internal_poll__runtime_pollUnblock(goc_uintptr ctx) {
    (void)ctx;
    nopoller("runtime: pollUnblock without a poller");
}

/* No descriptor is the poller's own (there is no epoll descriptor). */
bool internal_poll__runtime_isPollServerDescriptor(goc_uintptr fd) {
    (void)fd;
    return false;
}
