/*
 * runtime/iface.c — interface values: boxing, method tables, assertions
 * (Go: runtime/iface.go).
 *
 * Data word (see goc/types.h): a direct-interface (pointer-shaped) value is
 * the word itself; a zero-size value points at goc_zerobase; small
 * pointer-free values 0..255 point into a static table (Go: staticuint64s);
 * anything else is a fresh box of the value's type, allocated through
 * goc_mallocgc so pointer-free values land in atomic memory. Nobody writes
 * through a data word, so boxes may be shared.
 *
 * Itab cache. goc_getitab builds the method table of (interface, concrete
 * type) once, by looking each interface method up in the concrete type's
 * method set by name, package (unexported names) and signature (the same
 * descriptor, or an identical one from another module), and keeps it in an open-addressing hash
 * table keyed by the two descriptor addresses (Go: itabTable). Failures are
 * cached too (an itab whose fun[0] is NULL), so a failing x.(I) in a loop
 * does not rebuild anything. Readers go lock-free: entries and the table
 * pointer are published with release stores after they are complete; a
 * writer takes itablock, and a full table is replaced by a twice-as-large
 * copy (the old one stays valid for readers that still hold it; the
 * collector frees it when nobody does). Itabs and tables are scanned
 * memory reachable from the static `itabtable`, a collector root.
 */
#include "goc_rt.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* ---- boxing ------------------------------------------------------------------------- */

/* Go: staticuint64s. The values 0..255 as 8-byte little-endian words. */
static const uint64_t staticuint64s[256] = {
#define R4(b) (b), (b) + 1, (b) + 2, (b) + 3
#define R16(b) R4(b), R4((b) + 4), R4((b) + 8), R4((b) + 12)
#define R64(b) R16(b), R16((b) + 16), R16((b) + 32), R16((b) + 48)
    R64(0), R64(64), R64(128), R64(192)
#undef R64
#undef R16
#undef R4
};

void *goc_convT(const goc_type *t, const void *v) {
    if (goc_isdirectiface(t))
        return *(void *const *)v;
    uintptr_t size = t->Size_;
    if (size == 0)
        return &goc_zerobase;
    if (t->PtrBytes == 0) {
        uint64_t x = 0; /* little-endian: the value's bytes are x's low bytes */
        if ((size == 1 || size == 2 || size == 4 || size == 8) && (memcpy(&x, v, size), x < 256))
            return (void *)&staticuint64s[x];
    }
    void *box = goc_mallocgc(size, t, false);
    memcpy(box, v, size);
    return box;
}

/* ---- methods ------------------------------------------------------------------------- */

static bool gostreq(goc_string a, goc_string b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.str, b.str, (size_t)a.len) == 0);
}

static bool gostreqc(goc_string a, const char *b) {
    size_t n = strlen(b);
    return (size_t)a.len == n && (n == 0 || memcmp(a.str, b, n) == 0);
}

void (*goc_findmethod(const goc_type *t, const char *name, const char *mtyp))(void) {
    if (t == NULL)
        return NULL;
    uint32_t n, nx;
    const goc_method *ms = goc_typemethods(t, &n, &nx);
    for (uint32_t i = 0; i < nx; i++) {
        if (!gostreqc(goc_namestring(goc_resolvenameoff(t, ms[i].Name)), name))
            continue;
        if (mtyp != NULL && !gostreqc(goc_typestring(goc_resolvetypeoff(t, ms[i].Mtyp)), mtyp))
            return NULL;
        return goc_resolvetextoff(t, ms[i].Ifn);
    }
    return NULL;
}

bool goc_callstringmethod(goc_eface v, const char *name, goc_string *out) {
    void (*ifn)(void) = goc_findmethod(v.type, name, "func() string");
    if (ifn == NULL)
        return false;
    *out = ((goc_string(*)(void *))ifn)(v.data);
    return true;
}

/* ---- itabs ------------------------------------------------------------------------------ */

typedef struct itabTableType {
    uintptr_t size;  /* number of slots, a power of two */
    uintptr_t count; /* entries in use */
    _Atomic(goc_itab *) entries[];
} itabTableType;

enum { itabInitSize = 512 };

static _Atomic(itabTableType *) itabtable; /* static: a root for the collector */
static pthread_mutex_t itablock = PTHREAD_MUTEX_INITIALIZER;

static uintptr_t itabHashFunc(const goc_interfacetype *inter, const goc_type *typ) {
    uintptr_t h = (uintptr_t)inter * 0x9e3779b97f4a7c15u ^ (uintptr_t)typ;
    return h ^ (h >> 29);
}

static goc_itab *itabfind(itabTableType *tab, const goc_interfacetype *inter, const goc_type *typ) {
    if (tab == NULL)
        return NULL;
    uintptr_t mask = tab->size - 1;
    uintptr_t h = itabHashFunc(inter, typ) & mask;
    for (uintptr_t i = 1;; i++) { /* quadratic probing covers every slot */
        goc_itab *m = atomic_load_explicit(&tab->entries[h], memory_order_acquire);
        if (m == NULL)
            return NULL;
        if (m->Inter == inter && m->Type == typ)
            return m;
        h = (h + i) & mask;
    }
}

