/*
 * runtime/symtab.c — from a machine pc to Go's functions, files and lines
 * (Go: runtime/symtab.go findfunc, funcline, the inline unwinder; the
 * pclntab's role is played by the executable's DWARF).
 *
 * Sources of truth (include/goc/symtab.h):
 *   - the DWARF of the executable. Generated C carries `#line` directives
 *     and is compiled with -g1, so the line table maps a pc to the Go file
 *     and line, and DW_TAG_inlined_subroutine records say which functions
 *     the C compiler inlined at that pc, each with the file and line of its
 *     call (DW_AT_call_file/line). The DWARF is read with elfutils' libdw:
 *     a static program links it (runtime/dwstatic.c), a dynamic one loads
 *     it with dlopen on the first lookup, so that ordinary programs never
 *     load it; a program that prints a traceback pays once for opening it;
 *   - the goc_functab records of the translator (section "goc_functab"):
 *     C name -> Go name and flags.
 *
 * Data (all of it lives until exit, in malloc'd memory: it holds pointers
 * only to static data, to libdw's mapped DWARF and to other records here,
 * never to the collected heap):
 *
 *   functab     the goc_functab records sorted by C name (built once)
 *   pcs         hash table: lookup address -> pcinfo { n logical frames,
 *               innermost first }. Insert-only; readers walk the chains
 *               without the lock (entries are published with a release
 *               store after they are complete)
 *   funcs       hash table: (Go name, entry) -> goc_Func, so that
 *               runtime.FuncForPC hands out one *Func per function, as gc's
 *               pointers into its function table are stable
 *
 * A lookup address is a pc inside the instruction of interest: a return
 * address minus one (the call), a faulting pc, or a function's entry.
 *
 * Locking. symlk guards libdw (which is not thread-safe) and every
 * insertion. A lookup from a thread that already holds it (a fault inside
 * libdw becoming a crash report) gets no answer instead of a deadlock.
 */
#include "goc_rt.h"

#include "dwfuncs.h"

#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>

/* ---- the translator's function table ---------------------------------------------- */

extern const goc_functab __start_goc_functab[] __attribute__((weak));
extern const goc_functab __stop_goc_functab[] __attribute__((weak));

static const goc_functab **functab; /* sorted by cname */
static size_t nfunctab;
static pthread_once_t functabonce = PTHREAD_ONCE_INIT;

static int cmpfunctab(const void *a, const void *b) {
    return strcmp((*(const goc_functab *const *)a)->cname, (*(const goc_functab *const *)b)->cname);
}

static void loadfunctab(void) {
    const goc_functab *start = __start_goc_functab, *stop = __stop_goc_functab;
    if (start == NULL || stop <= start)
        return;
    size_t n = (size_t)(stop - start);
    const goc_functab **t = malloc(n * sizeof *t);
    if (t == NULL)
        return;
    for (size_t i = 0; i < n; i++)
        t[i] = &start[i];
    qsort(t, n, sizeof *t, cmpfunctab);
    functab = t;
    nfunctab = n;
}

