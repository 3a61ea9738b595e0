/*
 * tests/faults/overflow.c — unbounded recursion in the main goroutine
 * (goc_main's 1 GB stack, or GOC_MAXSTACK bytes): gc's report
 *   runtime: goroutine stack exceeds 1000000000-byte limit
 *   runtime: sp=0x... stack=[0x..., 0x...]
 *   fatal error: stack overflow
 * and exit status 2, not a bare SIGSEGV.
 */
#include <goc.h>

static volatile goc_int never = -1;

/* func f(n int) int { var pad [16]int; pad[n%16] = n; return f(n+1) + pad[n%16] } */
__attribute__((noinline)) static goc_int f(goc_int n) {
    volatile goc_int pad[16];
    pad[n % 16] = n;
    if (n == never)
        return 0;
    return f(n + 1) + pad[n % 16];
}

static volatile goc_int sink;
static void main_main(void) {
    sink = f(0);
}

int main(int argc, char **argv) {
    return goc_main(argc, argv, NULL, main_main);
}
