/*
 * goc/map.h — Go's classic hash map (Go 1.23 runtime/map.go and
 * map_fast32/64/str.go). A map value is a goc_hmap * (NULL = nil map).
 * The bucket layout is private to runtime/map_impl.h; the header and the
 * iterator are public so generated code can hold them on its stack.
 */
#ifndef GOC_MAP_H
#define GOC_MAP_H

#include "types.h"

struct goc_mapextra;

typedef struct goc_hmap {
    goc_int count;        /* live entries == len(m); must be first (len is one load) */
    uint8_t flags;        /* iterator | oldIterator | hashWriting | sameSizeGrow */
    uint8_t B;            /* log2 of the bucket count; holds up to 6.5 * 2^B entries */
    uint16_t noverflow;   /* approximate number of overflow buckets */
    uint32_t hash0;       /* per-map hash seed */
    void *buckets;        /* 2^B buckets; may be NULL while count == 0 */
    void *oldbuckets;     /* previous array while growing, else NULL */
    uintptr_t nevacuate;  /* old buckets below this index are evacuated */
    struct goc_mapextra *extra; /* overflow lists kept alive for pointer-free buckets */
} goc_hmap;

/* Iterator state (Go: hiter). key must be first: key == NULL means done. */
typedef struct goc_hiter {
    void *key;
    void *elem;
    const goc_maptype *t;
    goc_hmap *h;
    void *buckets;        /* bucket array snapshot at init */
    void *bptr;           /* current bucket */
    void *overflow;       /* keeps overflow buckets of the snapshot alive */
    void *oldoverflow;
    uintptr_t startBucket;
    uint8_t offset;       /* slot rotation 0..7, the same for every bucket */
    bool wrapped;
    uint8_t B;
    uint8_t i;
    uintptr_t bucket;
    uintptr_t checkBucket;
} goc_hiter;

/* Go: makemap. hint < 0 or too large behaves as 0; h is NULL or a zeroed header to use. */
goc_hmap *goc_makemap(const goc_maptype *t, goc_int hint, goc_hmap *h);
/* Go: makemap_small (make(map[K]V) and constant hints <= 8): no buckets yet. */
goc_hmap *goc_makemap_small(void);
/*
 * A map that does not outlive the function making it (make(map[K]V[, hint])
 * or a literal of at most 8 entries, that the translator's escape analysis
 * keeps local): its header and room for its first bucket (up to 272 bytes)
 * live in the caller's frame, as gc puts them on the stack.
 * goc_makemap_stack sets up a zeroed goc_stackmap and returns its header;
 * later buckets come from the heap. For a hint above 8 the translator calls
 * goc_makemap(t, hint, &m->h) instead: the header alone is in the frame.
 */
typedef struct goc_stackmap {
    goc_hmap h;
    _Alignas(16) uint8_t bucket[272];
} goc_stackmap;
goc_hmap *goc_makemap_stack(const goc_maptype *t, goc_stackmap *m);
/* len(m); 0 for a nil map */
goc_int goc_maplen(const goc_hmap *h);

/*
 * Lookups return a pointer to the elem, or to a zero value of the elem type
 * when absent (never NULL; never write through it). They never allocate,
 * grow or evacuate. *ok reports presence.
 */
void *goc_mapaccess1(const goc_maptype *t, goc_hmap *h, const void *key);
void *goc_mapaccess2(const goc_maptype *t, goc_hmap *h, const void *key, bool *ok);
void *goc_mapaccess1_fast32(const goc_maptype *t, goc_hmap *h, uint32_t key);
void *goc_mapaccess2_fast32(const goc_maptype *t, goc_hmap *h, uint32_t key, bool *ok);
void *goc_mapaccess1_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key);
void *goc_mapaccess2_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key, bool *ok);
void *goc_mapaccess1_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);
void *goc_mapaccess2_faststr(const goc_maptype *t, goc_hmap *h, goc_string key, bool *ok);

/*
 * Go: mapassign. Returns the elem slot for key (inserting it if absent);
 * the caller stores the value there before any other map operation.
 * nil map → panic "assignment to entry in nil map".
 */
void *goc_mapassign(const goc_maptype *t, goc_hmap *h, const void *key);
void *goc_mapassign_fast32(const goc_maptype *t, goc_hmap *h, uint32_t key);
void *goc_mapassign_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key);
void *goc_mapassign_fast64ptr(const goc_maptype *t, goc_hmap *h, void *key);
void *goc_mapassign_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);

void goc_mapdelete(const goc_maptype *t, goc_hmap *h, const void *key);
void goc_mapdelete_fast32(const goc_maptype *t, goc_hmap *h, uint32_t key);
void goc_mapdelete_fast64(const goc_maptype *t, goc_hmap *h, uint64_t key);
void goc_mapdelete_faststr(const goc_maptype *t, goc_hmap *h, goc_string key);

/* clear(m) (Go 1.21): removes every entry, NaN keys included. */
void goc_mapclear(const goc_maptype *t, goc_hmap *h);

/*
 * for k, v := range m:
 *     goc_hiter it; goc_mapiterinit(t, m, &it);
 *     for (; it.key != NULL; goc_mapiternext(&it)) { k = *(K*)it.key; v = *(V*)it.elem; ... }
 * Random start bucket and slot offset per iteration; correct while the map
 * grows and with entries deleted or added during iteration.
 */
void goc_mapiterinit(const goc_maptype *t, goc_hmap *h, goc_hiter *it);
void goc_mapiternext(goc_hiter *it);

/* Observability: a snapshot of a map's internal state. */
typedef struct goc_mapstats_t {
    goc_int count;
    uint8_t B;
    uintptr_t buckets;     /* 2^B (0 for a nil map) */
    uintptr_t overflow;    /* overflow buckets reachable from the current array */
    uintptr_t noverflow;   /* the header's approximate counter */
    bool growing;
    bool sameSizeGrow;
    uintptr_t oldbuckets;  /* size of the old array while growing */
    uintptr_t nevacuate;   /* old buckets evacuated so far */
    double load;           /* count / 2^B */
} goc_mapstats_t;
void goc_mapstats(const goc_maptype *t, const goc_hmap *h, goc_mapstats_t *st);

#endif
