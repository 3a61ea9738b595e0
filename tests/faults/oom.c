/*
 * tests/faults/oom.c — a program (through goc_main, as a translated Go
 * program runs) that keeps every block it allocates alive, so under an
 * address-space limit (`ulimit -v`) the runtime must stop with gc's
 * "fatal error: runtime: out of memory" and exit status 2. Half the blocks
 * are pointerful, half pointer-free, to go through both allocators.
 */
#include <goc.h>
#include <stdio.h>

static void main_main(void) {
    void **live = NULL;
    for (long i = 0; i < 1000000; i++) {
        void **blk = goc_alloc((uintptr_t)8 << 20, true);
        blk[0] = live;
        blk[1] = goc_alloc((uintptr_t)8 << 20, false);
        live = blk;
    }
    printf("allocated 16 TB without running out of memory\n");
}

int main(int argc, char **argv) {
    return goc_main(argc, argv, NULL, main_main);
}
