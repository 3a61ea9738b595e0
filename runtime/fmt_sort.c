#include "goc_rt.h"
/*
 * runtime/fmt_sort.c — the entries of a map in the order fmt prints them
 * (Go: internal/fmtsort).
 *
 * All entries are collected by one map iteration into an array of
 * (key, elem) pointers into the map's buckets (scanned memory, so they keep
 * nothing alive that the map does not), then stable-sorted by key:
 * integers, strings (bytewise) and pointers/chans (by address) with <;
 * floats with NaN first and NaNs equal (cmp.Compare; -0 == +0); complex by
 * real then imaginary part; false before true; structs field by field and
 * arrays element by element; interfaces nil first, then by dynamic type
 * (compare_types), then by value.
 */
#include <string.h>

static int cmp_float(double a, double b) {
    bool an = a != a, bn = b != b;
    if (an)
        return bn ? 0 : -1; /* NaN first; NaNs equal (cmp.Compare) */
    if (bn)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

#define CMP3(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

static int64_t read_int(const goc_type *t, const void *p) {
    switch (goc_typekind(t)) {
    case GOC_INT8: return *(const int8_t *)p;
    case GOC_INT16: return *(const int16_t *)p;
    case GOC_INT32: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}

static uint64_t read_uint(const goc_type *t, const void *p) {
    switch (goc_typekind(t)) {
    case GOC_UINT8: return *(const uint8_t *)p;
    case GOC_UINT16: return *(const uint16_t *)p;
    case GOC_UINT32: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

/* The dynamic type and value storage of the interface at p (nil: *dyn = NULL). */
static const void *iface_elem(const goc_type *it, const void *p, const goc_type **dyn) {
    void *const *datap;
    if (((const goc_interfacetype *)it)->Methods.len == 0) {
        const goc_eface *e = p;
        *dyn = e->type;
        datap = &e->data;
    } else {
        const goc_iface *i = p;
        *dyn = i->tab ? i->tab->Type : NULL;
        datap = &i->data;
    }
    if (*dyn == NULL)
        return NULL;
    return goc_isdirectiface(*dyn) ? (const void *)datap : *datap;
}


/*
 * The order of dynamic types among interface map keys. gc orders them by
 * the address of their descriptors, i.e. by where its linker put them; in
 * Go 1.23 binaries that is: pointer types, then other defined types of the
 * program, then the predeclared types in the order of predeclared_rank,
 * then arrays, then structs (unnamed before named). We rank types the same
 * way, then by type string, then by descriptor address.
 */
static int predeclared_rank(const goc_type *t) {
    static const goc_type *const order[] = {
        &goc_type_string, &goc_type_int8,   &goc_type_uint8,   &goc_type_int16,     &goc_type_uint16,    &goc_type_int32,
        &goc_type_uint32, &goc_type_int64,  &goc_type_uint64,  &goc_type_int,       &goc_type_uint,      &goc_type_uintptr,
        &goc_type_complex64, &goc_type_complex128, &goc_type_float32, &goc_type_float64, &goc_type_bool,
    };
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (order[i] == t)
            return (int)i;
    return -1;
}

static int type_rank(const goc_type *t) {
    switch (goc_typekind(t)) {
    case GOC_POINTER:
    case GOC_UNSAFEPOINTER:
    case GOC_CHAN: return 0;
    case GOC_ARRAY: return 1000;
    case GOC_STRUCT: return (t->TFlag & GOC_TFLAG_NAMED) && goc_typepkgpath(t).len > 0 ? 1002 : 1001;
    }
    int r = predeclared_rank(t);
    return r >= 0 ? 10 + r : 1;
}

static int compare_types(const goc_type *a, const goc_type *b) {
    int ra = type_rank(a), rb = type_rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    int c = (int)goc_cmpstring(goc_typestring(a), goc_typestring(b));
    if (c != 0)
        return c;
    return CMP3((uintptr_t)a, (uintptr_t)b);
}

/*
 * Go: internal/fmtsort compare. Interface keys: nil first, then by dynamic
 * type (compare_types), then by value.
 */
static int compare(const goc_type *t, const void *a, const void *b) {
    switch (goc_typekind(t)) {
    case GOC_INT:
    case GOC_INT8:
    case GOC_INT16:
    case GOC_INT32:
    case GOC_INT64: {
        int64_t x = read_int(t, a), y = read_int(t, b);
        return CMP3(x, y);
    }
    case GOC_UINT:
    case GOC_UINT8:
    case GOC_UINT16:
    case GOC_UINT32:
    case GOC_UINT64:
    case GOC_UINTPTR: {
        uint64_t x = read_uint(t, a), y = read_uint(t, b);
        return CMP3(x, y);
    }
    case GOC_STRING: {
        const goc_string *x = a, *y = b;
        goc_int n = x->len < y->len ? x->len : y->len;
        int c = n > 0 ? memcmp(x->str, y->str, (size_t)n) : 0;
        if (c != 0)
            return c < 0 ? -1 : 1;
        return CMP3(x->len, y->len);
    }
    case GOC_FLOAT32:
    case GOC_FLOAT64:
        if (goc_typekind(t) == GOC_FLOAT32)
            return cmp_float(*(const float *)a, *(const float *)b);
        return cmp_float(*(const double *)a, *(const double *)b);
    case GOC_COMPLEX64:
    case GOC_COMPLEX128: {
        double ar, ai, br, bi;
        if (goc_typekind(t) == GOC_COMPLEX64) {
            const float *x = a, *y = b;
            ar = x[0], ai = x[1], br = y[0], bi = y[1];
        } else {
            const double *x = a, *y = b;
            ar = x[0], ai = x[1], br = y[0], bi = y[1];
        }
        int c = cmp_float(ar, br);
        return c != 0 ? c : cmp_float(ai, bi);
    }
    case GOC_BOOL: {
        bool x = *(const bool *)a, y = *(const bool *)b;
        return x == y ? 0 : x ? 1 : -1;
    }
    case GOC_POINTER:
    case GOC_UNSAFEPOINTER:
    case GOC_CHAN: {
        uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
        return CMP3(x, y);
    }
    case GOC_STRUCT:
        for (goc_int i = 0; i < ((const goc_structtype *)t)->Fields.len; i++) {
            const goc_structfield *f = &((const goc_structfield *)((const goc_structtype *)t)->Fields.ptr)[i];
            int c = compare(f->Typ, (const char *)a + f->Offset, (const char *)b + f->Offset);
            if (c != 0)
                return c;
        }
        return 0;
    case GOC_ARRAY: {
        const goc_arraytype *at = (const goc_arraytype *)t;
        for (uintptr_t i = 0; i < at->Len; i++) {
            int c = compare(at->Elem, (const char *)a + i * at->Elem->Size_, (const char *)b + i * at->Elem->Size_);
            if (c != 0)
                return c;
        }
        return 0;
    }
    case GOC_INTERFACE: {
        const goc_type *xt, *yt;
        const void *xp = iface_elem(t, a, &xt), *yp = iface_elem(t, b, &yt);
        if (xt == NULL)
            return yt == NULL ? 0 : -1;
        if (yt == NULL)
            return 1;
        if (xt != yt)
            return compare_types(xt, yt);
        return compare(xt, xp, yp);
    }
    default:
        return -1;
    }
}

/* Stable merge sort of n entries by key. */
static void sort_entries(const goc_type *kt, goc_fmtentry *e, goc_fmtentry *tmp, goc_int n) {
    if (n < 2)
        return;
    if (n <= 8) { /* insertion sort: stable */
        for (goc_int i = 1; i < n; i++) {
            goc_fmtentry x = e[i];
            goc_int j = i;
            while (j > 0 && compare(kt, e[j - 1].key, x.key) > 0) {
                e[j] = e[j - 1];
                j--;
            }
            e[j] = x;
        }
        return;
    }
    goc_int m = n / 2;
    sort_entries(kt, e, tmp, m);
    sort_entries(kt, e + m, tmp, n - m);
    goc_int i = 0, j = m, k = 0;
    while (i < m && j < n)
        tmp[k++] = compare(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
    while (i < m)
        tmp[k++] = e[i++];
    while (j < n)
        tmp[k++] = e[j++];
    memcpy(e, tmp, (size_t)n * sizeof *e);
}

goc_int goc_fmt_sortmap(const goc_maptype *t, goc_hmap *h, goc_fmtentry **out) {
    goc_int cap = goc_maplen(h), n = 0;
    goc_fmtentry *e = cap > 0 ? goc_alloc((uintptr_t)cap * sizeof *e, true) : NULL;
    goc_hiter it;
    goc_mapiterinit(t, h, &it);
    for (; it.key != NULL; goc_mapiternext(&it)) {
        if (n == cap) { /* only under a concurrent write; grow anyway */
            goc_int nc = cap * 2 + 8;
            goc_fmtentry *ne = goc_alloc((uintptr_t)nc * sizeof *ne, true);
            if (n > 0)
                memcpy(ne, e, (size_t)n * sizeof *e);
            e = ne;
            cap = nc;
        }
        e[n].key = it.key;
        e[n].elem = it.elem;
        n++;
    }
    if (n > 1) {
        goc_fmtentry *tmp = goc_alloc((uintptr_t)n * sizeof *tmp, true);
        sort_entries(t->Key, e, tmp, n);
    }
    *out = e;
    return n;
}
