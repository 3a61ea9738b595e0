/*
 * runtime/sync.c — the runtime's semaphores and notify lists (Go:
 * runtime/sema.go), behind package sync (runtime/sync_hooks.c, which gives
 * them to GOROOT's sync under its link names) and internal/poll.
 *
 * Semaphores. A semaphore is any uint32 counter; goroutines waiting on it
 * queue in one of SEMTABSZ roots chosen by the counter's address (gc hashes
 * into a table of treaps; a list per root is enough here). Each root's
 * nwait counts its waiters so that a release with nobody waiting never
 * takes the lock; the counter is incremented before nwait is read and
 * nwait before the counter is re-read (both sequentially consistent), so
 * a release and an acquire can never miss each other. A waiter is parked
 * with its wait reason, so the deadlock detector counts it as asleep.
 *
 * Notify lists (sync.Cond). Wait takes a ticket, unlocks the Locker and
 * sleeps until the ticket is notified; Signal notifies the oldest
 * outstanding ticket, Broadcast all of them. A ticket notified before its
 * goroutine queued is simply not slept on.
 */
#include "goc_rt.h"
#include "linkname.h"

#include <string.h>

/* ---- semaphores --------------------------------------------------------------------- */

enum { SEMTABSZ = 251 };

typedef struct semaroot {
    goc_mutex lock;
    goc_sudog *head, *tail;
    uint32_t nwait;       /* waiters in this root (atomic) */
} semaroot;

static semaroot semtable[SEMTABSZ];

static semaroot *semroot(const void *addr) {
    return &semtable[((uintptr_t)addr >> 3) % SEMTABSZ];
}

static bool cansemacquire(uint32_t *addr) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    while (v != 0)
        if (__atomic_compare_exchange_n(addr, &v, v - 1, true, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            return true;
    return false;
}


/* Unlink s from its root (root locked). */
static void rootremove(semaroot *r, goc_sudog *s) {
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        r->head = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    else
        r->tail = s->prev;
    s->next = s->prev = NULL;
}

void goc_semacquire(uint32_t *addr, bool lifo, const char *reason) {
    if (cansemacquire(addr))
        return;
    semaroot *r = semroot(addr);
    goc_sudog s;
    memset(&s, 0, sizeof s);
    s.g = goc_schedg();
    s.elem = addr;
    for (;;) {
        goc_lock(&r->lock);
        __atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
        if (cansemacquire(addr)) {
            __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
            goc_unlock(&r->lock);
            return;
        }
        s.ticket = 0;
        if (lifo && r->head != NULL) {
            s.prev = NULL;
            s.next = r->head;
            r->head->prev = &s;
            r->head = &s;
        } else {
            s.next = NULL;
            s.prev = r->tail;
            if (r->tail != NULL)
                r->tail->next = &s;
            else
                r->head = &s;
            r->tail = &s;
        }
        goc_gopark(reason != NULL ? reason : "semacquire", goc_parkunlock, &r->lock);
        if (s.ticket != 0 || cansemacquire(addr))
            return;
    }
}

void goc_semrelease(uint32_t *addr, bool handoff) {
    semaroot *r = semroot(addr);
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0)
        return;
    goc_lock(&r->lock);
    goc_sudog *s = r->head;
    while (s != NULL && s->elem != addr)
        s = s->next;
    if (s == NULL) {
        goc_unlock(&r->lock);
        return;
    }
    rootremove(r, s);
    __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
    if (handoff && cansemacquire(addr))
        s->ticket = 1; /* the count goes straight to the waiter */
    goc_g *gp = s->g;
    goc_unlock(&r->lock);
    goc_goready(gp);
}

/*
 * The semaphores GOROOT's packages reach by link name (linkname.h): Go's
 * runtime pushes poll_runtime_Semacquire/Semrelease to internal/poll (the
 * FD's close and read/write-lock semaphores). FIFO, no hand-off, as gc's.
 */
void internal_poll__runtime_Semacquire(uint32_t *addr) { goc_semacquire(addr, false, "semacquire"); }
void internal_poll__runtime_Semrelease(uint32_t *addr) { goc_semrelease(addr, false); }

/* ---- notify lists ----------------------------------------------------------------------- */

/* Ticket a precedes ticket b (wrapping counters). */
static bool lessticket(uint32_t a, uint32_t b) {
    return (int32_t)(a - b) < 0;
}

uint32_t goc_notifyListAdd(goc_notifyList *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void goc_notifyListWait(goc_notifyList *l, uint32_t t) {
    semaroot *r = semroot(l);
    goc_lock(&r->lock);
    if (lessticket(t, l->notify)) { /* already notified */
        goc_unlock(&r->lock);
        return;
    }
    goc_sudog s;
    memset(&s, 0, sizeof s);
    s.g = goc_schedg();
    s.ticket = t;
    s.prev = l->tail;
    if (l->tail != NULL)
        ((goc_sudog *)l->tail)->next = &s;
    else
        l->head = &s;
    l->tail = &s;
    goc_gopark("sync.Cond.Wait", goc_parkunlock, &r->lock);
}

void goc_notifyListNotifyAll(goc_notifyList *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    semaroot *r = semroot(l);
    goc_lock(&r->lock);
    goc_sudog *s = l->head;
    l->head = l->tail = NULL;
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    goc_unlock(&r->lock);
    while (s != NULL) {
        goc_sudog *next = s->next;
        goc_goready(s->g);
        s = next;
    }
}

void goc_notifyListNotifyOne(goc_notifyList *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    semaroot *r = semroot(l);
    goc_lock(&r->lock);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
        goc_unlock(&r->lock);
        return;
    }
    __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
    /* The goroutine holding ticket t may not have queued yet: then it sees
       the new notify value and does not sleep. */
    for (goc_sudog *s = l->head, *p = NULL; s != NULL; p = s, s = s->next) {
        if (s->ticket != t)
            continue;
        goc_sudog *n = s->next;
        if (p != NULL)
            p->next = n;
        else
            l->head = n;
        if (n != NULL)
            n->prev = p;
        if (l->tail == s)
            l->tail = p;
        goc_unlock(&r->lock);
        goc_goready(s->g);
        return;
    }
    goc_unlock(&r->lock);
}
