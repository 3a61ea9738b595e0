/*
 * runtime/chan.c — channels (Go: runtime/chan.go).
 *
 * Layout: one block holds the goc_hchan header (goc_rt.h) followed by the
 * ring buffer of dataqsiz slots of elemsize bytes. The block is atomic
 * (never scanned) when the element type holds no pointers: the header
 * points only at itself, at static type data, and at sudogs on parked
 * goroutines' stacks, none of which the collector must trace.
 *
 * Invariants (all under c->lock):
 *   - at least one of recvq and sendq is empty, except for an unbuffered
 *     channel with a single goroutine blocked on both sides in a select;
 *   - for a buffered channel: qcount > 0 implies recvq is empty, and
 *     qcount < dataqsiz implies sendq is empty;
 *   - a sudog in a queue belongs to a parked goroutine (or one inside
 *     goc_gopark); only the goroutine that dequeues it may ready it, after
 *     setting sudog.success and g->s.param to the sudog.
 * Values move with memmove: the collector has no write barriers. A direct
 * hand-off copies between the two goroutines' stacks while the receiver
 * (or sender) is parked.
 *
 * Nil channels block forever (parked with a nil-chan wait reason so the
 * deadlock detector sees them). Messages and their kinds are gc's: every
 * channel panic is a plainError (no "runtime error: " prefix).
 */
#include "goc_rt.h"

#include <string.h>

/* gc's hchanSize rounded to maxAlign; the buffer starts here. */
#define HCHANSIZE ((sizeof(goc_hchan) + 7) & ~(size_t)7)

/* ---- wait queues ------------------------------------------------------------------ */

void goc_waitq_enqueue(goc_waitq *q, goc_sudog *s) {
    s->next = NULL;
    s->prev = q->last;
    if (q->last != NULL)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
}

/* Unlink s; a sudog that is no longer queued is left alone. */
void goc_waitq_remove(goc_waitq *q, goc_sudog *s) {
    if (s->prev == NULL && q->first != s)
        return; /* not in the queue (already dequeued by a waker) */
    if (s->prev != NULL)
        s->prev->next = s->next;
    else
        q->first = s->next;
    if (s->next != NULL)
        s->next->prev = s->prev;
    else
        q->last = s->prev;
    s->next = s->prev = NULL;
}

/*
 * Go: waitq.dequeue. The first sudog whose goroutine can take it: a select's
 * sudog counts only if we win its goroutine's selectdone (another case of
 * the same select may have fired already; that sudog is dropped).
 */
goc_sudog *goc_waitq_dequeue(goc_waitq *q) {
    for (;;) {
        goc_sudog *s = q->first;
        if (s == NULL)
            return NULL;
        q->first = s->next;
        if (q->first != NULL)
            q->first->prev = NULL;
        else
            q->last = NULL;
        s->next = s->prev = NULL;
        if (s->isSelect) {
            uint32_t zero = 0;
            if (!__atomic_compare_exchange_n(&s->g->s.selectdone, &zero, 1, false, __ATOMIC_ACQ_REL,
                                             __ATOMIC_ACQUIRE))
                continue;
        }
        return s;
    }
}

/* Go: typedmemmove for one element (no write barriers needed under Boehm). */
static inline void elemmove(const goc_hchan *c, void *dst, const void *src) {
    if (c->elemsize != 0)
        memmove(dst, src, c->elemsize);
}

static inline void elemclear(const goc_hchan *c, void *dst) {
    if (c->elemsize != 0)
        memset(dst, 0, c->elemsize);
}

/* ---- hand-offs (c locked; the caller unlocks, then readies sg->g) --------------- */

/* Go: send. A receiver sg was waiting: give it the value at ep. */
void goc_chan_sendto(goc_hchan *c, goc_sudog *sg, const void *ep) {
    if (sg->elem != NULL)
        elemmove(c, sg->elem, ep);
    sg->success = true;
    sg->g->s.param = sg;
}

/*
 * Go: recv. A sender sg was waiting. Unbuffered: take its value. Buffered
 * (so the buffer is full): take the head of the queue and put the sender's
 * value at the tail, which is the same slot.
 */
