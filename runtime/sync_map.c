/*
 * runtime/sync_map.c — sync.Map and sync.Pool (Go: sync/map.go, pool.go).
 *
 * sync.Map is a map[interface {}]interface {} (the runtime's hash map,
 * created on the first store) behind a sync.RWMutex: loads share the read
 * lock, everything else takes the write lock. gc's lock-free read path is
 * an optimisation with the same observable behaviour. Keys are hashed (and
 * CompareAndSwap/CompareAndDelete's old values compared against themselves)
 * before locking, so the panics for unhashable keys and uncomparable
 * values happen with no lock held. Range copies the entries under the read
 * lock and calls f unlocked, so f may store into or delete from the map.
 *
 * sync.Pool keeps a singly linked list of GC-allocated nodes under a
 * Mutex. Get pops the most recently put value (gc prefers it too) or calls
 * New; pooled values stay until taken (gc may drop them at a collection,
 * which programs cannot rely on either way).
 */
#include "goc_rt.h"
#include "goc/sync_map.h"

/* map[interface {}]interface {} (type.c) */
#define anymap (goc_anymaptype.d)

/* Panics (unlocked) if key cannot be a map key. */
static void checkkey(goc_eface key) {
    (void)goc_nilinterhash(&key, 0);
}

/* The value slot of key, or NULL. Caller holds a lock. */
static goc_eface *lookup(goc_sync_Map *m, goc_eface key) {
    if (m->m == NULL)
        return NULL;
    bool ok = false;
    goc_eface *v = goc_mapaccess2(&anymap, m->m, &key, &ok);
    return ok ? v : NULL;
}

/* The value slot of key, created if missing. Caller holds the write lock. */
static goc_eface *assign(goc_sync_Map *m, goc_eface key) {
    if (m->m == NULL)
        m->m = goc_makemap(&anymap, 0, NULL);
    return goc_mapassign(&anymap, m->m, &key);
}

bool goc_sync_Map_Load(goc_sync_Map *m, goc_eface key, goc_eface *value) {
    checkkey(key);
    goc_sync_RWMutex_RLock(&m->mu);
    goc_eface *v = lookup(m, key);
    *value = v ? *v : (goc_eface){0};
    goc_sync_RWMutex_RUnlock(&m->mu);
    return v != NULL;
}

void goc_sync_Map_Store(goc_sync_Map *m, goc_eface key, goc_eface value) {
    checkkey(key);
    goc_sync_RWMutex_Lock(&m->mu);
    *assign(m, key) = value;
    goc_sync_RWMutex_Unlock(&m->mu);
}

bool goc_sync_Map_LoadOrStore(goc_sync_Map *m, goc_eface key, goc_eface value, goc_eface *actual) {
    checkkey(key);
    goc_sync_RWMutex_Lock(&m->mu);
    goc_eface *v = lookup(m, key);
    bool loaded = v != NULL;
    if (loaded) {
        *actual = *v;
    } else {
        *assign(m, key) = value;
        *actual = value;
    }
    goc_sync_RWMutex_Unlock(&m->mu);
    return loaded;
}

bool goc_sync_Map_LoadAndDelete(goc_sync_Map *m, goc_eface key, goc_eface *value) {
    checkkey(key);
    goc_sync_RWMutex_Lock(&m->mu);
    goc_eface *v = lookup(m, key);
    bool loaded = v != NULL;
    *value = loaded ? *v : (goc_eface){0};
    if (loaded)
        goc_mapdelete(&anymap, m->m, &key);
    goc_sync_RWMutex_Unlock(&m->mu);
    return loaded;
}

void goc_sync_Map_Delete(goc_sync_Map *m, goc_eface key) {
    goc_eface ignored;
    goc_sync_Map_LoadAndDelete(m, key, &ignored);
}

