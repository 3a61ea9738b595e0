/*
 * runtime/sync.c — semaphores, notify lists, and package sync's Mutex,
 * RWMutex, WaitGroup, Once and Cond (Go: runtime/sema.go, sync/mutex.go,
 * rwmutex.go, waitgroup.go, once.go, cond.go).
 *
 * Semaphores. A semaphore is any uint32 counter; goroutines waiting on it
 * queue in one of SEMTABSZ roots chosen by the counter's address (gc hashes
 * into a table of treaps; a list per root is enough here). Each root's
 * nwait counts its waiters so that a release with nobody waiting never
 * takes the lock; the counter is incremented before nwait is read and
 * nwait before the counter is re-read (both sequentially consistent), so
 * a release and an acquire can never miss each other.
 *
 * The sync types keep gc's field layout and algorithms: Mutex's state word
 * (locked, woken, starving, waiter count) with normal and starvation modes,
 * RWMutex's reader count biased by -rwmutexMaxReaders while a writer is
 * pending, WaitGroup's counter<<32|waiters word. Their misuse messages are
 * gc's, with gc's kinds: fatal errors for bad unlocks, string panics in
 * WaitGroup and Cond.
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
    pthread_mutex_t lock; /* zero bytes are PTHREAD_MUTEX_INITIALIZER in glibc */
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

static void unlockroot(void *root) {
    pthread_mutex_unlock(&((semaroot *)root)->lock);
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
        pthread_mutex_lock(&r->lock);
        __atomic_add_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
        if (cansemacquire(addr)) {
            __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
            pthread_mutex_unlock(&r->lock);
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
        goc_gopark(reason != NULL ? reason : "semacquire", unlockroot, r);
        if (s.ticket != 0 || cansemacquire(addr))
            return;
    }
}

void goc_semrelease(uint32_t *addr, bool handoff) {
    semaroot *r = semroot(addr);
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&r->nwait, __ATOMIC_SEQ_CST) == 0)
        return;
    pthread_mutex_lock(&r->lock);
    goc_sudog *s = r->head;
    while (s != NULL && s->elem != addr)
        s = s->next;
    if (s == NULL) {
        pthread_mutex_unlock(&r->lock);
        return;
    }
    rootremove(r, s);
    __atomic_sub_fetch(&r->nwait, 1, __ATOMIC_SEQ_CST);
    if (handoff && cansemacquire(addr))
        s->ticket = 1; /* the count goes straight to the waiter */
    goc_g *gp = s->g;
    pthread_mutex_unlock(&r->lock);
    goc_goready(gp);
}

/*
 * The semaphores GOROOT's packages reach by link name (linkname.h): Go's
 * runtime pushes poll_runtime_Semacquire/Semrelease to internal/poll (the
 * FD's close and read/write-lock semaphores). FIFO, no hand-off, as gc's.
 */
void internal_poll__runtime_Semacquire(uint32_t *addr) { goc_semacquire(addr, false, "semacquire"); }
void internal_poll__runtime_Semrelease(uint32_t *addr) { goc_semrelease(addr, false); }

/* ---- sync.Mutex --------------------------------------------------------------------- */

enum {
    mutexLocked = 1,
    mutexWoken = 2,
    mutexStarving = 4,
    mutexWaiterShift = 3,
};
/* A waiter that waited longer than this switches the mutex to starvation mode. */
#define STARVATION_THRESHOLD_NS 1000000

static inline int32_t loadstate(int32_t *p) {
    return __atomic_load_n(p, __ATOMIC_SEQ_CST);
}

