/*
 * runtime/map_impl.h — the private layout of Go's classic hash map, shared by
 * map.c, map_iter.c and map_fast{32,64,str}.c (Go: runtime/map.go types and
 * helpers). See the essay at the top of map.c for the design.
 *
 * A bucket (bmap) of a map type t occupies t->BucketSize bytes:
 *
 *     offset 0                  tophash[8]    one byte per slot (state or hash top byte)
 *     offset dataOffset (8)     key[8]        t->KeySize bytes each (a pointer if indirect)
 *     8 + 8*keysize             elem[8]       t->ValueSize bytes each (a pointer if indirect)
 *     bucketsize - 8            overflow      next bucket of the chain, or NULL
 *
 * Keys are grouped, then elems, so map[int64]int8 needs no padding. All access
 * to a bucket's interior goes through the inline helpers below, so the pointer
 * arithmetic lives in one place.
 */
#ifndef GOC_MAP_IMPL_H
#define GOC_MAP_IMPL_H

#include "goc_rt.h"

#include <string.h>

enum {
    bucketCntBits = 3,
    bucketCnt = 1 << bucketCntBits, /* slots per bucket */
    loadFactorNum = 13,             /* max average load is loadFactorNum/loadFactorDen = 6.5 */
    loadFactorDen = 2,
    dataOffset = 8, /* keys start after tophash[8], aligned for 8-byte keys */

    /* Reserved tophash values: the state of a slot rather than a hash byte. */
    emptyRest = 0,      /* this slot and every later slot of the chain are empty */
    emptyOne = 1,       /* this slot is empty */
    evacuatedX = 2,     /* entry moved to the first half of the new array */
    evacuatedY = 3,     /* entry moved to the second half (evacuatedX ^ 1) */
    evacuatedEmpty = 4, /* slot empty and its bucket evacuated */
    minTopHash = 5,     /* smallest tophash of an occupied slot */

    /* goc_hmap.flags */
    iterator = 1,     /* there may be an iterator using buckets */
    oldIterator = 2,  /* there may be an iterator using oldbuckets */
    hashWriting = 4,  /* a write is in progress (detects misuse, not a lock) */
    sameSizeGrow = 8, /* the current growth keeps the bucket count */
    embeddedBucket = 16, /* the hmap's block has room for its first bucket (smallhmap) */

    /* Largest first bucket kept in the hmap's block: string→string and
     * interface→interface buckets (8 + 8*16 + 8*16 + 8 bytes). */
    smallBucketMax = 272,
};

/*
 * goc_makemap with a hint of at most 8 (B = 0) allocates the header and its
 * first bucket in one block: the first assignment puts the bucket there
 * instead of allocating it (gc keeps both on the stack when the map does
 * not escape; on Boehm every allocation is a thread-local free-list pop
 * and, every few dozen, a refill under the allocator lock). The block is
 * scanned memory, so the collector sees whatever the bucket holds. After a
 * grow the space is unused until the map dies. The block is a smallhmap cut
 * after t->BucketSize bytes of bucket. A goc_stackmap (goc_makemap_stack) is
 * the same block in a caller's frame.
 */
typedef goc_stackmap smallhmap; /* the same layout (goc/map.h) */
_Static_assert(sizeof(((goc_stackmap *)0)->bucket) == smallBucketMax, "goc_stackmap holds the largest first bucket");

/* checkBucket value meaning "no filter" in iteration. */
#define noCheck ((uintptr_t)-1)

/* The fixed head of a bucket; keys, elems and the overflow pointer follow. */
typedef struct bmap {
    uint8_t tophash[bucketCnt];
} bmap;

/*
 * A growable list of overflow buckets, allocated as scanned memory. Buckets of
 * pointer-free maps are atomic, so the collector cannot see their overflow
 * pointers: these lists are what keeps such overflow buckets alive. A list
 * object is never freed while someone (hmap or an iterator) points at it;
 * appends replace b but never move the list object itself.
 */
typedef struct ovflist {
    bmap **b;      /* scanned array of cap entries */
    uintptr_t len; /* entries in use */
    uintptr_t cap;
} ovflist;