void goc_chan_recvfrom(goc_hchan *c, goc_sudog *sg, void *ep) {
    if (c->dataqsiz == 0) {
        if (ep != NULL)
            elemmove(c, ep, sg->elem);
    } else {
        uint8_t *slot = c->buf + (size_t)c->recvx * c->elemsize;
        if (ep != NULL)
            elemmove(c, ep, slot);
        elemmove(c, slot, sg->elem);
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    sg->success = true;
    sg->g->s.param = sg;
}

/* Put the value at ep into the buffer (qcount < dataqsiz). */
void goc_chan_bufput(goc_hchan *c, const void *ep) {
    elemmove(c, c->buf + (size_t)c->sendx * c->elemsize, ep);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    c->qcount++;
}

/* Take the head of the buffer into ep (may be NULL) and clear its slot (qcount > 0). */
void goc_chan_bufget(goc_hchan *c, void *ep) {
    uint8_t *slot = c->buf + (size_t)c->recvx * c->elemsize;
    if (ep != NULL)
        elemmove(c, ep, slot);
    elemclear(c, slot); /* drop references for the collector */
    if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
    c->qcount--;
}


/* ---- make, send, receive, close ------------------------------------------------- */

goc_hchan *goc_makechan(const goc_type *chantype, goc_int size) {
    const goc_type *elem = ((const goc_chantype *)chantype)->Elem;
    if (elem->Size_ >= (1 << 16))
        goc_throw("makechan: invalid channel element type");
    if (elem->Align_ > 8)
        goc_throw("makechan: bad alignment");
    uintptr_t mem;
    if (size < 0 || __builtin_mul_overflow(elem->Size_, (uintptr_t)size, &mem) ||
        mem > GOC_MAXALLOC - HCHANSIZE)
        goc_panicplainerror("makechan: size out of range");
    bool pointers = elem->PtrBytes != 0 && elem->Size_ != 0;
    goc_hchan *c = goc_alloc(HCHANSIZE + mem, pointers);
    c->elemtype = elem;
    c->elemsize = (uint16_t)elem->Size_;
    c->dataqsiz = size;
    c->buf = (uint8_t *)c + HCHANSIZE;
    return c;
}

/*
 * Go: chansend. block == false is select's non-blocking send: report
 * whether the value went out. A closed channel panics either way.
 */
static bool chansend(goc_hchan *c, const void *ep, bool block) {
    if (c == NULL) {
        if (!block)
            return false;
        goc_parkforever("chan send (nil chan)");
    }
    goc_lock(&c->lock);
    if (c->closed) {
        goc_unlock(&c->lock);
        goc_panicplainerror("send on closed channel");
    }
    goc_sudog *sg = goc_waitq_dequeue(&c->recvq);
    if (sg != NULL) {
        goc_g *gp = sg->g;
        goc_chan_sendto(c, sg, ep);
        goc_unlock(&c->lock);
        goc_goready(gp);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        goc_chan_bufput(c, ep);
        goc_unlock(&c->lock);
        return true;
    }
    if (!block) {
        goc_unlock(&c->lock);
        return false;
    }
    goc_sudog mysg = {.g = goc_schedg(), .elem = (void *)ep, .c = c};
    goc_waitq_enqueue(&c->sendq, &mysg);
    goc_gopark("chan send", goc_parkunlock, &c->lock);
    /* Woken by a receiver (success) or by close. */
    if (!mysg.success)
        goc_panicplainerror("send on closed channel");
    return true;
}

/*
 * Go: chanrecv. Returns whether the operation happened (always when
 * blocking); *received reports a real value rather than a closed channel's
 * zero value. ep may be NULL.
 */
static bool chanrecv(goc_hchan *c, void *ep, bool block, bool *received) {
    *received = false;
    if (c == NULL) {
        if (!block)
            return false;
        goc_parkforever("chan receive (nil chan)");
    }
    goc_lock(&c->lock);
    if (c->closed && c->qcount == 0) {
        goc_unlock(&c->lock);
        if (ep != NULL)
            elemclear(c, ep);
        return true;
    }
    goc_sudog *sg = goc_waitq_dequeue(&c->sendq);
    if (sg != NULL) {
        goc_g *gp = sg->g;
        goc_chan_recvfrom(c, sg, ep);
        goc_unlock(&c->lock);
        goc_goready(gp);
        *received = true;
        return true;
    }
    if (c->qcount > 0) {
        goc_chan_bufget(c, ep);
        goc_unlock(&c->lock);
        *received = true;
        return true;
    }
    if (!block) {
        goc_unlock(&c->lock);
        return false;
    }
    goc_sudog mysg = {.g = goc_schedg(), .elem = ep, .c = c};
    goc_waitq_enqueue(&c->recvq, &mysg);
    goc_gopark("chan receive", goc_parkunlock, &c->lock);
    *received = mysg.success;
    return true;
}

void goc_chansend1(goc_hchan *c, const void *elem) {
    chansend(c, elem, true);
}

void goc_chanrecv1(goc_hchan *c, void *elem) {
    bool received;
    chanrecv(c, elem, true, &received);
}

bool goc_chanrecv2(goc_hchan *c, void *elem) {
    bool received;
    chanrecv(c, elem, true, &received);
    return received;
}

bool goc_selectnbsend(goc_hchan *c, const void *elem) {
    return chansend(c, elem, false);
}

bool goc_selectnbrecv(goc_hchan *c, void *elem, bool *received) {
    bool r;
    bool selected = chanrecv(c, elem, false, &r);
    if (received != NULL)
        *received = r;
    return selected;
}

/*
 * Go: closechan. Every waiting receiver gets the zero value and ok ==
 * false; every waiting sender wakes up to panic. The waiters are collected
 * under the lock and readied after it is released.
 */
void goc_closechan(goc_hchan *c) {
    if (c == NULL)
        goc_panicplainerror("close of nil channel");
    goc_lock(&c->lock);
    if (c->closed) {
        goc_unlock(&c->lock);
        goc_panicplainerror("close of closed channel");
    }
    c->closed = true;
    goc_sudog *list = NULL; /* linked through next; every one is readied below */
    goc_sudog *sg;
    while ((sg = goc_waitq_dequeue(&c->recvq)) != NULL) {
        if (sg->elem != NULL)
            elemclear(c, sg->elem);
        sg->success = false;
        sg->g->s.param = sg;
        sg->next = list;
        list = sg;
    }
    while ((sg = goc_waitq_dequeue(&c->sendq)) != NULL) {
        sg->success = false;
        sg->g->s.param = sg;
        sg->next = list;
        list = sg;
    }
    goc_unlock(&c->lock);
    while (list != NULL) {
        sg = list;
        list = sg->next; /* sg dies with its goroutine's frame once readied */
        goc_goready(sg->g);
    }
}

void goc_settimerchan(goc_hchan *c) {
    if (c->dataqsiz != 1)
        goc_throw("timer channel without exactly one buffer slot");
    c->timer = true;
}

goc_int goc_chanlen(goc_hchan *c) {
    if (c == NULL || c->timer)
        return 0;
    return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED);
}

goc_int goc_chancap(goc_hchan *c) {
    if (c == NULL || c->timer)
        return 0;
    return c->dataqsiz;
}
