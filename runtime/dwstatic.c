/*
 * runtime/dwstatic.c — libdw's functions for a statically linked program
 * (Go: none; gc reads its own pclntab, goc reads the DWARF with libdw).
 *
 * goc links programs statically where the system has the archives, as gc
 * does: a static binary maps no shared libc, libm or libgc, which is most
 * of a small program's resident memory. Static glibc cannot dlopen
 * libdw.so.1 (it would bring a second, shared libc), so such a link asks
 * for this file's table with -Wl,-u,goc_dwstatic and adds libdw.a and its
 * archives; runtime/symtab.c then takes the functions from here instead of
 * from dlsym. Nothing references this object strongly, so a dynamic link
 * leaves it out of the program (runtime/dwfuncs.h).
 *
 * Data: one constant table of function pointers, filled at link time.
 */
#include "dwfuncs.h"

const struct goc_dwfuncs goc_dwstatic = {
#define GOC_DWENTRY(f) .f = f,
    GOC_DWFUNCS(GOC_DWENTRY)
#undef GOC_DWENTRY
};