static inline bool casstate(int32_t *p, int32_t old, int32_t new_) {
    return __atomic_compare_exchange_n(p, &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* Go: sync_runtime_canSpin: a few rounds, only on a multiprocessor. */
static bool canspin(int iter) {
    static int ncpu;
    if (ncpu == 0)
        ncpu = (int)goc_NumCPU();
    return iter < 4 && ncpu > 1;
}

static void procyield(int n) {
    for (int i = 0; i < n; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __asm__ __volatile__("pause");
#else
        __asm__ __volatile__("" ::: "memory");
#endif
    }
}

static void lockslow(goc_sync_Mutex *m) {
    int64_t waitstart = 0;
    bool starving = false, awoke = false;
    int iter = 0;
    int32_t old = loadstate(&m->state);
    for (;;) {
        /* Locked, not starving: spin a little hoping the owner releases soon. */
        if ((old & (mutexLocked | mutexStarving)) == mutexLocked && canspin(iter)) {
            if (!awoke && (old & mutexWoken) == 0 && (old >> mutexWaiterShift) != 0 &&
                casstate(&m->state, old, old | mutexWoken))
                awoke = true;
            procyield(30);
            iter++;
            old = loadstate(&m->state);
            continue;
        }
        int32_t new_ = old;
        if ((old & mutexStarving) == 0)
            new_ |= mutexLocked; /* starving mutexes are handed off, never grabbed */
        if ((old & (mutexLocked | mutexStarving)) != 0)
            new_ += 1 << mutexWaiterShift;
        if (starving && (old & mutexLocked) != 0)
            new_ |= mutexStarving;
        if (awoke) {
            if ((new_ & mutexWoken) == 0)
                goc_throw("sync: inconsistent mutex state");
            new_ &= ~mutexWoken;
        }
        if (!casstate(&m->state, old, new_)) {
            old = loadstate(&m->state);
            continue;
        }
        if ((old & (mutexLocked | mutexStarving)) == 0)
            break; /* locked it */
        bool lifo = waitstart != 0; /* waited before: back to the head of the queue */
        if (waitstart == 0)
            waitstart = goc_nanotime();
        goc_semacquire(&m->sema, lifo, "sync.Mutex.Lock");
        starving = starving || goc_nanotime() - waitstart > STARVATION_THRESHOLD_NS;
        old = loadstate(&m->state);
        if ((old & mutexStarving) != 0) {
            /* Handed off to us: the mutex is ours, fix up the state. */
            if ((old & (mutexLocked | mutexWoken)) != 0 || (old >> mutexWaiterShift) == 0)
                goc_throw("sync: inconsistent mutex state");
            int32_t delta = mutexLocked - (1 << mutexWaiterShift);
            if (!starving || (old >> mutexWaiterShift) == 1)
                delta -= mutexStarving; /* last waiter or short wait: leave starvation mode */
            __atomic_add_fetch(&m->state, delta, __ATOMIC_SEQ_CST);
            break;
        }
        awoke = true;
        iter = 0;
    }
}

void goc_sync_Mutex_Lock(goc_sync_Mutex *m) {
    GOC_NILCHECK(m);
    if (casstate(&m->state, 0, mutexLocked))
        return;
    lockslow(m);
}

bool goc_sync_Mutex_TryLock(goc_sync_Mutex *m) {
    GOC_NILCHECK(m);
    int32_t old = loadstate(&m->state);
    if ((old & (mutexLocked | mutexStarving)) != 0)
        return false;
    return casstate(&m->state, old, old | mutexLocked);
}

static void unlockslow(goc_sync_Mutex *m, int32_t new_) {
    if (((new_ + mutexLocked) & mutexLocked) == 0)
        goc_fatal("sync: unlock of unlocked mutex");
    if ((new_ & mutexStarving) != 0) {
        goc_semrelease(&m->sema, true); /* hand the mutex to the next waiter */
        return;
    }
    int32_t old = new_;
    for (;;) {
        /* Nobody to wake, or someone already woken/locked it. */
        if ((old >> mutexWaiterShift) == 0 || (old & (mutexLocked | mutexWoken | mutexStarving)) != 0)
            return;
        new_ = (old - (1 << mutexWaiterShift)) | mutexWoken;
        if (casstate(&m->state, old, new_)) {
            goc_semrelease(&m->sema, false);
            return;
        }
        old = loadstate(&m->state);
    }
}

void goc_sync_Mutex_Unlock(goc_sync_Mutex *m) {
    GOC_NILCHECK(m);
    int32_t new_ = __atomic_sub_fetch(&m->state, mutexLocked, __ATOMIC_SEQ_CST);
    if (new_ != 0)
        unlockslow(m, new_);
}

/* ---- sync.RWMutex ------------------------------------------------------------------- */

#define RWMUTEX_MAXREADERS (1 << 30)

void goc_sync_RWMutex_RLock(goc_sync_RWMutex *rw) {
    GOC_NILCHECK(rw);
    if (__atomic_add_fetch(&rw->readerCount, 1, __ATOMIC_SEQ_CST) < 0)
        goc_semacquire(&rw->readerSem, false, "sync.RWMutex.RLock"); /* a writer is pending */
}

bool goc_sync_RWMutex_TryRLock(goc_sync_RWMutex *rw) {
    GOC_NILCHECK(rw);
    int32_t c = __atomic_load_n(&rw->readerCount, __ATOMIC_SEQ_CST);
    for (;;) {
        if (c < 0)
            return false;
        if (__atomic_compare_exchange_n(&rw->readerCount, &c, c + 1, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST))
            return true;
    }
}

void goc_sync_RWMutex_RUnlock(goc_sync_RWMutex *rw) {
    GOC_NILCHECK(rw);
    int32_t r = __atomic_sub_fetch(&rw->readerCount, 1, __ATOMIC_SEQ_CST);
    if (r >= 0)
        return;
    if (r + 1 == 0 || r + 1 == -RWMUTEX_MAXREADERS)
        goc_fatal("sync: RUnlock of unlocked RWMutex");
    /* A writer is pending: the last departing reader lets it in. */
    if (__atomic_sub_fetch(&rw->readerWait, 1, __ATOMIC_SEQ_CST) == 0)
        goc_semrelease(&rw->writerSem, false);
}

void goc_sync_RWMutex_Lock(goc_sync_RWMutex *rw) {
    GOC_NILCHECK(rw);
    goc_sync_Mutex_Lock(&rw->w); /* first, exclude other writers */
    /* Announce the writer; r is the number of active readers. */
    int32_t r = __atomic_sub_fetch(&rw->readerCount, RWMUTEX_MAXREADERS, __ATOMIC_SEQ_CST) + RWMUTEX_MAXREADERS;
    if (r != 0 && __atomic_add_fetch(&rw->readerWait, r, __ATOMIC_SEQ_CST) != 0)
        goc_semacquire(&rw->writerSem, false, "sync.RWMutex.Lock");
}

bool goc_sync_RWMutex_TryLock(goc_sync_RWMutex *rw) {
    GOC_NILCHECK(rw);
    if (!goc_sync_Mutex_TryLock(&rw->w))
        return false;
    int32_t zero = 0;
    if (!__atomic_compare_exchange_n(&rw->readerCount, &zero, -RWMUTEX_MAXREADERS, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST)) {
        goc_sync_Mutex_Unlock(&rw->w);
        return false;
    }
    return true;
}

void goc_sync_RWMutex_Unlock(goc_sync_RWMutex *rw) {
    GOC_NILCHECK(rw);
    /* Announce that no writer is active; r readers queued meanwhile. */
    int32_t r = __atomic_add_fetch(&rw->readerCount, RWMUTEX_MAXREADERS, __ATOMIC_SEQ_CST);
    if (r >= RWMUTEX_MAXREADERS)
        goc_fatal("sync: Unlock of unlocked RWMutex");
    for (int32_t i = 0; i < r; i++)
        goc_semrelease(&rw->readerSem, false);
    goc_sync_Mutex_Unlock(&rw->w);
}

/*
 * Go: sync.syscall_hasWaitingReaders, pushed to syscall.hasWaitingReaders
 * (linkname.h): whether a reader waits for rw's writer (syscall.ForkLock).
 */
bool syscall__hasWaitingReaders(goc_sync_RWMutex *rw) {
    int32_t r = __atomic_load_n(&rw->readerCount, __ATOMIC_SEQ_CST);
    return r < 0 && r + RWMUTEX_MAXREADERS > 0;
}

/* ---- sync.WaitGroup ----------------------------------------------------------------- */

static const goc_string negcounter = GOC_STR("sync: negative WaitGroup counter");
static const goc_string addmisuse = GOC_STR("sync: WaitGroup misuse: Add called concurrently with Wait");
static const goc_string reused = GOC_STR("sync: WaitGroup is reused before previous Wait has returned");
static const goc_string condcopied = GOC_STR("sync.Cond is copied");

/* panic("...") with a string value, as package sync does. */
static _Noreturn void panicstring(const goc_string *s) {
    goc_eface e = {&goc_type_string, (void *)s};
    goc_gopanic(e);
}

void goc_sync_WaitGroup_Add(goc_sync_WaitGroup *wg, goc_int delta) {
    GOC_NILCHECK(wg);
    uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, __ATOMIC_SEQ_CST);
    int32_t v = (int32_t)(state >> 32);
    uint32_t w = (uint32_t)state;
    if (v < 0)
        panicstring(&negcounter);
    if (w != 0 && delta > 0 && v == (int32_t)delta)
        panicstring(&addmisuse);
    if (v > 0 || w == 0)
        return;
    /* Counter reached 0 with waiters: nobody may touch the state now but us. */
    if (__atomic_load_n(&wg->state, __ATOMIC_SEQ_CST) != state)
        panicstring(&addmisuse);
    __atomic_store_n(&wg->state, 0, __ATOMIC_SEQ_CST);
    for (; w != 0; w--)
        goc_semrelease(&wg->sema, false);
}

void goc_sync_WaitGroup_Done(goc_sync_WaitGroup *wg) {
    goc_sync_WaitGroup_Add(wg, -1);
}

void goc_sync_WaitGroup_Wait(goc_sync_WaitGroup *wg) {
    GOC_NILCHECK(wg);
    uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_SEQ_CST);
    for (;;) {
        if ((int32_t)(state >> 32) == 0)
            return;
        if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST)) {
            goc_semacquire(&wg->sema, false, "semacquire");
            if (__atomic_load_n(&wg->state, __ATOMIC_SEQ_CST) != 0)
                panicstring(&reused);
            return;
        }
    }
}

