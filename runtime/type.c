/*
 * runtime/type.c — type descriptors: the predeclared types' descriptors, the
 * modules that define descriptors, offset resolution and reading names
 * (Go: runtime/type.go resolveNameOff/resolveTypeOff/textOff, reflectOffs;
 * internal/abi's Name; the runtime's own *_type values for int, string, ...).
 *
 * Layout: include/goc/types.h (Go 1.23's internal/abi). Each descriptor a
 * module defines is preceded by a pointer to its goc_module, whose tables
 * give positive offsets their meaning (offs[i]: encoded name or descriptor;
 * text[i]: code). This file's module holds the predeclared types, `any`,
 * `error` and the func types of the runtime's own methods.
 *
 * Run-time ids (Go: reflectOffs). reflect hands the runtime pointers to data
 * it made (names, types, code) and stores the returned negative ids in the
 * descriptors it builds. ids[k] is the pointer of id -(k+2) (-1 means
 * "unreachable" to resolveTypeOff and resolveTextOff); byptr is an
 * open-addressing table from pointer to k+1 (0: empty slot), sized so it is
 * at most half full. Both live in scanned memory reachable from the static
 * `reflectoffs`, so the data stays alive as Go's does; one mutex guards
 * writers, and readers of ids take it too (the array moves when it grows).
 *
 * Registered modules (modules[]): this file's and the runtime's others come
 * first; goc_addmodule adds the program's (one per C unit, from the unit's
 * constructor) before main runs.
 */
#include "goc_rt.h"

#include <stdlib.h>
#include <string.h>

/* ---- this file's module ---------------------------------------------------------------- */

/* The names of this module's table (rtoffs below): id, flags, string. */
#define RT_NAMES(N)                                                                              \
    N(bool, 0, "bool") N(int, 0, "int") N(int8, 0, "int8") N(int16, 0, "int16")                  \
    N(int32, 0, "int32") N(int64, 0, "int64") N(uint, 0, "uint") N(uint8, 0, "uint8")            \
    N(uint16, 0, "uint16") N(uint32, 0, "uint32") N(uint64, 0, "uint64")                         \
    N(uintptr, 0, "uintptr") N(float32, 0, "float32") N(float64, 0, "float64")                   \
    N(complex64, 0, "complex64") N(complex128, 0, "complex128") N(string, 0, "string")           \
    N(unsafe_Pointer, 0, "unsafe.Pointer") N(any, 0, "interface {}") N(error, 0, "error")        \
    N(Error, GOC_NAME_EXPORTED, "Error") N(func, 0, "func()") N(func_string, 0, "func() string") \
    N(func_uintptr, 0, "func() uintptr") N(anymap, 0, "map[interface {}]interface {}")          \
    N(unsafe, 0, "unsafe")

/* Offsets in this module: the names, then the func types of method signatures. */
enum {
    RT_NONE,
#define N(id, flags, s) RTN_##id,
    RT_NAMES(N)
#undef N
    RT_func_string,
    RT_func,
    RT_func_uintptr,
    RT_NOFFS
};

static const void *const rtoffs[RT_NOFFS];
static const goc_type *const rttypelinks[4];
GOC_INTERNAL const goc_module goc_rtmodule = {
    .offs = rtoffs, .noffs = RT_NOFFS, .typelinks = rttypelinks, .ntypelinks = 4};

