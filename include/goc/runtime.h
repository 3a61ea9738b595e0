/*
 * goc/runtime.h — process start and exit.
 *
 * A translated program's C main is
 *     int main(int argc, char **argv) {
 *         goc_defaultGOROOT = "/usr/lib/go-1.23";
 *         return goc_main(argc, argv, main__init, main__main);
 *     }
 * goc_main initialises the collector (GC_INIT, a 4 MiB initial heap like
 * Go's minimum heap goal), the hash seeds, the growth era (GOCGROW), the
 * GC-stress mode (GOC_GCSTRESS=N: collect every N allocations), the map
 * tracer (GOCTRACE=mapgrow), the signal handlers (a fault in the first page
 * is gc's nil-dereference panic, an integer division trap "integer divide
 * by zero") and the main goroutine, then runs init and main and exits 0
 * when main returns. init and main run on a thread whose stack reserves
 * 1 GB like a gc goroutine's maximum (committed only as used), so Go-deep
 * recursion works; overflowing it is "fatal error: stack overflow".
 *
 * Environment: GOCGROW=go1.17|go1.18|go1.22, GOC_GCSTRESS=N,
 * GOCTRACE=mapgrow, GOTRACEBACK=none|single|all|system|crash (none: panic
 * lines only; crash: abort after the report), GOC_MAXSTACK=bytes (the main
 * goroutine's stack, default 1000000000).
 */
#ifndef GOC_RUNTIME_H
#define GOC_RUNTIME_H

#include "types.h"

int goc_main(int argc, char **argv, void (*init)(void), void (*mainfn)(void));
/* Runtime set-up without running a program (for C users of the ABI and tests); idempotent. */
void goc_init(int argc, char **argv);
/* runtime.GOROOT()'s answer when $GOROOT is unset or empty: the Go
 * installation the program's standard packages come from (gc's
 * runtime.defaultGOROOT, set by its linker); NULL reads as "". */
extern const char *goc_defaultGOROOT;
/* os.Args */
extern goc_slice goc_os_Args;
/* os.Exit: exit now without running defers. */
_Noreturn void goc_exit(int code);

#endif
