/*
 * goc/iface.h — interface values (Go: runtime/iface.go).
 *
 * Assertions to a concrete type are inline in generated code, comparing
 * descriptor addresses:
 *     if (e.type != &T_type) goc_panicdottypeE(e.type, &T_type, &goc_type_any);
 *     v = *(T *)e.data;            (or (T)e.data for direct-interface types)
 *     if (i.tab == NULL || i.tab->Type != &T_type) goc_panicdottypeI(i.tab, &T_type, &I_type);
 */
#ifndef GOC_IFACE_H
#define GOC_IFACE_H

#include "types.h"

/* Go: convT. The interface data word for the value of type t at v (boxes a copy unless direct). */
void *goc_convT(const goc_type *t, const void *v);
static inline goc_eface goc_toeface(const goc_type *t, const void *v) {
    goc_eface e = {t, goc_convT(t, v)};
    return e;
}
static inline goc_eface goc_ifacetoeface(goc_iface i) {
    goc_eface e = {i.tab ? i.tab->Type : NULL, i.data};
    return e;
}

/*
 * Go: getitab. The method table of typ for interface inter, built from typ's
 * method set by name and signature and cached. If typ lacks a method: NULL
 * when canfail, else panic "interface conversion: T is not I: missing method M".
 */
const goc_itab *goc_getitab(const goc_type *inter, const goc_type *typ, bool canfail);

/* x.(I) from an empty interface: panics on nil ("interface conversion: interface is nil, not I") or a missing method. */
goc_iface goc_assertE2I(const goc_type *inter, goc_eface e);
/* v, ok := x.(I) */
bool goc_assertE2I2(const goc_type *inter, goc_eface e, goc_iface *out);

/*
 * Go: abi.TypeAssert, runtime.typeAssert. A call site of x.(I), v, ok := x.(I) or a type
 * switch's case I keeps a cache of the types it has seen and their itabs (NULL: the type
 * does not implement I), an open-addressed table of Mask+1 entries (a power of two, at
 * most half full, so a probe ends at an empty Typ) indexed by Typ->Hash. The generated
 * code declares the site static, starting at goc_emptyTypeAssertCache:
 *     static goc_typeassert s = {&goc_emptyTypeAssertCache, &I_type, true};
 *     tab = goc_typeAssertCached(&s, e.type);
 * A miss asks goc_getitab and, now and then (as gc: a site that sees many types does not
 * rebuild its table on every call), publishes a copy of the table with the new entry.
 */
typedef struct goc_typeassertentry {
    const goc_type *Typ;
    const goc_itab *Itab;
} goc_typeassertentry;
typedef struct goc_typeassertcache {
    uintptr_t Mask;
    goc_typeassertentry Entries[];
} goc_typeassertcache;
typedef struct goc_typeassert {
    goc_typeassertcache *Cache;
    const goc_type *Inter;
    bool CanFail;
} goc_typeassert;
extern goc_typeassertcache goc_emptyTypeAssertCache;

/* t's itab for s->Inter: NULL for a nil t or a missing method when s->CanFail, else the panic. */
const goc_itab *goc_typeAssert(goc_typeassert *s, const goc_type *t);
static inline const goc_itab *goc_typeAssertCached(goc_typeassert *s, const goc_type *t) {
    if (t == NULL)
        return goc_typeAssert(s, t);
    const goc_typeassertcache *c = __atomic_load_n(&s->Cache, __ATOMIC_ACQUIRE);
    for (uintptr_t i = t->Hash & c->Mask;; i = (i + 1) & c->Mask) {
        const goc_typeassertentry *e = &c->Entries[i];
        if (e->Typ == t)
            return e->Itab;
        if (e->Typ == NULL)
            return goc_typeAssert(s, t);
    }
}

/* Failed x.(T): "interface conversion: interface {} is int, not string" and the nil forms. */
_Noreturn void goc_panicdottypeE(const goc_type *have, const goc_type *want, const goc_type *iface);
_Noreturn void goc_panicdottypeI(const goc_itab *have, const goc_type *want, const goc_type *iface);
_Noreturn void goc_panicnildottype(const goc_type *want);

/* The interface-call function (Ifn) of t's exported method name, if its signature prints as
   mtyp (any, when mtyp is NULL); NULL if absent. */
void (*goc_findmethod(const goc_type *t, const char *name, const char *mtyp))(void);
/* the code of a method the build left out (gc's runtime.unreachableMethod): throws */
void goc_unreachablemethod(void);

#endif