static void itabadd(itabTableType *tab, goc_itab *m) {
    uintptr_t mask = tab->size - 1;
    uintptr_t h = itabHashFunc(m->Inter, m->Type) & mask;
    for (uintptr_t i = 1;; i++) {
        if (atomic_load_explicit(&tab->entries[h], memory_order_relaxed) == NULL) {
            atomic_store_explicit(&tab->entries[h], m, memory_order_release);
            tab->count++;
            return;
        }
        h = (h + i) & mask;
    }
}

static itabTableType *newtable(uintptr_t size) {
    itabTableType *t = goc_alloc(sizeof *t + size * sizeof t->entries[0], true);
    t->size = size;
    return t;
}

/* Insert m under itablock, growing at 75% load. */
static void itabinsert(goc_itab *m) {
    itabTableType *tab = atomic_load_explicit(&itabtable, memory_order_relaxed);
    if (tab == NULL) {
        tab = newtable(itabInitSize);
        atomic_store_explicit(&itabtable, tab, memory_order_release);
    }
    if ((tab->count + 1) * 4 > tab->size * 3) {
        itabTableType *bigger = newtable(tab->size * 2);
        for (uintptr_t i = 0; i < tab->size; i++) {
            goc_itab *e = atomic_load_explicit(&tab->entries[i], memory_order_relaxed);
            if (e != NULL)
                itabadd(bigger, e);
        }
        atomic_store_explicit(&itabtable, bigger, memory_order_release);
        tab = bigger;
    }
    itabadd(tab, m);
}

/* The package path of a method name: its own, else the one of the type or interface. */
static goc_string methodpkgpath(goc_name n, goc_string owner) {
    goc_string p = goc_namepkgpath(n);
    return p.len > 0 ? p : owner;
}

/*
 * Go: runtime.unreachableMethod. A method's code that goc build left out
 * (no interface call of its name, no reflection) is NULL in its module's
 * table; an itab built at run time gets this function in its place, so the
 * type still implements the interface (Fun[0] != NULL), as with gc.
 */
void goc_unreachablemethod(void) {
    goc_throw("unreachable method called. linker bug?");
}

/*
 * Go: itab.init. Fill m->Fun in the order of the interface's methods, walking
 * both sorted method lists once (exported first, then by name and package);
 * returns the name of the first method typ lacks (Fun[0] = NULL), or an
 * empty string.
 */
static goc_string itabinit(goc_itab *m) {
    const goc_interfacetype *inter = m->Inter;
    const goc_type *typ = m->Type;
    const goc_imethod *im = inter->Methods.ptr;
    uint32_t nt;
    const goc_method *tm = goc_typemethods(typ, &nt, NULL);
    /* the uncommon part's package, also for unnamed types (*T has T's) */
    const goc_uncommontype *u = goc_uncommon(typ);
    goc_string ipkg = goc_namestring(inter->PkgPath);
    goc_string tpkg = u != NULL ? goc_namestring(goc_resolvenameoff(typ, u->PkgPath)) : ipkg;
    uint32_t j = 0;
    for (goc_int k = 0; k < inter->Methods.len; k++) {
        goc_name iname = goc_resolvenameoff(inter, im[k].Name);
        goc_string in = goc_namestring(iname);
        const goc_type *itype = goc_resolvetypeoff(inter, im[k].Typ);
        bool found = false;
        for (; j < nt; j++) {
            goc_name tname = goc_resolvenameoff(typ, tm[j].Name);
            if (!gostreq(goc_namestring(tname), in))
                continue;
            const goc_type *mtyp = goc_resolvetypeoff(typ, tm[j].Mtyp);
            if (!goc_typeidentical(mtyp, itype))
                continue;
            if (!goc_nameexported(iname) &&
                !gostreq(methodpkgpath(tname, tpkg), methodpkgpath(iname, ipkg)))
                continue;
            m->Fun[k] = goc_resolvetextoff(typ, tm[j].Ifn);
            if (m->Fun[k] == NULL) /* code the build left out: no call can reach it */
                m->Fun[k] = goc_unreachablemethod;
            found = true;
            j++;
            break;
        }
        if (!found) {
            m->Fun[0] = NULL;
            return in;
        }
    }
    goc_string none = {NULL, 0};
    return none;
}

