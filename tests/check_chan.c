/*
 * tests/check_chan.c — channels (runtime/chan.c): unbuffered and buffered
 * send/receive across goroutines, FIFO order, len/cap, close semantics
 * (draining, comma-ok, waking blocked receivers and senders), gc's panic
 * messages, nil channels blocking into the deadlock report, zero-size and
 * large elements, values kept alive by a channel buffer across
 * collections, and a stress run of 10^5 goroutines passing values through
 * channel chains (10^4 under GC stress).
 */
#include <check.h>
#include <stdio.h>
#include <string.h>

#include <goc.h>

#include "testutil.h"
#include "goc_rt.h"

TU_CHANTYPE(chan_int, &goc_type_int, "chan int");
#define chan_int (chan_int_desc.d.Type)
TU_CHANTYPE(chan_string, &goc_type_string, "chan string");
#define chan_string (chan_string_desc.d.Type)

GOC_DESCRIBE(empty_struct, goc_structtype, "struct {}",
       {.Type = GOC_TYPEINIT(0, 1, GOC_STRUCT, GOC_TFLAG_REGULARMEMORY, 0, &goc_memequal0_f)});
#define empty_struct (empty_struct_desc.d.Type)
TU_CHANTYPE(chan_empty, &empty_struct, "chan struct {}");
#define chan_empty (chan_empty_desc.d.Type)

typedef struct big {
    goc_int a[128];
} big;
GOC_DESCRIBE(big_type, goc_arraytype, "[128]int",
       {.Type = GOC_TYPEINIT(sizeof(big), 8, GOC_ARRAY, GOC_TFLAG_REGULARMEMORY, 0, NULL), .Elem = &goc_type_int, .Len = 128});
#define big_type (big_type_desc.d.Type)
TU_CHANTYPE(chan_big, &big_type, "chan [128]int");
#define chan_big (chan_big_desc.d.Type)

typedef struct node {
    goc_int v;
    struct node *next;
} node;
TU_PTR(node_ptr, "*main.node", NULL);
#define node_ptr (node_ptr_desc.d.Type)
TU_CHANTYPE(chan_nodep, &node_ptr, "chan *main.node");
#define chan_nodep (chan_nodep_desc.d.Type)

/* ---- send and receive ---------------------------------------------------------- */

typedef struct sendargs {
    goc_hchan *c;
    goc_int n;
    bool close;
} sendargs;

static void sender(void *arg) {
    sendargs *a = arg;
    for (goc_int i = 0; i < a->n; i++)
        goc_chansend1(a->c, &i);
    if (a->close)
        goc_closechan(a->c);
}

static void check_inorder(goc_int bufsize) {
    goc_hchan *c = goc_makechan(&chan_int, bufsize);
    sendargs a = {c, tu_scale_slow(20000, 20), true};
    tu_go(sender, &a);
    goc_int v, want = 0;
    while (goc_chanrecv2(c, &v)) {
        ck_assert_int_eq(v, want);
        want++;
    }
    ck_assert_int_eq(want, a.n);
    ck_assert_int_eq(v, 0); /* the zero value after close */
}

START_TEST(test_unbuffered_order) {
    check_inorder(0);
}
END_TEST

START_TEST(test_buffered_order) {
    check_inorder(1);
    check_inorder(7);
    check_inorder(1000);
}
END_TEST

/* An unbuffered send completes only when a receiver took the value. */
typedef struct rendezvous {
    goc_hchan *c;
    int stage; /* atomic */
} rendezvous;

static void rv_sender(void *arg) {
    rendezvous *r = arg;
    goc_int v = 42;
    __atomic_store_n(&r->stage, 1, __ATOMIC_SEQ_CST);
    goc_chansend1(r->c, &v);
    __atomic_store_n(&r->stage, 2, __ATOMIC_SEQ_CST);
}

