#include "goc_rt.h"
/*
 * runtime/os.c — what GOROOT's package os needs from the runtime besides
 * system calls and signals (Go: runtime/runtime.go os_runtime_args,
 * runtime/proc.go os_beforeExit), under the link names of linkname.h:
 *
 *   os.runtime_args        a fresh copy of the command line (os.Args), made
 *                          from goc_os_Args, which goc_init points at argv;
 *   os.runtime_beforeExit  called by os.Exit before the process exits: gc
 *                          finishes the race detector and writes coverage
 *                          counters there; goc has neither, and stdio (C code
 *                          using the ABI) is flushed by goc_exit;
 *   runtime.GOROOT         $GOROOT as the process started with it (gc's
 *                          runtime reads its own copy of the environment,
 *                          which os.Setenv does not change; goc_init takes
 *                          it in goc_goenvs), else goc_defaultGOROOT: the GOROOT
 *                          the program's standard packages were translated
 *                          from, which goc's C main stores there (gc's
 *                          linker sets runtime.defaultGOROOT to the root of
 *                          the toolchain that linked the program); "" for
 *                          C users of the ABI that set none.
 */
#include "linkname.h"

#include <stdlib.h>
#include <string.h>

goc_slice os__runtime_args(void) {
    goc_slice a = goc_os_Args;
    if (a.len == 0)
        return (goc_slice){NULL, 0, 0};
    goc_string *c = goc_alloc((uintptr_t)a.len * sizeof *c, true);
    memcpy(c, a.ptr, (size_t)a.len * sizeof *c);
    return (goc_slice){c, a.len, a.len};
}

void os__runtime_beforeExit(goc_int code) { (void)code; }

const char *goc_defaultGOROOT;

static goc_string envGOROOT; /* $GOROOT at start; GC memory, kept by this root */

/* Go: goenvs (what of the environment the runtime keeps from the start). */
void goc_goenvs(void) {
    const char *s = getenv("GOROOT");
    envGOROOT = s != NULL ? goc_gostring(s) : (goc_string){NULL, 0};
}

goc_string runtime__GOROOT(void) {
    if (envGOROOT.len > 0)
        return envGOROOT;
    return goc_defaultGOROOT != NULL ? goc_gostring(goc_defaultGOROOT) : (goc_string){NULL, 0};
}