/* Descriptors of types whose values are plain memory: bool, ints, uintptr. */
#define PLAIN(cname, ctype, k, eq, hash)                                                         \
    const goc_typedesc goc_typedesc_##cname = {                                                  \
        &goc_rtmodule,                                                                           \
        {.Size_ = sizeof(ctype), .Hash = hash, .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_REGULARMEMORY, \
         .Align_ = _Alignof(ctype), .FieldAlign_ = _Alignof(ctype), .Kind_ = k,                  \
         .Equal = (goc_func *)&goc_##eq##_f, .Str = RTN_##cname}}

PLAIN(bool, bool, GOC_BOOL, memequal8, 0xc894953d);
PLAIN(int, goc_int, GOC_INT, memequal64, 0x95e97e5e);
PLAIN(int8, int8_t, GOC_INT8, memequal8, 0x6491fa92);
PLAIN(int16, int16_t, GOC_INT16, memequal16, 0x07e372d1);
PLAIN(int32, int32_t, GOC_INT32, memequal32, 0xfbdee2bf);
PLAIN(int64, int64_t, GOC_INT64, memequal64, 0x03d22364);
PLAIN(uint, goc_uint, GOC_UINT, memequal64, 0xcb9836a1);
PLAIN(uint8, uint8_t, GOC_UINT8, memequal8, 0x199df2db);
PLAIN(uint16, uint16_t, GOC_UINT16, memequal16, 0xae8ebef2);
PLAIN(uint32, uint32_t, GOC_UINT32, memequal32, 0x32940bec);
PLAIN(uint64, uint64_t, GOC_UINT64, memequal64, 0xaea00813);
PLAIN(uintptr, uintptr_t, GOC_UINTPTR, memequal64, 0xfcd16165);

/* Floats: NaN != NaN and +0 == -0, so not plain memory. */
#define FLOAT(cname, ctype, k, eq, hash)                                                         \
    const goc_typedesc goc_typedesc_##cname = {                                                  \
        &goc_rtmodule,                                                                           \
        {.Size_ = sizeof(ctype), .Hash = hash, .TFlag = GOC_TFLAG_NAMED, .Align_ = _Alignof(ctype), \
         .FieldAlign_ = _Alignof(ctype), .Kind_ = k, .Equal = (goc_func *)&goc_##eq##_f,         \
         .Str = RTN_##cname}}

FLOAT(float32, float, GOC_FLOAT32, f32equal, 0xe89f7410);
FLOAT(float64, double, GOC_FLOAT64, f64equal, 0x7c980e47);
FLOAT(complex64, goc_complex64, GOC_COMPLEX64, c64equal, 0xe1067665);
FLOAT(complex128, goc_complex128, GOC_COMPLEX128, c128equal, 0xb000c0e8);

/* One pointer word first: string's data pointer, unsafe.Pointer itself. */
static const uint8_t gcdata_1[] = {1};

const goc_typedesc goc_typedesc_string = {
    &goc_rtmodule,
    {.Size_ = sizeof(goc_string), .PtrBytes = 8, .Hash = 0x17c16538, .TFlag = GOC_TFLAG_NAMED,
     .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_STRING, .Equal = (goc_func *)&goc_strequal_f,
     .GCData = gcdata_1, .Str = RTN_string}};

const struct goc_unsafepointerdesc goc_typedesc_unsafe_Pointer = {
    &goc_rtmodule,
    {.Size_ = 8, .PtrBytes = 8, .Hash = 0xb24f7ca0,
     .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON | GOC_TFLAG_REGULARMEMORY, .Align_ = 8,
     .FieldAlign_ = 8, .Kind_ = GOC_UNSAFEPOINTER | GOC_KIND_DIRECTIFACE,
     .Equal = (goc_func *)&goc_memequal64_f, .GCData = gcdata_1, .Str = RTN_unsafe_Pointer},
    {.PkgPath = RTN_unsafe}};

/* Interfaces: two words, the second one a pointer (gc does not count the type word). */
static const uint8_t gcdata_01[] = {2};

const struct goc_interfacedesc goc_typedesc_any = {
    &goc_rtmodule,
    {.Type = {.Size_ = 16, .PtrBytes = 16, .Hash = 0xd8f76804, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_INTERFACE, .Equal = (goc_func *)&goc_nilinterequal_f,
              .GCData = gcdata_01, .Str = RTN_any}}};

static const goc_imethod error_imethods[] = {{.Name = RTN_Error, .Typ = RT_func_string}};
const struct goc_errordesc goc_typedesc_error = {
    &goc_rtmodule,
    {.Type = {.Size_ = 16, .PtrBytes = 16, .Hash = 0x21918751,
              .TFlag = GOC_TFLAG_NAMED | GOC_TFLAG_UNCOMMON, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_INTERFACE, .Equal = (goc_func *)&goc_interequal_f,
              .GCData = gcdata_01, .Str = RTN_error},
     .Methods = {(void *)error_imethods, 1, 1}},
    {0}};

/* func(), func() string, func() uintptr: closures, one pointer word. */
#define FUNCTYPE(hash, str)                                                                      \
    {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = hash, .Align_ = 8, .FieldAlign_ = 8,            \
              .Kind_ = GOC_FUNC | GOC_KIND_DIRECTIFACE, .GCData = gcdata_1, .Str = str},         \
     .OutCount = 1}
const struct goc_functype0desc goc_typedesc_func = {
    &goc_rtmodule,
    {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0x818fc0bc, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_FUNC | GOC_KIND_DIRECTIFACE, .GCData = gcdata_1, .Str = RTN_func}}};