/* ---- sync.Once ---------------------------------------------------------------------- */

/* The deferred half of Once.doSlow: done is set and the mutex released. */
typedef struct oncedone {
    goc_func f;
    goc_sync_Once *o;
} oncedone;

static void oncedone_fn(goc_func *c) {
    goc_sync_Once *o = ((oncedone *)c)->o;
    __atomic_store_n(&o->done, 1, __ATOMIC_SEQ_CST);
    goc_sync_Mutex_Unlock(&o->m);
}

/*
 * Go: Once.doSlow. f runs under o->m; done is set and the mutex released
 * by a deferred call, so also when f panics (the panic runs it on its way
 * out, as gc's two defers).
 */
static void onceslow(goc_sync_Once *o, goc_func *f) {
    goc_sync_Mutex_Lock(&o->m);
    if (__atomic_load_n(&o->done, __ATOMIC_SEQ_CST) != 0) {
        goc_sync_Mutex_Unlock(&o->m);
        return;
    }
    goc_frame fr;
    oncedone d = {{(void (*)(void))oncedone_fn}, o}; /* lives as long as the frame */
    goc_frame_enter(&fr);
    goc_deferproc(&fr, &d.f);
    GOC_NILCHECK(f);
    ((void (*)(goc_func *))f->fn)(f);
    goc_deferreturn(&fr);
}