const goc_itab *goc_getitab(const goc_type *intertype, const goc_type *typ, bool canfail) {
    const goc_interfacetype *inter = (const goc_interfacetype *)intertype;
    if (goc_typekind(intertype) != GOC_INTERFACE || inter->Methods.len == 0)
        goc_throw("internal error - misuse of itab");
    goc_itab *m = itabfind(atomic_load_explicit(&itabtable, memory_order_acquire), inter, typ);
    if (m == NULL) {
        pthread_mutex_lock(&itablock);
        m = itabfind(atomic_load_explicit(&itabtable, memory_order_relaxed), inter, typ);
        if (m == NULL) {
            m = goc_alloc(sizeof *m + (uintptr_t)inter->Methods.len * sizeof m->Fun[0], true);
            m->Inter = inter;
            m->Type = typ;
            m->Hash = typ->Hash;
            itabinit(m);
            itabinsert(m);
        }
        pthread_mutex_unlock(&itablock);
    }
    if (m->Fun[0] != NULL)
        return m;
    if (canfail)
        return NULL;
    /* Rebuild the missing method's name (cached failures keep no text). */
    goc_itab *tmp = goc_alloc(sizeof *tmp + (uintptr_t)inter->Methods.len * sizeof tmp->Fun[0], true);
    tmp->Inter = inter;
    tmp->Type = typ;
    goc_string missing = itabinit(tmp);
    goc_gopanic(goc_TypeAssertionError(NULL, typ, intertype, missing));
}

/* ---- assertions -------------------------------------------------------------------------- */

goc_iface goc_assertE2I(const goc_type *inter, goc_eface e) {
    if (e.type == NULL)
        goc_gopanic(goc_TypeAssertionError(NULL, NULL, inter, (goc_string){NULL, 0}));
    goc_iface i = {goc_getitab(inter, e.type, false), e.data};
    return i;
}

bool goc_assertE2I2(const goc_type *inter, goc_eface e, goc_iface *out) {
    goc_iface none = {NULL, NULL};
    if (e.type == NULL) {
        *out = none;
        return false;
    }
    const goc_itab *tab = goc_getitab(inter, e.type, true);
    if (tab == NULL) {
        *out = none;
        return false;
    }
    goc_iface i = {tab, e.data};
    *out = i;
    return true;
}

/* ---- per-site assertion caches (Go: typeAssert, buildTypeAssertCache) ------------------ */

goc_typeassertcache goc_emptyTypeAssertCache = {0, {{NULL, NULL}}};

/* old's entries and (t, tab) in a new table at most half full. */
static goc_typeassertcache *buildtypeassertcache(const goc_typeassertcache *old, const goc_type *t,
                                                 const goc_itab *tab) {
    uintptr_t n = 1;
    for (uintptr_t i = 0; i <= old->Mask; i++)
        n += old->Entries[i].Typ != NULL;
    uintptr_t size = 1;
    while (size < 2 * n)
        size <<= 1;
    /* scanned: a type or itab made at run time (reflect) lives as long as some cache holds it */
    goc_typeassertcache *c = goc_alloc(sizeof *c + size * sizeof c->Entries[0], true);
    c->Mask = size - 1;
    for (uintptr_t i = 0; i <= old->Mask + 1; i++) {
        const goc_typeassertentry *e = i <= old->Mask ? &old->Entries[i] : &(goc_typeassertentry){t, tab};
        if (e->Typ == NULL)
            continue;
        uintptr_t h = e->Typ->Hash & c->Mask;
        while (c->Entries[h].Typ != NULL)
            h = (h + 1) & c->Mask;
        c->Entries[h] = *e;
    }
    return c;
}

const goc_itab *goc_typeAssert(goc_typeassert *s, const goc_type *t) {
    if (t == NULL) {
        if (!s->CanFail)
            goc_gopanic(goc_TypeAssertionError(NULL, NULL, s->Inter, (goc_string){NULL, 0}));
        return NULL;
    }
    const goc_itab *tab = goc_getitab(s->Inter, t, s->CanFail);
    /* As gc: the table grows on about one miss in 1024, and the larger it is the rarer,
       so a site that sees a stream of new types does not copy its table on every call. */
    if ((goc_cheaprand() & 1023) != 0)
        return tab;
    goc_typeassertcache *old = __atomic_load_n(&s->Cache, __ATOMIC_ACQUIRE);
    if ((goc_cheaprand() & (uint32_t)old->Mask) != 0)
        return tab;
    goc_typeassertcache *c = buildtypeassertcache(old, t, tab);
    /* several threads may race: one table wins, the others' entries come back later */
    __atomic_compare_exchange_n(&s->Cache, &old, c, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED);
    return tab;
}

_Noreturn void goc_panicdottypeE(const goc_type *have, const goc_type *want, const goc_type *iface) {
    goc_gopanic(goc_TypeAssertionError(iface, have, want, (goc_string){NULL, 0}));
}

_Noreturn void goc_panicdottypeI(const goc_itab *have, const goc_type *want, const goc_type *iface) {
    goc_panicdottypeE(have != NULL ? have->Type : NULL, want, iface);
}

_Noreturn void goc_panicnildottype(const goc_type *want) {
    goc_gopanic(goc_TypeAssertionError(NULL, NULL, want, (goc_string){NULL, 0}));
}