const struct goc_functype1desc goc_typedesc_func_string = {
    &goc_rtmodule, FUNCTYPE(0x319077b5, RTN_func_string), {&goc_type_string}};
const struct goc_functype1desc goc_typedesc_func_uintptr = {
    &goc_rtmodule, FUNCTYPE(0xa620e046, RTN_func_uintptr), {&goc_type_uintptr}};

static const void *const rtoffs[RT_NOFFS] = {
#define N(id, flags, s) [RTN_##id] = GOC_NAMEDATA(flags, s),
    RT_NAMES(N)
#undef N
    [RT_func_string] = &goc_type_func_string,
    [RT_func] = &goc_type_func,
    [RT_func_uintptr] = &goc_type_func_uintptr,
};

/* map[interface {}]interface {}, the table of sync.Map (sync_map.c). */
const goc_mapdesc goc_anymaptype = {
    &goc_rtmodule,
    {.Type = {.Size_ = 8, .PtrBytes = 8, .Hash = 0x11b3f0cf, .Align_ = 8, .FieldAlign_ = 8,
              .Kind_ = GOC_MAP | GOC_KIND_DIRECTIFACE, .GCData = gcdata_1, .Str = RTN_anymap},
     .Key = &goc_type_any, .Elem = &goc_type_any, .Hasher = (goc_func *)&goc_nilinterhash_f,
     GOC_MAPTYPE_SIZES(goc_eface, goc_eface),
     .Flags = GOC_MAPF_NEEDKEYUPDATE | GOC_MAPF_HASHMIGHTPANIC}};

static const goc_type *const rttypelinks[4] = {&goc_type_func, &goc_type_func_string,
                                              &goc_type_func_uintptr, &goc_anymaptype.d.Type};

/* ---- modules and offsets ------------------------------------------------------------------ */

/* The runtime's modules come first; goc_addmodule appends, from the
 * constructors of the program's C units (one module per unit), before main.
 * The list lives in malloc'd memory: it holds only pointers to static data. */
GOC_INTERNAL extern const goc_module goc_errormodule;
static const goc_module *rtmodules[2] = {&goc_rtmodule, &goc_errormodule};
static const goc_module **modules = rtmodules;
static int nmodules = 2, capmodules = 2;

void goc_addmodule(const goc_module *m) {
    for (int i = 0; i < nmodules; i++)
        if (modules[i] == m)
            return;
    if (nmodules == capmodules) {
        int cap = capmodules * 2;
        const goc_module **list = malloc((size_t)cap * sizeof *list);
        if (list == NULL)
            goc_throw("goc_addmodule: out of memory");
        memcpy(list, modules, (size_t)nmodules * sizeof *list);
        if (modules != rtmodules)
            free(modules);
        modules = list;
        capmodules = cap;
    }
    modules[nmodules++] = m;
}

GOC_INTERNAL int goc_modules(const goc_module *const **list) {
    *list = modules;
    return nmodules;
}

typedef struct reflectOffsType {
    uintptr_t n, cap;    /* ids in use; capacity of ids */
    const void **ids;    /* ids[k]: the pointer of id -(k+2) */
    uintptr_t mask;      /* byptr has mask+1 slots */
    uint32_t *byptr;     /* k+1 of the id of a pointer, 0: empty */
} reflectOffsType;

static reflectOffsType *reflectoffs; /* static: a root for the collector */
static pthread_mutex_t reflectoffslock = PTHREAD_MUTEX_INITIALIZER;

static uintptr_t ptrhash(const void *p) {
    uintptr_t h = (uintptr_t)p * 0x9e3779b97f4a7c15u;
    return h ^ (h >> 29);
}

static void byptrinsert(reflectOffsType *r, const void *p, uint32_t k1) {
    for (uintptr_t h = ptrhash(p) & r->mask, i = 1;; h = (h + i++) & r->mask) {
        if (r->byptr[h] == 0) {
            r->byptr[h] = k1;
            return;
        }
    }
}