/* Go: mapextra. Scanned memory. */
struct goc_mapextra {
    ovflist *overflow;    /* overflow buckets of h->buckets (pointer-free maps only) */
    ovflist *oldoverflow; /* overflow buckets of h->oldbuckets (pointer-free maps only) */
    bmap *nextOverflow;   /* next free preallocated overflow bucket, or NULL */
};

/* Same-size grows of arrays at least this big (a Boehm large block) pack
 * the chains in place (see "Same-size grows" in map.c). */
#define inplaceMinBytes ((uintptr_t)GOC_MAX_SMALL_SIZE)

/* ---- small named bit tricks (Go: map.go helpers of the same names) ---- */

static inline uintptr_t bucketShift(uint8_t b) {
    return (uintptr_t)1 << (b & (sizeof(uintptr_t) * 8 - 1));
}
static inline uintptr_t bucketMask(uint8_t b) {
    return bucketShift(b) - 1;
}
/* The top byte of the hash, moved out of the reserved range 0..4. */
static inline uint8_t tophash(uintptr_t hash) {
    uint8_t top = (uint8_t)(hash >> (sizeof(uintptr_t) * 8 - 8));
    if (top < minTopHash)
        top += minTopHash;
    return top;
}
static inline bool isEmpty(uint8_t x) {
    return x <= emptyOne;
}
static inline bool evacuated(const bmap *b) {
    uint8_t h = b->tophash[0];
    return h > emptyOne && h < minTopHash;
}
/* Whether count entries in 2^B buckets exceed the load factor. */
static inline bool overLoadFactor(goc_int count, uint8_t B) {
    return count > bucketCnt && (uintptr_t)count > loadFactorNum * (bucketShift(B) / loadFactorDen);
}
/* Whether there are about as many overflow buckets as buckets (counting to 2^15 at most). */
static inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
    if (B > 15)
        B = 15;
    return noverflow >= (uint16_t)((uint16_t)1 << (B & 15));
}
static inline bool growing(const goc_hmap *h) {
    return h->oldbuckets != NULL;
}
static inline bool isSameSizeGrow(const goc_hmap *h) {
    return (h->flags & sameSizeGrow) != 0;
}
/* Number of buckets in the old array while growing. */
static inline uintptr_t noldbuckets(const goc_hmap *h) {
    uint8_t oldB = h->B;
    if (!isSameSizeGrow(h))
        oldB--;
    return bucketShift(oldB);
}
static inline uintptr_t oldbucketmask(const goc_hmap *h) {
    return noldbuckets(h) - 1;
}

/* ---- type properties ---- */

static inline bool indirectKey(const goc_maptype *t) {
    return (t->Flags & GOC_MAPF_INDIRECTKEY) != 0;
}
static inline bool indirectElem(const goc_maptype *t) {
    return (t->Flags & GOC_MAPF_INDIRECTELEM) != 0;
}
static inline bool typeHasPointers(const goc_type *t) {
    return t->PtrBytes != 0;
}
/* Whether the bucket type holds pointers (scanned memory) — Go: t.Bucket.Pointers(). */
static inline bool bucketHasPointers(const goc_maptype *t) {
    return indirectKey(t) || indirectElem(t) || typeHasPointers(t->Key) ||
           typeHasPointers(t->Elem);
}
/* Go: ReflexiveKey — k == k for every key. */
static inline bool reflexiveKey(const goc_maptype *t) {
    return (t->Flags & GOC_MAPF_REFLEXIVEKEY) != 0;
}
static inline bool needKeyUpdate(const goc_maptype *t) {
    return (t->Flags & GOC_MAPF_NEEDKEYUPDATE) != 0;
}
static inline uintptr_t maphash(const goc_maptype *t, const void *key, const goc_hmap *h) {
    return goc_callhash(t->Hasher, key, (uintptr_t)h->hash0);
}
static inline bool keyEqual(const goc_maptype *t, const void *a, const void *b) {
    return goc_calleq(t->Key->Equal, a, b);
}

/* ---- bucket access ---- */