START_TEST(test_unbuffered_blocks) {
    rendezvous *r = goc_alloc(sizeof *r, true); /* outlives this frame: the sender writes stage 2 */
    r->c = goc_makechan(&chan_int, 0);
    tu_go(rv_sender, r);
    while (__atomic_load_n(&r->stage, __ATOMIC_SEQ_CST) == 0)
        goc_Gosched();
    goc_timeSleep(20 * 1000000);
    ck_assert_int_eq(__atomic_load_n(&r->stage, __ATOMIC_SEQ_CST), 1); /* still blocked */
    ck_assert_int_eq(goc_chanlen(r->c), 0);
    goc_int v = 0;
    goc_chanrecv1(r->c, &v);
    ck_assert_int_eq(v, 42);
}
END_TEST

START_TEST(test_buffered_len_cap) {
    goc_hchan *c = goc_makechan(&chan_string, 3);
    ck_assert_int_eq(goc_chancap(c), 3);
    ck_assert_int_eq(goc_chanlen(c), 0);
    goc_string s[3] = {GOC_STR("a"), GOC_STR("bb"), GOC_STR("ccc")};
    for (int i = 0; i < 3; i++) {
        goc_chansend1(c, &s[i]); /* never blocks: room in the buffer */
        ck_assert_int_eq(goc_chanlen(c), i + 1);
    }
    goc_string extra = GOC_STR("x");
    ck_assert(!goc_selectnbsend(c, &extra)); /* full */
    goc_string r;
    goc_chanrecv1(c, &r);
    ck_assert_int_eq(r.len, 1);
    ck_assert(goc_selectnbsend(c, &extra));
    goc_chanrecv1(c, NULL); /* value discarded */
    goc_chanrecv1(c, &r);
    ck_assert_int_eq(r.len, 3);
    goc_chanrecv1(c, &r);
    ck_assert(memcmp(r.str, "x", 1) == 0);
    ck_assert_int_eq(goc_chanlen(c), 0);
    ck_assert_int_eq(goc_chanlen(NULL), 0);
    ck_assert_int_eq(goc_chancap(NULL), 0);
    ck_assert_int_eq(goc_chancap(goc_makechan(&chan_int, 0)), 0);
}
END_TEST

START_TEST(test_close_drains) {
    goc_hchan *c = goc_makechan(&chan_int, 4);
    for (goc_int i = 1; i <= 3; i++)
        goc_chansend1(c, &i);
    goc_closechan(c);
    ck_assert_int_eq(goc_chanlen(c), 3);
    goc_int v = -1;
    for (goc_int i = 1; i <= 3; i++) {
        ck_assert(goc_chanrecv2(c, &v));
        ck_assert_int_eq(v, i);
    }
    for (int i = 0; i < 3; i++) { /* closed and empty: zero value, ok false, never blocks */
        v = 99;
        ck_assert(!goc_chanrecv2(c, &v));
        ck_assert_int_eq(v, 0);
    }
    v = 99;
    goc_chanrecv1(c, &v);
    ck_assert_int_eq(v, 0);
    bool received = true;
    ck_assert(goc_selectnbrecv(c, &v, &received)); /* a closed channel is ready */
    ck_assert(!received);
}
END_TEST

/* close wakes every blocked receiver with ok == false. */
typedef struct waiter {
    goc_hchan *c;
    goc_hchan *done;
    goc_int got;
    bool ok;
} waiter;

static void recv_waiter(void *arg) {
    waiter *w = arg;
    w->got = 123;
    w->ok = goc_chanrecv2(w->c, &w->got);
    goc_int one = 1;
    goc_chansend1(w->done, &one);
}

static bool all_parked(void *arg) {
    return goc_NumGoroutine() >= *(goc_int *)arg;
}

START_TEST(test_close_wakes_receivers) {
    enum { N = 8 };
    goc_hchan *c = goc_makechan(&chan_int, 0);
    goc_hchan *done = goc_makechan(&chan_int, N);
    waiter w[N];
    for (int i = 0; i < N; i++) {
        w[i] = (waiter){c, done, 0, true};
        tu_go(recv_waiter, &w[i]);
    }
    goc_int want = N + 1;
    ck_assert(tu_eventually(all_parked, &want));
    goc_timeSleep(10 * 1000000);
    goc_closechan(c);
    for (int i = 0; i < N; i++)
        goc_chanrecv1(done, NULL);
    for (int i = 0; i < N; i++) {
        ck_assert(!w[i].ok);
        ck_assert_int_eq(w[i].got, 0);
    }
}
END_TEST