int32_t goc_addreflectoff(const void *ptr) {
    pthread_mutex_lock(&reflectoffslock);
    reflectOffsType *r = reflectoffs;
    if (r == NULL) {
        r = goc_alloc(sizeof *r, true);
        r->cap = 64;
        r->ids = goc_alloc(r->cap * sizeof r->ids[0], true);
        r->mask = 2 * r->cap - 1;
        r->byptr = goc_alloc((r->mask + 1) * sizeof r->byptr[0], false);
        reflectoffs = r;
    }
    for (uintptr_t h = ptrhash(ptr) & r->mask, i = 1; r->byptr[h] != 0; h = (h + i++) & r->mask) {
        uint32_t k1 = r->byptr[h];
        if (r->ids[k1 - 1] == ptr) {
            pthread_mutex_unlock(&reflectoffslock);
            return -(int32_t)k1 - 1;
        }
    }
    if (r->n == r->cap) {
        if (r->cap >= (uintptr_t)1 << 29)
            goc_throw("addReflectOff: too many ids");
        uintptr_t cap = 2 * r->cap;
        const void **ids = goc_alloc(cap * sizeof ids[0], true);
        memcpy(ids, r->ids, r->n * sizeof ids[0]);
        r->ids = ids;
        r->cap = cap;
        r->mask = 2 * cap - 1;
        r->byptr = goc_alloc((r->mask + 1) * sizeof r->byptr[0], false);
        for (uintptr_t k = 0; k < r->n; k++)
            byptrinsert(r, ids[k], (uint32_t)k + 1);
    }
    r->ids[r->n] = ptr;
    uint32_t k1 = (uint32_t)++r->n;
    byptrinsert(r, ptr, k1);
    pthread_mutex_unlock(&reflectoffslock);
    return -(int32_t)k1 - 1;
}

static const void *reflectoff(int32_t off) {
    pthread_mutex_lock(&reflectoffslock);
    reflectOffsType *r = reflectoffs;
    uintptr_t k = (uintptr_t)(-(int64_t)off) - 2;
    const void *p = r != NULL && k < r->n ? r->ids[k] : NULL;
    pthread_mutex_unlock(&reflectoffslock);
    if (p == NULL)
        goc_throw("runtime: offset not in any module or reflectOffs");
    return p;
}

/* The module table entry off (> 0) of the module of ptr. */
static const void *moduleoff(const void *ptr, int32_t off) {
    const goc_module *m = GOC_MODULEOF(ptr);
    if ((uint32_t)off >= m->noffs)
        goc_throw("runtime: name or type offset beyond its module's table");
    return m->offs[off];
}

goc_name goc_resolvenameoff(const void *ptr, goc_nameoff off) {
    goc_name n = {NULL};
    if (off != 0)
        n.Bytes = off < 0 ? reflectoff(off) : moduleoff(ptr, off);
    return n;
}

const goc_type *goc_resolvetypeoff(const void *ptr, goc_typeoff off) {
    if (off == 0 || off == -1)
        return NULL;
    return off < 0 ? reflectoff(off) : moduleoff(ptr, off);
}

void (*goc_resolvetextoff(const void *ptr, goc_textoff off))(void) {
    if (off == 0 || off == -1)
        return NULL;
    if (off < 0) {
        void (*fn)(void);
        const void *p = reflectoff(off);
        memcpy(&fn, &p, sizeof fn);
        return fn;
    }
    const goc_module *m = GOC_MODULEOF(ptr);
    if ((uint32_t)off >= m->ntext)
        goc_throw("runtime: text offset beyond its module's table");
    return m->text[off];
}

/* ---- names --------------------------------------------------------------------------------- */

/* Go: Name.ReadVarint. Returns the number of bytes read. */
static int readvarint(const uint8_t *p, uintptr_t *v) {
    uintptr_t x = 0;
    for (int i = 0;; i++) {
        x |= (uintptr_t)(p[i] & 0x7f) << (7 * i);
        if ((p[i] & 0x80) == 0) {
            *v = x;
            return i + 1;
        }
    }
}

goc_string goc_namestring(goc_name n) {
    goc_string s = {NULL, 0};
    if (n.Bytes == NULL)
        return s;
    uintptr_t l;
    int i = readvarint(n.Bytes + 1, &l);
    s.str = n.Bytes + 1 + i;
    s.len = (goc_int)l;
    return s;
}

goc_string goc_nametag(goc_name n) {
    goc_string s = {NULL, 0};
    if (n.Bytes == NULL || (n.Bytes[0] & GOC_NAME_TAG) == 0)
        return s;
    goc_string name = goc_namestring(n);
    uintptr_t l;
    const uint8_t *p = name.str + name.len;
    int i = readvarint(p, &l);
    s.str = p + i;
    s.len = (goc_int)l;
    return s;
}