bool goc_sync_Map_Swap(goc_sync_Map *m, goc_eface key, goc_eface value, goc_eface *previous) {
    checkkey(key);
    goc_sync_RWMutex_Lock(&m->mu);
    goc_eface *v = lookup(m, key);
    bool loaded = v != NULL;
    *previous = loaded ? *v : (goc_eface){0};
    *assign(m, key) = value;
    goc_sync_RWMutex_Unlock(&m->mu);
    return loaded;
}

bool goc_sync_Map_CompareAndSwap(goc_sync_Map *m, goc_eface key, goc_eface old, goc_eface new_) {
    checkkey(key);
    (void)goc_efaceeq(old, old); /* panics now if old is not comparable */
    goc_sync_RWMutex_Lock(&m->mu);
    goc_eface *v = lookup(m, key);
    /* values of other types are unequal without a comparison (which could panic) */
    bool swapped = v != NULL && v->type == old.type && goc_efaceeq(*v, old);
    if (swapped)
        *v = new_;
    goc_sync_RWMutex_Unlock(&m->mu);
    return swapped;
}

bool goc_sync_Map_CompareAndDelete(goc_sync_Map *m, goc_eface key, goc_eface old) {
    checkkey(key);
    (void)goc_efaceeq(old, old);
    goc_sync_RWMutex_Lock(&m->mu);
    goc_eface *v = lookup(m, key);
    bool deleted = v != NULL && v->type == old.type && goc_efaceeq(*v, old);
    if (deleted)
        goc_mapdelete(&anymap, m->m, &key);
    goc_sync_RWMutex_Unlock(&m->mu);
    return deleted;
}

void goc_sync_Map_Range(goc_sync_Map *m, goc_func *f) {
    goc_sync_RWMutex_RLock(&m->mu);
    goc_int n = m->m == NULL ? 0 : m->m->count;
    goc_eface *kv = n > 0 ? goc_alloc((uintptr_t)n * 2 * sizeof(goc_eface), true) : NULL;
    goc_int i = 0;
    if (n > 0) {
        goc_hiter it;
        for (goc_mapiterinit(&anymap, m->m, &it); it.key != NULL && i < n; goc_mapiternext(&it), i++) {
            kv[2 * i] = *(goc_eface *)it.key;
            kv[2 * i + 1] = *(goc_eface *)it.elem;
        }
    }
    goc_sync_RWMutex_RUnlock(&m->mu);
    if (i == 0)
        return;
    GOC_NILCHECK(f);
    bool (*fn)(goc_func *, goc_eface, goc_eface) = (bool (*)(goc_func *, goc_eface, goc_eface))f->fn;
    for (goc_int j = 0; j < i; j++)
        if (!fn(f, kv[2 * j], kv[2 * j + 1]))
            break;
}

void goc_sync_Map_Clear(goc_sync_Map *m) {
    goc_sync_RWMutex_Lock(&m->mu);
    if (m->m != NULL)
        goc_mapclear(&anymap, m->m);
    goc_sync_RWMutex_Unlock(&m->mu);
}

/* ---- sync.Pool ---------------------------------------------------------------------- */

typedef struct poolnode {
    struct poolnode *next;
    goc_eface x;
} poolnode;

goc_eface goc_sync_Pool_Get(goc_sync_Pool *p) {
    goc_sync_Mutex_Lock(&p->mu);
    poolnode *n = p->head;
    if (n != NULL)
        p->head = n->next;
    goc_sync_Mutex_Unlock(&p->mu);
    if (n != NULL)
        return n->x;
    goc_func *New = p->New;
    if (New == NULL)
        return (goc_eface){0};
    return ((goc_eface (*)(goc_func *))New->fn)(New);
}

void goc_sync_Pool_Put(goc_sync_Pool *p, goc_eface x) {
    if (x.type == NULL)
        return;
    poolnode *n = goc_alloc(sizeof *n, true);
    n->x = x;
    goc_sync_Mutex_Lock(&p->mu);
    n->next = p->head;
    p->head = n;
    goc_sync_Mutex_Unlock(&p->mu);
}
