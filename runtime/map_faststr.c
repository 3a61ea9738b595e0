/*
 * runtime/map_faststr.c — maps with string keys and elems of at most 128
 * bytes (Go 1.23 runtime/map_faststr.go).
 *
 * Same buckets, growth and results as map.c. Key slots hold goc_string
 * headers {str, len}. Specialisations: lengths are compared before bytes,
 * equal data pointers short-cut the compare, and keys of up to 32 bytes are
 * compared inline (goc_memeq); a B = 0 lookup scans the single
 * bucket without hashing (for keys of 32 bytes or more it first checks the
 * first and last 4 bytes); an assignment to a present key stores the new
 * string's data pointer (so the old bytes can be collected); a delete clears
 * the key's data pointer. Growth uses map.c's evacuation (goc_map_growWork).
 */
#include "goc_rt.h"

#include "map_impl.h"

/* Key slots are string headers, so their stride is a constant the compiler
 * folds (keyslot would multiply by t->KeySize at every step). */
static inline goc_string *strslot(const goc_maptype *t, bmap *b, uintptr_t i) {
    (void)t;
    return (goc_string *)((uint8_t *)b + dataOffset + i * sizeof(goc_string));
}

/* The elem of slot i (elemAt with the constant key stride). The compiler's
 * fast maps have elems of at most 128 bytes (gen/lower/map.go), never
 * indirect, but an indirect elem is still followed rather than misread. */
static inline void *strelem(const goc_maptype *t, bmap *b, uintptr_t i) {
    void *e = (uint8_t *)b + dataOffset + bucketCnt * sizeof(goc_string) + i * t->ValueSize;
    return indirectElem(t) ? *(void **)e : e;
}

/*
 * The key's hash: what t->Hasher (strhash) computes, without the closure
 * call and the two wrappers behind it, and without spilling the key to
 * memory to pass its address.
 */
static inline uintptr_t strkeyhash(const goc_hmap *h, goc_string key) {
    return goc_memhash(key.str, (uintptr_t)h->hash0, (uintptr_t)key.len);
}

static inline bool sameBytes(const goc_string *k, goc_string key) {
    return k->str == key.str || goc_memeq(k->str, key.str, (size_t)key.len);
}

/* One-bucket lookup without hashing. Lengths already equal when bytes are compared. */
static bmap *findSmall(const goc_maptype *t, goc_hmap *h, goc_string key, uintptr_t *ip) {
    bmap *b = h->buckets;
    for (uintptr_t i = 0; i < bucketCnt; i++) {
        goc_string *k = strslot(t, b, i);
        if (k->len != key.len || isEmpty(b->tophash[i])) {
            if (b->tophash[i] == emptyRest)
                break;
            continue;
        }
        if (key.len == 0 || k->str == key.str) {
            *ip = i;
            return b;
        }
        /* Long keys: rule out most mismatches on their ends first. */
        if (key.len >= 32 && (memcmp(k->str, key.str, 4) != 0 ||
                              memcmp(k->str + key.len - 4, key.str + key.len - 4, 4) != 0))
            continue;
        if (goc_memeq(k->str, key.str, (size_t)key.len)) {
            *ip = i;
            return b;
        }
    }
    return NULL;
}

/* The elem of key, or NULL: the body of both lookups. */
static inline void *findstr(const goc_maptype *t, goc_hmap *h, goc_string key) {
    if (h == NULL || h->count == 0)
        return NULL;
    readCheck(h);
    uintptr_t i;
    if (h->B == 0) {
        bmap *b = findSmall(t, h, key, &i);
        return b != NULL ? strelem(t, b, i) : NULL;
    }
    uintptr_t hash = strkeyhash(h, key);
    uint8_t top = tophash(hash);
    for (bmap *b = lookupBucket(t, h, hash); b != NULL; b = overflowOf(t, b)) {
        for (uint64_t m = matchTop(b, top); m != 0; m &= m - 1) {
            i = firstSlot(m);
            goc_string *k = strslot(t, b, i);
            if (k->len != key.len || b->tophash[i] != top)
                continue;
            if (key.len == 0 || sameBytes(k, key))
                return strelem(t, b, i);
        }
    }
    return NULL;
}

void *goc_mapaccess1_faststr(const goc_maptype *t, goc_hmap *h, goc_string key) {
    void *e = findstr(t, h, key);
    return e != NULL ? e : mapzero(t);
}

void *goc_mapaccess2_faststr(const goc_maptype *t, goc_hmap *h, goc_string key, bool *ok) {
    void *e = findstr(t, h, key);
    *ok = e != NULL;
    return e != NULL ? e : mapzero(t);
}

void *goc_mapassign_faststr(const goc_maptype *t, goc_hmap *h, goc_string key) {
    if (h == NULL)
        goc_panicnilmap();
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    uintptr_t hash = strkeyhash(h, key);
    h->flags ^= hashWriting;
    if (h->buckets == NULL)
        goc_map_firstbucket(t, h);

again:;
    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        goc_map_growWork(t, h, bucket);
    bmap *b = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);
    bmap *insertb = NULL;
    uintptr_t inserti = 0;
    for (;;) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            if (b->tophash[i] != top) {
                if (isEmpty(b->tophash[i]) && insertb == NULL) {
                    insertb = b;
                    inserti = i;
                }
                if (b->tophash[i] == emptyRest)
                    goto notfound;
                continue;
            }
            goc_string *k = strslot(t, b, i);
            if (k->len != key.len || !(key.len == 0 || sameBytes(k, key)))
                continue;
            /* Present: keep the new string, so the old bytes can be collected. */
            k->str = key.str;
            insertb = b;
            inserti = i;
            goto done;
        }
        bmap *ovf = overflowOf(t, b);
        if (ovf == NULL)
            break;
        b = ovf;
    }

notfound:
    if (!growing(h) && (overLoadFactor(h->count + 1, h->B) || tooManyOverflowBuckets(h->noverflow, h->B))) {
        goc_map_hashGrow(t, h);
        goto again; /* growing invalidates everything */
    }
    if (insertb == NULL) {
        insertb = goc_map_newoverflow(t, h, b);
        inserti = 0;
    }
    insertb->tophash[inserti] = top;
    *strslot(t, insertb, inserti) = key;
    if (indirectElem(t))
        *(void **)elemslot(t, insertb, inserti) = goc_newmapslot(t->Elem);
    h->count++;

done:;
    void *elem = strelem(t, insertb, inserti);
    writeEnd(h);
    return elem;
}

void goc_mapdelete_faststr(const goc_maptype *t, goc_hmap *h, goc_string key) {
    if (h == NULL || h->count == 0)
        return;
    if (h->flags & hashWriting)
        goc_fatal("concurrent map writes");
    uintptr_t hash = strkeyhash(h, key);
    h->flags ^= hashWriting;

    uintptr_t bucket = hash & bucketMask(h->B);
    if (growing(h))
        goc_map_growWork(t, h, bucket);
    bmap *bOrig = bucketAt(t, h->buckets, bucket);
    uint8_t top = tophash(hash);
    for (bmap *b = bOrig; b != NULL; b = overflowOf(t, b)) {
        for (uintptr_t i = 0; i < bucketCnt; i++) {
            goc_string *k = strslot(t, b, i);
            if (k->len != key.len || b->tophash[i] != top)
                continue;
            if (!(key.len == 0 || sameBytes(k, key)))
                continue;
            k->str = NULL; /* drop the reference to the bytes */
            memclrSlot(elemslot(t, b, i), t->ValueSize);
            goc_map_deleted(t, h, bOrig, b, i);
            goto out;
        }
    }
out:
    writeEnd(h);
}