goc_string goc_namepkgpath(goc_name n) {
    goc_string s = {NULL, 0};
    if (n.Bytes == NULL || (n.Bytes[0] & GOC_NAME_PKGPATH) == 0)
        return s;
    goc_string name = goc_namestring(n);
    const uint8_t *p = name.str + name.len;
    if (n.Bytes[0] & GOC_NAME_TAG) {
        goc_string tag = goc_nametag(n);
        p = tag.str + tag.len;
    }
    int32_t off;
    memcpy(&off, p, sizeof off);
    /* like reflect, resolve against the name's own module */
    return goc_namestring(goc_resolvenameoff(n.Bytes, off));
}

/* ---- reading descriptors -------------------------------------------------------------------- */

const goc_type *goc_typeelem(const goc_type *t) {
    switch (goc_typekind(t)) {
    case GOC_ARRAY:
        return ((const goc_arraytype *)t)->Elem;
    case GOC_CHAN:
        return ((const goc_chantype *)t)->Elem;
    case GOC_MAP:
        return ((const goc_maptype *)t)->Elem;
    case GOC_POINTER:
        return ((const goc_ptrtype *)t)->Elem;
    case GOC_SLICE:
        return ((const goc_slicetype *)t)->Elem;
    default:
        return NULL;
    }
}

/* Go: Type.Uncommon. The uncommon part follows the kind's struct. */
const goc_uncommontype *goc_uncommon(const goc_type *t) {
    if ((t->TFlag & GOC_TFLAG_UNCOMMON) == 0)
        return NULL;
    uintptr_t size;
    switch (goc_typekind(t)) {
    case GOC_STRUCT:
        size = sizeof(goc_structtype);
        break;
    case GOC_POINTER:
        size = sizeof(goc_ptrtype);
        break;
    case GOC_FUNC:
        size = sizeof(goc_functype);
        break;
    case GOC_SLICE:
        size = sizeof(goc_slicetype);
        break;
    case GOC_ARRAY:
        size = sizeof(goc_arraytype);
        break;
    case GOC_CHAN:
        size = sizeof(goc_chantype);
        break;
    case GOC_MAP:
        size = sizeof(goc_maptype);
        break;
    case GOC_INTERFACE:
        size = sizeof(goc_interfacetype);
        break;
    default:
        size = sizeof(goc_type);
        break;
    }
    return (const goc_uncommontype *)((const uint8_t *)t + size);
}

const goc_method *goc_typemethods(const goc_type *t, uint32_t *n, uint32_t *nx) {
    const goc_uncommontype *u = goc_uncommon(t);
    if (u == NULL || u->Mcount == 0) {
        *n = 0;
        if (nx != NULL)
            *nx = 0;
        return NULL;
    }
    *n = u->Mcount;
    if (nx != NULL)
        *nx = u->Xcount;
    return (const goc_method *)((const uint8_t *)u + u->Moff);
}

const goc_type *const *goc_funcparams(const goc_functype *t) {
    uintptr_t off = sizeof(goc_functype);
    if (t->Type.TFlag & GOC_TFLAG_UNCOMMON)
        off += sizeof(goc_uncommontype);
    return (const goc_type *const *)((const uint8_t *)t + off);
}

goc_string goc_typestring(const goc_type *t) {
    goc_string s = goc_namestring(goc_resolvenameoff(t, t->Str));
    if ((t->TFlag & GOC_TFLAG_EXTRASTAR) && s.len > 0) {
        s.str++;
        s.len--;
    }
    return s;
}

goc_string goc_typepkgpath(const goc_type *t) {
    goc_string none = {NULL, 0};
    const goc_uncommontype *u = goc_uncommon(t);
    if ((t->TFlag & GOC_TFLAG_NAMED) == 0 || u == NULL)
        return none;
    return goc_namestring(goc_resolvenameoff(t, u->PkgPath));
}

static bool gostreq(goc_string a, goc_string b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.str, b.str, (size_t)a.len) == 0);
}

bool goc_typeidentical(const goc_type *a, const goc_type *b) {
    if (a == b)
        return true;
    if (a == NULL || b == NULL || goc_typekind(a) != goc_typekind(b) ||
        (a->TFlag & GOC_TFLAG_NAMED) != (b->TFlag & GOC_TFLAG_NAMED))
        return false;
    return gostreq(goc_typestring(a), goc_typestring(b)) &&
           gostreq(goc_typepkgpath(a), goc_typepkgpath(b));
}
