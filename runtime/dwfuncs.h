/*
 * runtime/dwfuncs.h — the elfutils libdw functions the runtime reads DWARF
 * with (runtime/symtab.c), as one table of function pointers.
 *
 * The table is filled one of two ways:
 *   - a dynamically linked program dlopens libdw.so.1 on its first lookup
 *     and fills symtab.c's copy with dlsym;
 *   - a statically linked program (goc's default where the system has the
 *     static archives; see runtime/dwstatic.c) links libdw.a and carries
 *     goc_dwstatic, a table of the linked functions: static glibc cannot
 *     dlopen a library that depends on the shared libc.
 * symtab.c refers to goc_dwstatic weakly: libgocrt.a's dwstatic.o is linked only
 * when the link asks for it (-Wl,-u,goc_dwstatic), so dynamic programs
 * neither need libdw at link time nor carry it.
 */
#ifndef GOC_DWFUNCS_H
#define GOC_DWFUNCS_H

#include <dwarf.h>
#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>

#define GOC_DWFUNCS(X)                                                                              \
    X(dwfl_begin) X(dwfl_report_elf) X(dwfl_report_end) X(dwfl_addrmodule) X(dwfl_module_addrdie)     \
    X(dwfl_module_nextcu) X(dwfl_module_getdwarf) X(dwfl_module_addrinfo)                             \
    X(dwfl_standard_find_debuginfo) X(dwarf_getscopes) X(dwarf_getscopes_die) X(dwarf_offdie)        \
    X(dwarf_dieoffset) X(dwarf_tag) X(dwarf_diename) X(dwarf_attr) X(dwarf_formudata) X(dwarf_diecu) \
    X(dwarf_getsrcfiles) X(dwarf_filesrc) X(dwarf_entrypc) X(dwarf_ranges) X(dwarf_haspc)            \
    X(dwarf_getsrc_die) X(dwarf_lineno) X(dwarf_linesrc) X(dwarf_decl_line)

struct goc_dwfuncs {
#define GOC_DWFIELD(f) __typeof__(&f) f;
    GOC_DWFUNCS(GOC_DWFIELD)
#undef GOC_DWFIELD
};

/* runtime/dwstatic.c. runtime/symtab.c refers to it weakly. */
extern const struct goc_dwfuncs goc_dwstatic;

#endif