static inline bmap *bucketAt(const goc_maptype *t, void *buckets, uintptr_t i) {
    return (bmap *)((uint8_t *)buckets + i * t->BucketSize);
}
static inline bmap *overflowOf(const goc_maptype *t, const bmap *b) {
    bmap *ovf;
    memcpy(&ovf, (const uint8_t *)b + t->BucketSize - sizeof(void *), sizeof ovf);
    return ovf;
}
static inline void setoverflow(const goc_maptype *t, bmap *b, bmap *ovf) {
    memcpy((uint8_t *)b + t->BucketSize - sizeof(void *), &ovf, sizeof ovf);
}
/* The key slot i (a pointer to the key, or to the pointer if indirect). */
static inline void *keyslot(const goc_maptype *t, bmap *b, uintptr_t i) {
    return (uint8_t *)b + dataOffset + i * t->KeySize;
}
static inline void *elemslot(const goc_maptype *t, bmap *b, uintptr_t i) {
    return (uint8_t *)b + dataOffset + bucketCnt * (uintptr_t)t->KeySize + i * t->ValueSize;
}
/* The key itself, following the indirection if there is one. */
static inline void *keyAt(const goc_maptype *t, bmap *b, uintptr_t i) {
    void *k = keyslot(t, b, i);
    return indirectKey(t) ? *(void **)k : k;
}
static inline void *elemAt(const goc_maptype *t, bmap *b, uintptr_t i) {
    void *e = elemslot(t, b, i);
    return indirectElem(t) ? *(void **)e : e;
}

