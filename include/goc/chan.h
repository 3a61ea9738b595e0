/*
 * goc/chan.h — channels and select (Go: runtime/chan.go, select.go).
 *
 * A channel value is a goc_hchan * (NULL = nil channel); the structure is
 * private to the runtime. A channel type's descriptor has kind GOC_CHAN,
 * elem = the element type and len = the direction (1 <-chan, 2 chan<-,
 * 3 chan), with GOC_TFLAG_DIRECTIFACE | GOC_TFLAG_POINTERS |
 * GOC_TFLAG_REFLEXIVE | GOC_TFLAG_REGMEM and goc_memhash64/goc_memequal64
 * (channels compare by identity).
 *
 * Lowering (T is the element's C type, c a goc_hchan *):
 *   make(chan T, n)      c = goc_makechan(&chantype, n)      (n omitted: 0)
 *   c <- v               { T tmp = v; goc_chansend1(c, &tmp); }
 *   <-c  (value unused)  goc_chanrecv1(c, NULL)
 *   v = <-c              goc_chanrecv1(c, &v)
 *   v, ok = <-c          ok = goc_chanrecv2(c, &v)
 *   for v := range c     for (;;) { T v; if (!goc_chanrecv2(c, &v)) break; ... }
 *   close(c)             goc_closechan(c)
 *   len(c), cap(c)       goc_chanlen(c), goc_chancap(c)
 *   select {}            goc_block()
 * Receives write the value straight into *elem (zeroed after close), so
 * elem may be the destination variable itself.
 *
 * select with n >= 2 cases (or 1 case plus default, see also the
 * selectnb forms): fill a goc_scase array with the send cases first, in
 * source order, then the receive cases, in source order, and call
 *     goc_int i = goc_selectgo(cases, nsends, nrecvs, block, &recvOK);
 * i indexes that array; block is false when there is a default clause, and
 * then i == -1 means "run default". A send case's elem points at the value
 * to send (a temporary holding the evaluated operand); a receive case's
 * elem points at where to store the value, or is NULL when it is
 * discarded; recvOK reports, for a receive, whether the value came from a
 * send (false: the channel was closed, *elem zeroed). Nil channels never
 * become ready. Among ready cases one is chosen uniformly at random.
 * Channel operands and sent values are evaluated in source order before
 * the call, as Go specifies.
 */
#ifndef GOC_CHAN_H
#define GOC_CHAN_H

#include "types.h"

typedef struct goc_hchan goc_hchan;

/*
 * Go: makechan. chantype is the channel's descriptor (kind GOC_CHAN).
 * size < 0 or too large: panic "makechan: size out of range" (plain error).
 * Element types of 64 KiB or more are a fatal error, as in gc.
 */
goc_hchan *goc_makechan(const goc_type *chantype, goc_int size);

/* Go: chansend1. Blocks until received or buffered. Nil c blocks forever;
   a closed c panics "send on closed channel". */
void goc_chansend1(goc_hchan *c, const void *elem);
/* Go: chanrecv1. elem may be NULL (value discarded). Nil c blocks forever. */
void goc_chanrecv1(goc_hchan *c, void *elem);
/* Go: chanrecv2. Returns ok: false when the value is the zero value of a closed channel. */
bool goc_chanrecv2(goc_hchan *c, void *elem);
/* Go: closechan. Panics "close of nil channel", "close of closed channel". */
void goc_closechan(goc_hchan *c);
/* len(c), cap(c); 0 for a nil channel. */
goc_int goc_chanlen(goc_hchan *c);
goc_int goc_chancap(goc_hchan *c);

/*
 * select with one case and a default (Go: selectnbsend, selectnbrecv):
 *   select { case c <- v: A; default: B }
 *       → { T tmp = v; if (goc_selectnbsend(c, &tmp)) A else B }
 *   select { case v, ok = <-c: A; default: B }
 *       → if (goc_selectnbrecv(c, &v, &ok)) A else B      (received may be NULL)
 */
bool goc_selectnbsend(goc_hchan *c, const void *elem);
bool goc_selectnbrecv(goc_hchan *c, void *elem, bool *received);

/* One case of a select; see the layout above. */
typedef struct goc_scase {
    goc_hchan *c;
    void *elem;
} goc_scase;

/*
 * Go: selectgo. cases[0:nsends] are sends, cases[nsends:nsends+nrecvs]
 * receives. Returns the chosen index; *recvOK (may be NULL) as described
 * above; -1 only when !block and no case is ready. A chosen send case on a
 * closed channel panics "send on closed channel". With no non-nil channel
 * and block, the goroutine blocks forever (wait reason "select").
 */
goc_int goc_selectgo(goc_scase *cases, goc_int nsends, goc_int nrecvs, bool block, bool *recvOK);

/* select {}: block forever (Go: block). Never returns. */
_Noreturn void goc_block(void);

#endif
