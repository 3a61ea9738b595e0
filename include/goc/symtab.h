/*
 * goc/symtab.h — Go's names for the C functions of a program (Go: the
 * function table behind runtime/symtab.go), for tracebacks, runtime.Callers,
 * runtime.FuncForPC and runtime.CallersFrames.
 *
 * Where things come from:
 *   - file and line of a pc: the DWARF line table. The translator writes
 *     `#line N "file.go"` before every statement and compiles with -g1, so
 *     the C compiler's line table maps machine pcs to Go source lines, and
 *     its inlined-subroutine records give the frames of inlined calls;
 *   - the Go name of a C function: a record the translator writes beside
 *     each function it generates, collected by the linker into the ELF
 *     section "goc_functab" (one array over all C units of the program):
 *
 *         GOC_FUNCTAB(main__T__m, "main.(*T).m", GOC_FUNC_ARGS);
 *
 *     The runtime registers its own functions that play a part of gc's
 *     runtime in a traceback the same way (runtime.main, runtime.goexit).
 *     A C function of the executable without a record is the runtime's:
 *     goc_X is runtime.X, any other name N is runtime.N. Code outside the
 *     executable (libc, libgc) is not Go: tracebacks and Callers skip it.
 */
#ifndef GOC_SYMTAB_H
#define GOC_SYMTAB_H

#include <stdint.h>

typedef struct goc_functab {
    const char *cname; /* the C function (its DWARF DW_AT_name) */
    const char *name;  /* the Go function as gc prints it: main.(*T).m, main.main.func1, main.F[...] */
    uint32_t flags;    /* GOC_FUNC_* */
} goc_functab;

enum {
    /* Made by the compiler (gc: FuncIDWrapper): interface and method-value
       wrappers, defer and go thunks. Tracebacks and Callers leave them out,
       except when they called a panic (gc's elideWrapperCalling). */
    GOC_FUNC_WRAPPER = 1,
    /* The bottom frame of a goroutine (gc: runtime.goexit): no frame after it is Go's. */
    GOC_FUNC_GOEXIT = 2,
    /* Has parameters or a receiver: a traceback prints "f(...)", else "f()". */
    GOC_FUNC_ARGS = 4,
};

#define GOC_FUNCTAB(cfn, goname, fl)                                                            \
    static const goc_functab goc_functab__##cfn __attribute__((used, section("goc_functab"), \
                                                               aligned(8))) = {#cfn, goname, fl}

#endif
