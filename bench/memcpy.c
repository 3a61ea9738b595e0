/* memcpy bandwidth reference for bench/slice/copy.go's 256m case.
 *
 * The same steps as the Go program: two fresh zeroed 256 MiB buffers, the
 * source filled by doubling copies of its first 64 bytes, then 8 full
 * copies with one byte changed before each, checksummed the same way.  The
 * harness builds it with `cc -O2` and times the whole process like the Go
 * programs.  Usage: memcpy [size reps]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    size_t size = (size_t)256 << 20;
    size_t reps = 8;
    if (argc == 3) {
        size = strtoull(argv[1], NULL, 10);
        reps = strtoull(argv[2], NULL, 10);
    }
    unsigned char *src = calloc(size, 1), *dst = calloc(size, 1);
    if (!src || !dst) {
        fprintf(stderr, "memcpy: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < 64; i++)
        src[i] = (unsigned char)(i * 7);
    for (size_t n = 64; n < size; n *= 2)
        memcpy(src + n, src, n < size - n ? n : size - n);
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++) {
        src[r % size] = (unsigned char)r;
        memcpy(dst, src, size);
        sum += (uint64_t)dst[(r * 4099) % size] + (uint64_t)dst[size - 1 - r % size];
    }
    printf("256m %llu\n", (unsigned long long)sum);
    return 0;
}
