/*
 * tests/soak/slice_soak.c — a slice grown by append to a few MB and dropped,
 * over and over, through the public ABI: rounds alternate between []int64
 * (pointer-free, 4 MB) and []*int64 (pointerful, 2 MB, every element
 * pointing at a fresh object), so both kinds of array and the objects they
 * hold must be reclaimed. RSS is sampled after every round; the run passes
 * if the peak RSS of the last tenth of the rounds is at most 1.2x the peak
 * of the first tenth (soak.h says why peaks). Each round's
 * contents are checked before it is dropped.
 *
 * SOAK_ROUNDS overrides 400 rounds.
 */
#include <goc.h>

#include <string.h>

#include "soak.h"

GOC_DESCRIBE(t_ptrint64, goc_ptrtype, "*int64",
             {.Type = GOC_TYPEINIT(8, 8, GOC_POINTER | GOC_KIND_DIRECTIFACE, GOC_TFLAG_REGULARMEMORY, 8,
                                   &goc_memequal64_f),
              .Elem = &goc_type_int64});
#define t_ptrint64 (t_ptrint64_desc.d.Type)

/* s = append(s, x) as generated code does it */
static goc_slice append1(goc_slice s, const goc_type *et, const void *x) {
    goc_int newLen = s.len + 1;
    if ((goc_uint)newLen > (goc_uint)s.cap)
        s = goc_growslice(s.ptr, newLen, s.cap, 1, et);
    else
        s.len = newLen;
    memcpy((char *)s.ptr + (s.len - 1) * 8, x, 8);
    return s;
}

int main(int argc, char **argv) {
    goc_init(argc, argv);
    long rounds = soak_env("SOAK_ROUNDS", 400), interval = rounds / 10;
    soak_rss rss = {0};
    for (long r = 0; r < rounds; r++) {
        bool pointers = r % 2 == 1;
        long n = pointers ? (2 << 20) / 8 : (4 << 20) / 8;
        goc_slice s = {NULL, 0, 0};
        for (long i = 0; i < n; i++) {
            if (pointers) {
                int64_t *p = goc_newobject(&goc_type_int64);
                *p = i + r;
                s = append1(s, &t_ptrint64, &p);
            } else {
                int64_t v = i ^ r;
                s = append1(s, &goc_type_int64, &v);
            }
        }
        for (long i = 0; i < n; i += 4099) {
            int64_t got = pointers ? *((int64_t **)s.ptr)[i] : ((int64_t *)s.ptr)[i];
            if (got != (pointers ? i + r : (i ^ r))) {
                printf("slice_soak: element %ld of round %ld is %lld\n", i, r, (long long)got);
                return 1;
            }
        }
        s = (goc_slice){NULL, 0, 0}; /* drop it */
        soak_sample(&rss);
        if ((r + 1) % interval == 0) {
            printf("slice_soak: %5ld rounds  peak RSS %7ld KiB\n", r + 1, soak_interval(&rss));
            fflush(stdout);
        }
    }
    return soak_verdict("slice_soak", &rss);
}