void goc_sync_Once_Do(goc_sync_Once *o, goc_func *f) {
    GOC_NILCHECK(o);
    if (__atomic_load_n(&o->done, __ATOMIC_SEQ_CST) == 0)
        onceslow(o, f);
}

/* ---- notify lists and sync.Cond ---------------------------------------------------------- */

/* Ticket a precedes ticket b (wrapping counters). */
static bool lessticket(uint32_t a, uint32_t b) {
    return (int32_t)(a - b) < 0;
}

uint32_t goc_notifyListAdd(goc_notifyList *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

void goc_notifyListWait(goc_notifyList *l, uint32_t t) {
    semaroot *r = semroot(l);
    pthread_mutex_lock(&r->lock);
    if (lessticket(t, l->notify)) { /* already notified */
        pthread_mutex_unlock(&r->lock);
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
    goc_gopark("sync.Cond.Wait", unlockroot, r);
}

void goc_notifyListNotifyAll(goc_notifyList *l) {
    if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
        return;
    semaroot *r = semroot(l);
    pthread_mutex_lock(&r->lock);
    goc_sudog *s = l->head;
    l->head = l->tail = NULL;
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(&r->lock);
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
    pthread_mutex_lock(&r->lock);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
        pthread_mutex_unlock(&r->lock);
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
        pthread_mutex_unlock(&r->lock);
        goc_goready(s->g);
        return;
    }
    pthread_mutex_unlock(&r->lock);
}

goc_sync_Cond *goc_sync_NewCond(goc_iface l) {
    goc_sync_Cond *c = goc_alloc(sizeof *c, true);
    c->L = l;
    return c;
}

/* Go: copyChecker.check. The first use records the Cond's address. */
static void checkcopy(goc_sync_Cond *c) {
    uintptr_t self = (uintptr_t)&c->checker;
    uintptr_t v = __atomic_load_n(&c->checker, __ATOMIC_SEQ_CST);
    if (v == self)
        return;
    uintptr_t zero = 0;
    if (v == 0 && __atomic_compare_exchange_n(&c->checker, &zero, self, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        return;
    if (__atomic_load_n(&c->checker, __ATOMIC_SEQ_CST) != self)
        panicstring(&condcopied);
}

/* Call method i (0 Lock, 1 Unlock) of the Locker. */
static void lockercall(goc_iface l, int i) {
    if (l.tab == NULL)
        goc_panicmem();
    ((void (*)(void *))l.tab->Fun[i])(l.data);
}

void goc_sync_Cond_Wait(goc_sync_Cond *c) {
    GOC_NILCHECK(c);
    checkcopy(c);
    uint32_t t = goc_notifyListAdd(&c->notify);
    lockercall(c->L, 1);
    goc_notifyListWait(&c->notify, t);
    lockercall(c->L, 0);
}

void goc_sync_Cond_Signal(goc_sync_Cond *c) {
    GOC_NILCHECK(c);
    checkcopy(c);
    goc_notifyListNotifyOne(&c->notify);
}

void goc_sync_Cond_Broadcast(goc_sync_Cond *c) {
    GOC_NILCHECK(c);
    checkcopy(c);
    goc_notifyListNotifyAll(&c->notify);
}