/* The record of C function cname (len bytes), or NULL. */
static const goc_functab *findfunctab(const char *cname, size_t len) {
    pthread_once(&functabonce, loadfunctab);
    size_t lo = 0, hi = nfunctab;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *s = functab[mid]->cname;
        int c = strncmp(s, cname, len);
        if (c == 0 && s[len] != '\0')
            c = 1;
        if (c == 0)
            return functab[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* ---- libdw, loaded on demand ------------------------------------------------------ */

static struct goc_dwfuncs dw; /* runtime/dwfuncs.h */

/* Weak: present only when the link asked for it (static programs). */
extern const struct goc_dwfuncs goc_dwstatic __attribute__((weak));

static pthread_mutex_t symlk = PTHREAD_MUTEX_INITIALIZER;
static pthread_t symowner;  /* the thread holding symlk (valid while symheld) */
static bool symheld;
static int dwstate;         /* 0 not tried, 1 ready, -1 unavailable */
static Dwfl *dwfl;
static Dwfl_Module *mainmod;

static int firstobject(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    *(uintptr_t *)data = (uintptr_t)info->dlpi_addr; /* the first object is the executable */
    return 1;
}

/* Under symlk: open libdw and the executable's DWARF once. */
static bool dwopen(void) {
    if (dwstate != 0)
        return dwstate > 0;
    dwstate = -1;
    if (&goc_dwstatic != NULL) {
        dw = goc_dwstatic; /* a static program: libdw.a is linked in */
    } else {
        void *h = dlopen("libdw.so.1", RTLD_LAZY | RTLD_LOCAL);
        if (h == NULL)
            return false;
#define X(f)                                      \
    if ((*(void **)&dw.f = dlsym(h, #f)) == NULL) \
        return false;
        GOC_DWFUNCS(X)
#undef X
    }
    static Dwfl_Callbacks cb;
    cb.find_debuginfo = dw.dwfl_standard_find_debuginfo;
    dwfl = dw.dwfl_begin(&cb);
    if (dwfl == NULL)
        return false;
    uintptr_t bias = 0;
    dl_iterate_phdr(firstobject, &bias);
    mainmod = dw.dwfl_report_elf(dwfl, "goc", "/proc/self/exe", -1, bias, true);
    dw.dwfl_report_end(dwfl, NULL, NULL);
    if (mainmod == NULL)
        return false;
    dwstate = 1;
    return true;
}

static bool symlock(void) {
    if (__atomic_load_n(&symheld, __ATOMIC_RELAXED) && pthread_equal(symowner, pthread_self()))
        return false; /* re-entered from a fault inside the lookup */
    pthread_mutex_lock(&symlk);
    symowner = pthread_self();
    __atomic_store_n(&symheld, true, __ATOMIC_RELAXED);
    return true;
}

static void symunlock(void) {
    __atomic_store_n(&symheld, false, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&symlk);
}

/* ---- functions ----------------------------------------------------------------------- */

enum { NFUNCBUCKET = 1024, NPCBUCKET = 4096 };

typedef struct funcrec {
    goc_Func f;
    struct funcrec *next;
} funcrec;

static funcrec *funcs[NFUNCBUCKET]; /* under symlk */

static goc_string cstring(const char *s) {
    goc_string r = {(const uint8_t *)s, s != NULL ? (goc_int)strlen(s) : 0};
    return r;
}

/*
 * Under symlk: the goc_Func of C function cname (len bytes) in the machine
 * function starting at entry: the translator's record, else the runtime's
 * naming (goc_X and runtime__X are runtime.X, any other N runtime.N).
 */
static const goc_Func *funcfor(const char *cname, size_t len, uintptr_t entry) {
    const goc_functab *ft = findfunctab(cname, len);
    char *name = NULL;
    if (ft == NULL) {
        const char *base = cname;
        if (len > 4 && strncmp(base, "goc_", 4) == 0)
            base += 4, len -= 4;
        else if (len > 9 && strncmp(base, "runtime__", 9) == 0)
            base += 9, len -= 9;
        name = malloc(len + 9);
        if (name == NULL)
            return NULL;
        memcpy(name, "runtime.", 8);
        memcpy(name + 8, base, len);
        name[len + 8] = '\0';
    }
    const char *gname = ft != NULL ? ft->name : name;
    size_t h = entry;
    for (const char *p = gname; *p != '\0'; p++)
        h = h * 31 + (unsigned char)*p;
    h %= NFUNCBUCKET;
    for (funcrec *r = funcs[h]; r != NULL; r = r->next) {
        if (r->f.entry == entry && strcmp((const char *)r->f.name.str, gname) == 0) {
            free(name);
            return &r->f;
        }
    }
    funcrec *r = calloc(1, sizeof *r);
    if (r == NULL) {
        free(name);
        return NULL;
    }
    r->f.name = cstring(gname);
    r->f.entry = entry;
    r->f.flags = ft != NULL ? ft->flags : GOC_FUNC_ARGS;
    r->next = funcs[h];
    funcs[h] = r;
    return &r->f;
}

/* ---- pcs ----------------------------------------------------------------------------- */

typedef struct pcinfo {
    uintptr_t pc;
    struct pcinfo *next;
    int n;
    goc_srcframe frames[];
} pcinfo;

static pcinfo *pcs[NPCBUCKET];

static pcinfo *pcfind(uintptr_t pc) {
    for (pcinfo *p = __atomic_load_n(&pcs[(pc >> 2) % NPCBUCKET], __ATOMIC_ACQUIRE); p != NULL; p = p->next)
        if (p->pc == pc)
            return p;
    return NULL;
}

/* The entry of the machine function whose DWARF subprogram is die. */
static uintptr_t dieentry(Dwarf_Die *die, Dwarf_Addr bias) {
    Dwarf_Addr a;
    if (dw.dwarf_entrypc(die, &a) == 0)
        return (uintptr_t)(a + bias);
    Dwarf_Addr base, start, end;
    if (dw.dwarf_ranges(die, 0, &base, &start, &end) > 0)
        return (uintptr_t)(start + bias);
    return 0;
}

enum { MAXINLINE = 64 };

/* The compile unit holding pc: by the address ranges table, else by asking
   each unit (clang writes no .debug_aranges, which libdw 0.188 relies on). */
static Dwarf_Die *findcu(Dwfl_Module *m, uintptr_t pc, Dwarf_Addr *bias) {
    Dwarf_Die *cu = dw.dwfl_module_addrdie(m, pc, bias);
    if (cu != NULL)
        return cu;
    while ((cu = dw.dwfl_module_nextcu(m, cu, bias)) != NULL)
        if (dw.dwarf_haspc(cu, pc - *bias) > 0)
            return cu;
    return NULL;
}

static int callattr(Dwarf_Die *die, int attr) {
    Dwarf_Attribute a;
    Dwarf_Word v;
    return dw.dwarf_formudata(dw.dwarf_attr(die, attr, &a), &v) == 0 ? (int)v : -1;
}

static bool isfunc(Dwarf_Die *die) {
    int tag = dw.dwarf_tag(die);
    return tag == DW_TAG_inlined_subroutine || tag == DW_TAG_subprogram;
}

/*
 * gcc records a function whose body it split (ipa-split) and inlined back
 * as an inlined copy of itself "called" from its own declaration line: not
 * a frame. A real recursive call inlined into the function is at a line of
 * its body.
 */
static bool selfinline(Dwarf_Die *scopes, int i, int ns) {
    int j = i + 1;
    while (j < ns && !isfunc(&scopes[j]))
        j++;
    if (j == ns)
        return false;
    const char *a = dw.dwarf_diename(&scopes[i]), *b = dw.dwarf_diename(&scopes[j]);
    int decl = 0;
    return a != NULL && b != NULL && strcmp(a, b) == 0 && dw.dwarf_decl_line(&scopes[i], &decl) == 0 &&
           decl == callattr(&scopes[i], DW_AT_call_line);
}

/* Under symlk, libdw open: the logical frames at pc, innermost first, into out; their count. */
/*
 * A source file name as gc records it. A //line directive's bare name
 * ("foo.go", "??") reaches the DWARF as "./foo.go" (the translator's
 * lower.go posLine: a bare name would be put in the C compiler's
 * directory); the "./" comes off here. Other names are absolute, or
 * relative with a directory, as written.
 */
static const char *srcname(const char *file) {
    if (file != NULL && file[0] == '.' && file[1] == '/')
        return file + 2;
    return file;
}

static int dwframes(uintptr_t pc, goc_srcframe *out) {
    Dwfl_Module *m = dw.dwfl_addrmodule(dwfl, pc);
    if (m != mainmod)
        return 0; /* not the executable's code: not Go */
    Dwarf_Addr bias = 0;
    Dwarf_Die *cu = findcu(m, pc, &bias);
    const char *file = NULL;
    int line = 0;
    Dwarf_Line *ln = cu != NULL ? dw.dwarf_getsrc_die(cu, pc - bias) : NULL;
    if (ln != NULL && dw.dwarf_lineno(ln, &line) == 0)
        file = dw.dwarf_linesrc(ln, NULL, NULL);
    Dwarf_Die *scopes = NULL;
    int ns = cu != NULL ? dw.dwarf_getscopes(cu, pc - bias, &scopes) : 0;
    if (ns > 0) {
        /* dwarf_getscopes continues into the abstract tree of an inlined
           instance; the concrete chain, inlined call sites included, comes
           from the innermost scope's own parents. */
        Dwarf_Die inner;
        Dwarf_Addr b2;
        Dwarf *dbg = dw.dwfl_module_getdwarf(m, &b2);
        bool ok = dbg != NULL && dw.dwarf_offdie(dbg, dw.dwarf_dieoffset(&scopes[0]), &inner) != NULL;
        free(scopes);
        scopes = NULL;
        ns = ok ? dw.dwarf_getscopes_die(&inner, &scopes) : 0;
    }
    int n = 0;
    const char *names[MAXINLINE];
    for (int i = 0; i < ns && n < MAXINLINE; i++) {
        int tag = dw.dwarf_tag(&scopes[i]);
        if (tag != DW_TAG_inlined_subroutine && tag != DW_TAG_subprogram)
            continue;
        if (tag == DW_TAG_inlined_subroutine && selfinline(scopes, i, ns))
            continue; /* the enclosing copy is this frame, at this location */
        const char *name = dw.dwarf_diename(&scopes[i]);
        names[n] = name != NULL ? name : "?";
        out[n].fn = NULL;
        out[n].file = cstring(file != NULL ? srcname(file) : "?");
        out[n].line = line;
        n++;
        if (tag == DW_TAG_subprogram) {
            uintptr_t entry = dieentry(&scopes[i], bias);
            for (int k = 0; k < n; k++)
                out[k].fn = funcfor(names[k], strlen(names[k]), entry);
            break;
        }
        /* the next frame out is at the inlined call */
        line = callattr(&scopes[i], DW_AT_call_line);
        int fileno = callattr(&scopes[i], DW_AT_call_file);
        Dwarf_Die cudie;
        Dwarf_Files *files;
        size_t nfiles;
        file = NULL;
        if (fileno >= 0 && dw.dwarf_diecu(&scopes[i], &cudie, NULL, NULL) != NULL &&
            dw.dwarf_getsrcfiles(&cudie, &files, &nfiles) == 0 && (size_t)fileno < nfiles)
            file = dw.dwarf_filesrc(files, (size_t)fileno, NULL, NULL);
    }
    free(scopes);
    if (n > 0 && out[n - 1].fn != NULL)
        return n;
    /* No DWARF here (a C unit compiled without -g): the symbol table's name, no line. */
    GElf_Off off;
    GElf_Sym sym;
    const char *s = dw.dwfl_module_addrinfo(m, pc, &off, &sym, NULL, NULL, NULL);
    if (s == NULL)
        return 0;
    size_t len = strcspn(s, "."); /* main__f.constprop.0 is main__f */
    out[0].fn = funcfor(s, len, pc - off);
    out[0].file = cstring("?");
    out[0].line = 0;
    return out[0].fn != NULL ? 1 : 0;
}

bool goc_nosymbolize;

int goc_findframes(uintptr_t pc, const goc_srcframe **frames) {
    pcinfo *p = pcfind(pc);
    if (p == NULL) {
        if (__atomic_load_n(&goc_nosymbolize, __ATOMIC_RELAXED) || !symlock())
            return 0;
        p = pcfind(pc);
        if (p == NULL) {
            goc_srcframe tmp[MAXINLINE];
            int n = dwopen() ? dwframes(pc, tmp) : 0;
            p = malloc(sizeof *p + (size_t)n * sizeof p->frames[0]);
            if (p == NULL) {
                symunlock();
                return 0;
            }
            p->pc = pc;
            p->n = n;
            memcpy(p->frames, tmp, (size_t)n * sizeof tmp[0]);
            pcinfo **head = &pcs[(pc >> 2) % NPCBUCKET];
            p->next = *head;
            __atomic_store_n(head, p, __ATOMIC_RELEASE);
        }
        symunlock();
    }
    *frames = p->frames;
    return p->n;
}

/* ---- pc values handed to Go code ---------------------------------------------------- */

const goc_srcframe *goc_pcframe(uintptr_t v, bool *inlined) {
    const goc_srcframe *fr;
    int n = goc_findframes(goc_pcaddr(v), &fr);
    unsigned depth = goc_pcdepth(v);
    if (inlined != NULL)
        *inlined = depth + 1 < (unsigned)n;
    return depth < (unsigned)n ? &fr[depth] : NULL;
}

const goc_Func *goc_FuncForPC(uintptr_t v) {
    const goc_srcframe *f = goc_pcframe(v, NULL);
    return f != NULL ? f->fn : NULL;
}