/* Unaligned-safe loads and stores of fast-path keys (compile to one move). */
static inline uint32_t load32(const void *p) {
    uint32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline uint64_t load64(const void *p) {
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

/*
 * The slots of b whose tophash equals top, eight at a time: bit 8i+7 is set
 * for slot i. The eight tophash bytes are read as one little-endian word,
 * xored with top in every byte (a match becomes a zero byte) and put through
 * the zero-byte test (x - 0x01..01) & ~x & 0x80..80. It is exact up to the
 * first match; above a match a borrow may flag a slot that does not match,
 * so a caller rechecks b->tophash[i]. Lookups visit the flagged slots in
 * ascending order, as the slot-by-slot loop did, instead of taking a branch
 * per slot that mispredicts on every length or tophash coincidence.
 */
#define lsbEach ((uint64_t)0x0101010101010101ULL)
#define msbEach ((uint64_t)0x8080808080808080ULL)
static inline uint64_t tophashWord(const bmap *b) {
    uint64_t w = load64(b->tophash);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}
static inline uint64_t zeroBytes(uint64_t x) {
    return (x - lsbEach) & ~x & msbEach;
}
static inline uint64_t matchTop(const bmap *b, uint8_t top) {
    return zeroBytes(tophashWord(b) ^ (lsbEach * top));
}
/* Whether some slot of b is emptyRest (0): no later slot or overflow bucket holds a key. */
static inline bool anyEmptyRest(const bmap *b) {
    return zeroBytes(tophashWord(b)) != 0;
}
/* The slot of the lowest flag of a matchTop mask. */
static inline uintptr_t firstSlot(uint64_t m) {
    return (uintptr_t)__builtin_ctzll(m) >> 3;
}

/*
 * Clear a key or elem slot of n bytes. Most are 1..16 bytes: constant-size
 * stores, not a memset call whose variable size gcc turns into `rep stosq`
 * (a ~30-cycle start-up, most of a small map's delete).
 */
static inline void memclrSlot(void *p, uintptr_t n) {
    switch (n) {
    case 1: memset(p, 0, 1); break;
    case 2: memset(p, 0, 2); break;
    case 4: memset(p, 0, 4); break;
    case 8: memset(p, 0, 8); break;
    case 12: memset(p, 0, 12); break;
    case 16: memset(p, 0, 16); break;
    case 24: memset(p, 0, 24); break;
    case 32: memset(p, 0, 32); break;
    default: memset(p, 0, n); break;
    }
}

/* Copy a key or elem slot of n bytes (the same reason as memclrSlot). */
static inline void memcpySlot(void *dst, const void *src, uintptr_t n) {
    switch (n) {
    case 1: memcpy(dst, src, 1); break;
    case 2: memcpy(dst, src, 2); break;
    case 4: memcpy(dst, src, 4); break;
    case 8: memcpy(dst, src, 8); break;
    case 12: memcpy(dst, src, 12); break;
    case 16: memcpy(dst, src, 16); break;
    case 24: memcpy(dst, src, 24); break;
    case 32: memcpy(dst, src, 32); break;
    default: memcpy(dst, src, n); break;
    }
}

/* ---- evacuation destinations (Go: evacDst; xy[0] = X, xy[1] = Y) ---- */

typedef struct evacDst {
    bmap *b;     /* current destination bucket */
    uintptr_t i; /* next free slot in b */
} evacDst;

/* ---- internals defined in map.c ---- */

GOC_INTERNAL bmap *goc_map_newoverflow(const goc_maptype *t, goc_hmap *h, bmap *b);
GOC_INTERNAL void goc_map_hashGrow(const goc_maptype *t, goc_hmap *h);
/* Allocate the one bucket of a B = 0 map on its first assignment. */
GOC_INTERNAL void goc_map_firstbucket(const goc_maptype *t, goc_hmap *h);
/*
 * Go: growWork, for the fast variants too: evacuate the old bucket behind
 * `bucket` (and its overflow chain), then the next unevacuated one. The
 * caller checked growing(h).
 */
GOC_INTERNAL void goc_map_growWork(const goc_maptype *t, goc_hmap *h, uintptr_t bucket);
/*
 * Slot i of bucket b (of the chain starting at bOrig) was just emptied: mark it
 * emptyOne, turn the trailing run of empty slots into emptyRest, count--, and
 * reseed hash0 when the map becomes empty. The caller cleared key and elem.
 */
GOC_INTERNAL void goc_map_deleted(const goc_maptype *t, goc_hmap *h, bmap *bOrig, bmap *b,
                                  uintptr_t i);
/* A never-written zero value at least as big as t's elem. */
GOC_INTERNAL void *goc_map_zeroval(const goc_maptype *t);
/* The zero value of elems of up to 1 KiB (Go: zeroVal); goc_map_zeroval's first choice. */
GOC_INTERNAL extern const uint8_t goc_map_zeroVal[1024];
/* goc_map_zeroval with its common case inline: a failed lookup's result. */
static inline void *mapzero(const goc_maptype *t) {
    if (t->Elem->Size_ <= sizeof goc_map_zeroVal)
        return (void *)goc_map_zeroVal;
    return goc_map_zeroval(t);
}
/* Go: mapaccessK — key and elem of key, or NULL (for the iterator). */
GOC_INTERNAL void *goc_mapaccessK(const goc_maptype *t, goc_hmap *h, const void *key, void **elem);
/* Go: hmap.createOverflow — make sure h->extra and h->extra->overflow exist. */
GOC_INTERNAL void goc_map_createOverflow(goc_hmap *h);

/* Go: the hashWriting checks, in gc's exact words (fatal, not recoverable). */
static inline void writeStart(goc_hmap *h) {
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    h->flags ^= hashWriting;
}
static inline void writeEnd(goc_hmap *h) {
    /* A preemption point inside the write, as gc's can stop a writer here (a GC
       assist): a goroutine sharing the map without synchronization then finds
       hashWriting set, even under GOMAXPROCS(1). */
    GOC_PREEMPT_CHECK();
    if ((h->flags & hashWriting) == 0)
        goc_fatal("concurrent map writes");
    h->flags &= (uint8_t)~hashWriting;
}
static inline void readCheck(const goc_hmap *h) {
    if (h->flags & hashWriting)
        goc_fatal("concurrent map read and map write");
}

/* The old bucket a lookup must search instead of b if it is not evacuated yet. */
static inline bmap *lookupBucket(const goc_maptype *t, const goc_hmap *h, uintptr_t hash) {
    uintptr_t m = bucketMask(h->B);
    bmap *b = bucketAt(t, h->buckets, hash & m);
    if (h->oldbuckets != NULL) {
        if (!isSameSizeGrow(h))
            m >>= 1;
        bmap *oldb = bucketAt(t, h->oldbuckets, hash & m);
        if (!evacuated(oldb))
            b = oldb;
    }
    return b;
}

#endif