/* A sender blocked when the channel is closed panics in its own goroutine. */
static void send_forever(void *arg) {
    goc_int v = 5;
    goc_chansend1(arg, &v);
}

static void close_under_sender(void *unused) {
    (void)unused;
    goc_hchan *c = goc_makechan(&chan_int, 0);
    tu_go(send_forever, c);
    goc_int want = 2;
    tu_eventually(all_parked, &want);
    goc_timeSleep(20 * 1000000);
    goc_closechan(c);
    goc_block(); /* the sender's panic ends the process */
}

START_TEST(test_close_wakes_sender_panic) {
    tu_capture c;
    tu_run_tb(&c, close_under_sender, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(tu_hasprefix(c.err, "panic: send on closed channel\n\ngoroutine 17 [running]:\n"), "%s", c.err);
}
END_TEST

/* ---- panics --------------------------------------------------------------------- */

static void do_close_nil(void *unused) {
    (void)unused;
    goc_closechan(NULL);
}
static void do_close_closed(void *unused) {
    (void)unused;
    goc_hchan *c = goc_makechan(&chan_int, 1);
    goc_closechan(c);
    goc_closechan(c);
}
static void do_send_closed(void *unused) {
    (void)unused;
    goc_hchan *c = goc_makechan(&chan_int, 1);
    goc_closechan(c);
    goc_int v = 1;
    goc_chansend1(c, &v);
}
static void do_nbsend_closed(void *unused) {
    (void)unused;
    goc_hchan *c = goc_makechan(&chan_int, 0);
    goc_closechan(c);
    goc_int v = 1;
    goc_selectnbsend(c, &v); /* closed: panics even without a receiver */
}
static void do_makechan_neg(void *unused) {
    (void)unused;
    goc_makechan(&chan_int, -1);
}
static void do_makechan_huge(void *unused) {
    (void)unused;
    goc_makechan(&chan_int, (goc_int)1 << 62);
}

static void expect_panic(void (*fn)(void *), const char *msg) {
    tu_capture c;
    tu_run_tb(&c, fn, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    char want[256];
    snprintf(want, sizeof want, "panic: %s\n\ngoroutine 1 [running]:\n", msg);
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "got %s", c.err);
    /* plainError: no "runtime error: " prefix, no " [recovered]" */
}

START_TEST(test_panics) {
    expect_panic(do_close_nil, "close of nil channel");
    expect_panic(do_close_closed, "close of closed channel");
    expect_panic(do_send_closed, "send on closed channel");
    expect_panic(do_nbsend_closed, "send on closed channel");
    expect_panic(do_makechan_neg, "makechan: size out of range");
    expect_panic(do_makechan_huge, "makechan: size out of range");
}
END_TEST

/* The panic values are runtime.Error values whose Error() is the bare message. */
static goc_eface recovered;
static void recover_it(goc_func *f) {
    (void)f;
    recovered = goc_gorecover();
}
static const goc_func recover_closure = {(void (*)(void))recover_it};

static void close_nil_recovering(void) {
    goc_frame fr;
    goc_frame_enter(&fr);
    if (setjmp(fr.jb) == 0) {
        goc_deferproc(&fr, (goc_func *)&recover_closure);
        goc_closechan(NULL);
    }
    goc_deferreturn(&fr);
}

START_TEST(test_panic_value) {
    recovered = (goc_eface){NULL, NULL};
    close_nil_recovering();
    ck_assert_ptr_nonnull(recovered.type);
    ck_assert_str_eq(tu_cstr(goc_typestring(recovered.type)), "runtime.plainError");
    goc_iface e;
    ck_assert(goc_assertE2I2(&goc_type_runtime_Error, recovered, &e));
    goc_string msg;
    ck_assert(goc_callstringmethod(recovered, "Error", &msg));
    ck_assert_int_eq(msg.len, 20);
    ck_assert(memcmp(msg.str, "close of nil channel", 20) == 0);
}
END_TEST

/* ---- nil channels --------------------------------------------------------------- */

static void nil_send(void *unused) {
    (void)unused;
    goc_int v = 1;
    goc_chansend1(NULL, &v);
}
static void nil_recv(void *unused) {
    (void)unused;
    goc_chanrecv2(NULL, NULL);
}
static void nil_range(void *unused) {
    (void)unused;
    goc_int v;
    while (goc_chanrecv2(NULL, &v))
        ;
}
static void empty_select(void *unused) {
    (void)unused;
    goc_block();
}

static void expect_deadlock(void (*fn)(void *), const char *reason) {
    tu_capture c;
    tu_run_tb(&c, fn, NULL, NULL);
    ck_assert_int_eq(c.status, 2);
    char want[256];
    snprintf(want, sizeof want,
             "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [%s]:\nmain.main()\n", reason);
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "got %s", c.err);
}

