/*
 * tests/check_trace.c — the tracer's API (runtime/trace.c), called as
 * package runtime's StartTrace/StopTrace/ReadTrace and runtime/trace call
 * it: a second start fails with gc's error; the reader gets the header,
 * blocks while the trace is on, gets the generation after StopTrace
 * (a frequency batch and the starting goroutine's GoStatus batch), then
 * nil; StopTrace waits for the reader; a stop with no trace returns; the
 * annotations accept anything.
 */
#include <string.h>
#include <unistd.h>

#include "goc_rt.h"
#include "linkname.h"
#include "testutil.h"

typedef struct reader {
    goc_slice chunks[4];
    int n;
    uint32_t done;
} reader;

static void read_all(void *arg) {
    reader *r = arg;
    for (;;) {
        goc_slice s = runtime__ReadTrace();
        if (s.ptr == NULL)
            break;
        if (r->n < 4)
            r->chunks[r->n++] = s;
    }
    goc_semrelease(&r->done, false);
}

static uint64_t uvarint(const uint8_t **p) {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t b = *(*p)++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (b < 0x80)
            return v;
    }
}

START_TEST(test_trace_protocol) {
    runtime__StopTrace(); /* no trace: returns at once */
    goc_eface err = runtime__traceStart();
    ck_assert_ptr_null(err.type);
    err = runtime__traceStart();
    ck_assert_ptr_nonnull(err.type);
    ck_assert_str_eq(tu_cstr(goc_typestring(err.type)), "runtime.errorString");
    goc_iface e;
    ck_assert(goc_assertE2I2(&goc_type_error, err, &e));
    ck_assert_str_eq(tu_cstr(((goc_string(*)(void *))e.tab->Fun[0])(e.data)), "runtime error: tracing is already enabled");

    runtime_trace__userTaskCreate(1, 0, tu_gostr("task"));
    runtime_trace__userRegion(1, 0, tu_gostr("region"));
    runtime_trace__userLog(1, tu_gostr("cat"), tu_gostr("msg"));
    runtime_trace__userTaskEnd(1);

    reader *r = goc_alloc(sizeof *r, true);
    tu_go(read_all, r);
    usleep(20000);
    /* The reader has the header and waits for more while tracing is on. */
    ck_assert_int_eq(__atomic_load_n(&r->n, __ATOMIC_SEQ_CST), 1);
    ck_assert_int_eq(r->chunks[0].len, 16);
    ck_assert(memcmp(r->chunks[0].ptr, "go 1.23 trace\0\0\0", 16) == 0);
    ck_assert_uint_eq(__atomic_load_n(&r->done, __ATOMIC_SEQ_CST), 0);

    runtime__StopTrace(); /* returns once the reader has read everything */
    ck_assert_int_eq(__atomic_load_n(&r->n, __ATOMIC_SEQ_CST), 2);
    goc_semacquire(&r->done, false, NULL);
    const uint8_t *p = r->chunks[1].ptr, *end = p + r->chunks[1].len;
    /* frequency batch: EvEventBatch gen=1 m=^0 ts size, EvFrequency 1e9 */
    ck_assert_uint_eq(*p++, 1);
    ck_assert_uint_eq(uvarint(&p), 1);
    ck_assert(uvarint(&p) == ~(uint64_t)0);
    uvarint(&p);
    uint64_t size = uvarint(&p);
    const uint8_t *next = p + size;
    ck_assert_uint_eq(*p++, 8);
    ck_assert_uint_eq(uvarint(&p), 1000000000);
    ck_assert_ptr_eq(p, next);
    /* the starting thread's batch: EvGoStatus dt=0 goid m GoRunning */
    ck_assert_uint_eq(*p++, 1);
    ck_assert_uint_eq(uvarint(&p), 1);
    uint64_t m = uvarint(&p);
    ck_assert_uint_eq(m, (uint64_t)gettid());
    uvarint(&p);
    size = uvarint(&p);
    ck_assert_ptr_eq(p + size, end);
    ck_assert_uint_eq(*p++, 25);
    ck_assert_uint_eq(uvarint(&p), 0);
    ck_assert_uint_eq(uvarint(&p), (uint64_t)goc_getg()->goid);
    ck_assert_uint_eq(uvarint(&p), m);
    ck_assert_uint_eq(uvarint(&p), 2);
    ck_assert_ptr_eq(p, end);

    /* Off again: a new trace may start; reads with tracing off give nil. */
    ck_assert_ptr_null(runtime__ReadTrace().ptr);
    err = runtime__traceStart();
    ck_assert_ptr_null(err.type);
    r = goc_alloc(sizeof *r, true);
    tu_go(read_all, r);
    runtime__StopTrace();
    ck_assert_int_eq(__atomic_load_n(&r->n, __ATOMIC_SEQ_CST), 2);
    goc_semacquire(&r->done, false, NULL);
}
END_TEST

Suite *trace_suite(void) {
    Suite *s = suite_create("trace");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 20);
    tcase_add_test(tc, test_trace_protocol);
    suite_add_tcase(s, tc);
    return s;
}
