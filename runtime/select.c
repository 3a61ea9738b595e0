/*
 * runtime/select.c — the select statement (Go: runtime/select.go).
 *
 * Case array (include/goc/chan.h): cases[0:nsends] are sends,
 * cases[nsends:nsends+nrecvs] receives; the translator keeps the mapping
 * back to source order.
 *
 * selectgo works in gc's three passes:
 *   0. pollorder: the non-nil cases in a uniformly random order (an
 *      inside-out Fisher-Yates shuffle); lockorder: the same cases sorted
 *      by channel address, so every select locks channels in one global
 *      order and two selects can never deadlock on each other's locks;
 *   1. with every channel locked, the first case in poll order that can
 *      proceed wins — so among ready cases each is chosen with equal
 *      probability;
 *   2. if none can and the select blocks, one sudog per case is queued on
 *      its channel and the goroutine parks. Wakers race for the goroutine
 *      through g->s.selectdone (goc_waitq_dequeue): exactly one case fires,
 *      and its waker records the sudog in g->s.param;
 *   3. woken, the goroutine locks everything again, unlinks the sudogs of
 *      the cases that did not fire, and reports the one that did.
 * A channel that appears in several cases is locked once (it sits in
 * consecutive lockorder slots).
 */
#include "goc_rt.h"

#include <stdlib.h>
#include <string.h>

enum { SMALLSELECT = 8 }; /* cases handled with stack scratch space */

typedef struct selstate {
    goc_scase *cases;
    goc_int *lockorder;
    goc_int n; /* entries in lockorder */
} selstate;

static void sellock(const selstate *st) {
    goc_hchan *prev = NULL;
    for (goc_int i = 0; i < st->n; i++) {
        goc_hchan *c = st->cases[st->lockorder[i]].c;
        if (c != prev)
            goc_lock(&c->lock);
        prev = c;
    }
}

static void selunlock(const selstate *st) {
    for (goc_int i = st->n - 1; i >= 0; i--) {
        goc_hchan *c = st->cases[st->lockorder[i]].c;
        if (i > 0 && c == st->cases[st->lockorder[i - 1]].c)
            continue; /* unlock each channel once, at its first slot */
        goc_unlock(&c->lock);
    }
}

static bool selparkunlock(goc_g *gp, void *arg) {
    (void)gp;
    selunlock(arg);
    return true;
}

static int cmpcase(const void *a, const void *b, void *arg) {
    const goc_scase *cases = arg;
    uintptr_t x = (uintptr_t)cases[*(const goc_int *)a].c;
    uintptr_t y = (uintptr_t)cases[*(const goc_int *)b].c;
    return x < y ? -1 : x > y;
}

/* Go: cheaprandn. A uniform number in [0, n) (n <= 2^32). */
static goc_int randn(goc_int n) {
    return (goc_int)(((uint64_t)goc_cheaprand() * (uint64_t)n) >> 32);
}

goc_int goc_selectgo(goc_scase *cases, goc_int nsends, goc_int nrecvs, bool block, bool *recvOK) {
    goc_int ncases = nsends + nrecvs;
    bool ok = false;
    goc_int small[2 * SMALLSELECT];
    goc_sudog smallsg[SMALLSELECT];
    goc_int *pollorder = small, *lockorder = small + SMALLSELECT;
    goc_sudog *sudogs = smallsg;
    if (ncases > SMALLSELECT) {
        pollorder = goc_alloc(2 * (uintptr_t)ncases * sizeof(goc_int), false);
        lockorder = pollorder + ncases;
        sudogs = goc_alloc((uintptr_t)ncases * sizeof(goc_sudog), true); /* reachable from this frame */
    }

    /* Pass 0: random poll order over the non-nil cases; lock order by address. */
    goc_int norder = 0;
    for (goc_int i = 0; i < ncases; i++) {
        if (cases[i].c == NULL)
            continue;
        goc_int j = randn(norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = i;
        norder++;
    }
    memcpy(lockorder, pollorder, (size_t)norder * sizeof(goc_int));
    qsort_r(lockorder, (size_t)norder, sizeof(goc_int), cmpcase, cases);
    selstate st = {cases, lockorder, norder};
    sellock(&st);

    /* Pass 1: the first ready case in poll order. */
    for (goc_int k = 0; k < norder; k++) {
        goc_int casi = pollorder[k];
        goc_scase *cas = &cases[casi];
        goc_hchan *c = cas->c;
        if (casi >= nsends) {
            goc_sudog *sg = goc_waitq_dequeue(&c->sendq);
            if (sg != NULL) {
                goc_g *gp = sg->g;
                goc_chan_recvfrom(c, sg, cas->elem);
                selunlock(&st);
                goc_goready(gp);
                ok = true;
            } else if (c->qcount > 0) {
                goc_chan_bufget(c, cas->elem);
                selunlock(&st);
                ok = true;
            } else if (c->closed) {
                selunlock(&st);
                if (cas->elem != NULL && c->elemsize != 0)
                    memset(cas->elem, 0, c->elemsize);
            } else {
                continue;
            }
            if (recvOK != NULL)
                *recvOK = ok;
            return casi;
        }
        if (c->closed) {
            selunlock(&st);
            goc_panicplainerror("send on closed channel");
        }
        goc_sudog *sg = goc_waitq_dequeue(&c->recvq);
        if (sg != NULL) {
            goc_g *gp = sg->g;
            goc_chan_sendto(c, sg, cas->elem);
            selunlock(&st);
            goc_goready(gp);
        } else if (c->qcount < c->dataqsiz) {
            goc_chan_bufput(c, cas->elem);
            selunlock(&st);
        } else {
            continue;
        }
        if (recvOK != NULL)
            *recvOK = false;
        return casi;
    }
    if (!block) {
        selunlock(&st);
        if (recvOK != NULL)
            *recvOK = false;
        return -1;
    }

    /* Pass 2: queue on every channel and park. */
    goc_g *g = goc_schedg();
    g->s.param = NULL;
    __atomic_store_n(&g->s.selectdone, 0, __ATOMIC_RELEASE);
    for (goc_int k = 0; k < norder; k++) {
        goc_int casi = lockorder[k];
        goc_sudog *sg = &sudogs[casi];
        memset(sg, 0, sizeof *sg);
        sg->g = g;
        sg->c = cases[casi].c;
        sg->elem = cases[casi].elem;
        sg->isSelect = true;
        goc_waitq_enqueue(casi < nsends ? &sg->c->sendq : &sg->c->recvq, sg);
    }
    goc_gopark("select", selparkunlock, &st);

    /* Pass 3: one case fired; withdraw the others. */
    sellock(&st);
    goc_sudog *won = g->s.param;
    g->s.param = NULL;
    goc_int casi = -1;
    for (goc_int k = 0; k < norder; k++) {
        goc_int i = lockorder[k];
        goc_sudog *sg = &sudogs[i];
        if (sg == won)
            casi = i;
        else
            goc_waitq_remove(i < nsends ? &sg->c->sendq : &sg->c->recvq, sg);
    }
    if (casi < 0)
        goc_throw("selectgo: bad wakeup");
    bool success = won->success;
    selunlock(&st);
    if (casi < nsends) {
        if (!success)
            goc_panicplainerror("send on closed channel");
        ok = false;
    } else {
        ok = success;
    }
    if (recvOK != NULL)
        *recvOK = ok;
    return casi;
}