START_TEST(test_nil_blocks_forever) {
    expect_deadlock(nil_send, "chan send (nil chan)");
    expect_deadlock(nil_recv, "chan receive (nil chan)");
    expect_deadlock(nil_range, "chan receive (nil chan)");
    expect_deadlock(empty_select, "select (no cases)");
    goc_int v = 3;
    ck_assert(!goc_selectnbsend(NULL, &v));
    bool ok = true;
    ck_assert(!goc_selectnbrecv(NULL, &v, &ok));
    ck_assert_int_eq(v, 3);
}
END_TEST

/* The detector must not fire while a value is on its way. */
static void late_sender(void *arg) {
    goc_timeSleep(30 * 1000000);
    goc_int v = 7;
    goc_chansend1(arg, &v);
}

START_TEST(test_no_false_deadlock) {
    goc_hchan *c = goc_makechan(&chan_int, 0);
    tu_go(late_sender, c);
    goc_int v = 0;
    goc_chanrecv1(c, &v);
    ck_assert_int_eq(v, 7);
}
END_TEST

/* ---- element sizes ----------------------------------------------------------- */

static void empty_sender(void *arg) {
    char z;
    for (int i = 0; i < 100; i++)
        goc_chansend1(arg, &z);
    goc_closechan(arg);
}

START_TEST(test_zero_size_elems) {
    goc_hchan *u = goc_makechan(&chan_empty, 0);
    tu_go(empty_sender, u);
    int n = 0;
    while (goc_chanrecv2(u, NULL))
        n++;
    ck_assert_int_eq(n, 100);
    goc_hchan *b = goc_makechan(&chan_empty, 1000000); /* no buffer memory for zero-size values */
    for (int i = 0; i < 10; i++)
        goc_chansend1(b, NULL);
    ck_assert_int_eq(goc_chanlen(b), 10);
    ck_assert_int_eq(goc_chancap(b), 1000000);
}
END_TEST

static void big_sender(void *arg) {
    for (goc_int k = 0; k < 50; k++) {
        big v;
        for (int i = 0; i < 128; i++)
            v.a[i] = k * 1000 + i;
        goc_chansend1(arg, &v);
    }
}

START_TEST(test_large_elems) {
    for (goc_int size = 0; size <= 3; size += 3) {
        goc_hchan *c = goc_makechan(&chan_big, size);
        tu_go(big_sender, c);
        for (goc_int k = 0; k < 50; k++) {
            big v;
            goc_chanrecv1(c, &v);
            for (int i = 0; i < 128; i++)
                ck_assert_int_eq(v.a[i], k * 1000 + i);
        }
    }
}
END_TEST

/* Heap objects referenced only from a channel buffer survive collections. */
START_TEST(test_buffer_keeps_values_alive) {
    enum { N = 200 };
    goc_hchan *c = goc_makechan(&chan_nodep, N);
    for (goc_int i = 0; i < N; i++) {
        node *n = goc_alloc(sizeof *n, true);
        n->v = i;
        n->next = goc_alloc(sizeof *n, true);
        n->next->v = -i;
        goc_chansend1(c, &n);
    }
    for (int k = 0; k < 3; k++) {
        goc_GC();
        for (int i = 0; i < 2000; i++) /* reuse any wrongly freed memory */
            memset(goc_alloc(sizeof(node), true), 0xAB, sizeof(node));
    }
    for (goc_int i = 0; i < N; i++) {
        node *n = NULL;
        goc_chanrecv1(c, &n);
        ck_assert_int_eq(n->v, i);
        ck_assert_int_eq(n->next->v, -i);
    }
}
END_TEST

/* ---- stress: chains of goroutines -------------------------------------------------- */

typedef struct chainlink {
    goc_hchan *left, *right;
} chainlink;

static void relay(void *arg) {
    chainlink *l = arg;
    goc_int v;
    goc_chanrecv1(l->left, &v);
    v++;
    goc_chansend1(l->right, &v);
}

/*
 * 10^5 goroutines in total (10^4 under GC stress or a sanitizer), in chains of `width`
 * goroutines that are all alive at once: each receives from its left
 * neighbour and sends one more to its right; the chain's end must see the
 * chain length. Half of the links are buffered.
 */
START_TEST(test_stress_chains) {
    long total = tu_slow() ? 10000 : 100000;
    long width = tu_slow() ? 100 : 1000;
    for (long chain = 0; chain < total / width; chain++) {
        goc_hchan *first = goc_makechan(&chan_int, chain % 2);
        goc_hchan *left = first;
        for (long i = 0; i < width; i++) {
            chainlink *l = goc_alloc(sizeof *l, true);
            l->left = left;
            l->right = goc_makechan(&chan_int, i % 2);
            tu_go(relay, l);
            left = l->right;
        }
        goc_int v = chain;
        goc_chansend1(first, &v);
        goc_chanrecv1(left, &v);
        ck_assert_int_eq(v, chain + width);
    }
}
END_TEST

/* A timer channel buffers one value but reports len and cap 0. */
START_TEST(test_timer_chan) {
    goc_hchan *c = goc_makechan(&chan_int, 1);
    goc_settimerchan(c);
    goc_int v = 7, got = 0;
    ck_assert(goc_selectnbsend(c, &v));
    ck_assert(!goc_selectnbsend(c, &v)); /* one slot */
    ck_assert_int_eq(goc_chanlen(c), 0);
    ck_assert_int_eq(goc_chancap(c), 0);
    bool ok = false;
    ck_assert(goc_selectnbrecv(c, &got, &ok));
    ck_assert(ok);
    ck_assert_int_eq(got, 7);
    ck_assert(!goc_selectnbrecv(c, &got, &ok));
}
END_TEST

Suite *chan_suite(void) {
    Suite *s = suite_create("chan");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_unbuffered_order);
    tcase_add_test(tc, test_buffered_order);
    tcase_add_test(tc, test_unbuffered_blocks);
    tcase_add_test(tc, test_buffered_len_cap);
    tcase_add_test(tc, test_timer_chan);
    tcase_add_test(tc, test_close_drains);
    tcase_add_test(tc, test_close_wakes_receivers);
    tcase_add_test(tc, test_close_wakes_sender_panic);
    tcase_add_test(tc, test_panics);
    tcase_add_test(tc, test_panic_value);
    tcase_add_test(tc, test_nil_blocks_forever);
    tcase_add_test(tc, test_no_false_deadlock);
    tcase_add_test(tc, test_zero_size_elems);
    tcase_add_test(tc, test_large_elems);
    tcase_add_test(tc, test_buffer_keeps_values_alive);
    suite_add_tcase(s, tc);
    TCase *st = tcase_create("stress");
    tcase_set_timeout(st, 240);
    tcase_add_test(st, test_stress_chains);
    suite_add_tcase(s, st);
    return s;
}
