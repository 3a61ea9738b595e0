/*
 * examples/demo_abi.c — the goc runtime used directly from C through the
 * public ABI (include/goc.h), the way a translator's output uses it:
 * growth capacities, aliasing after append, a map growing step by step,
 * and randomized iteration.
 *
 *   cc -std=gnu11 -Iinclude examples/demo_abi.c runtime/libgocrt.a -lgc -lpthread -lm
 */
#include <stdio.h>

#include <goc.h>

/* map[int]int, as a translator would emit it (without its bucket descriptor) */
GOC_DESCRIBE_MAP(map_int_int, "map[int]int", goc_int, goc_int, &goc_type_int, &goc_type_int, &goc_memhash64_f,
                 GOC_MAPF_REFLEXIVEKEY);
#define map_int_int (map_int_int_desc.d)

/* s = append(s, v) exactly as generated code does it */
static goc_slice append_int(goc_slice s, goc_int v) {
    goc_int newLen = s.len + 1;
    if ((goc_uint)newLen > (goc_uint)s.cap)
        s = goc_growslice(s.ptr, newLen, s.cap, 1, &goc_type_int);
    else
        s.len = newLen;
    ((goc_int *)s.ptr)[newLen - 1] = v;
    return s;
}

static void print_ints(const char *name, goc_slice s) {
    printf("%s = [", name);
    for (goc_int i = 0; i < s.len; i++)
        printf(i ? " %lld" : "%lld", (long long)((goc_int *)s.ptr)[i]);
    printf("] len=%lld cap=%lld\n", (long long)s.len, (long long)s.cap);
}

int main(int argc, char **argv) {
    goc_init(argc, argv);

    printf("-- capacity growth of []int, appending one at a time (Go 1.22+ rule)\n");
    goc_slice s = {0};
    goc_int last = -1;
    printf("caps:");
    for (goc_int i = 0; i < 2000; i++) {
        s = append_int(s, i);
        if (s.cap != last)
            printf(" %lld", (long long)(last = s.cap));
    }
    printf("\n");

    printf("-- aliasing after append\n");
    goc_slice a = goc_makeslice(&goc_type_int, 3, 4);
    for (int i = 0; i < 3; i++)
        ((goc_int *)a.ptr)[i] = i + 1;
    goc_slice b = append_int(a, 4);  /* fits in cap 4: shares a's array */
    ((goc_int *)b.ptr)[0] = 100;
    print_ints("a", a);
    print_ints("b", b);
    goc_slice c = append_int(b, 5);  /* beyond cap: copies */
    ((goc_int *)c.ptr)[0] = 7;
    print_ints("b", b);
    print_ints("c", c);

    printf("-- a map growing (goc_mapstats)\n");
    goc_hmap *m = goc_makemap_small();
    uint8_t lastB = 0;
    for (goc_int k = 0; k < 1000; k++) {
        *(goc_int *)goc_mapassign_fast64(&map_int_int, m, (uint64_t)k) = k * k;
        goc_mapstats_t st;
        goc_mapstats(&map_int_int, m, &st);
        if (st.B != lastB || k == 0) {
            printf("after %4lld inserts: B=%u buckets=%lu overflow=%lu growing=%d evacuated=%lu/%lu\n",
                   (long long)st.count, st.B, (unsigned long)st.buckets, (unsigned long)st.overflow,
                   st.growing, (unsigned long)st.nevacuate, (unsigned long)st.oldbuckets);
            lastB = st.B;
        }
    }

    printf("-- randomized iteration: first key of 8 iterations over {0..7}\n");
    goc_hmap *small = goc_makemap_small();
    for (goc_int k = 0; k < 8; k++)
        *(goc_int *)goc_mapassign_fast64(&map_int_int, small, (uint64_t)k) = k;
    printf("first keys:");
    for (int round = 0; round < 8; round++) {
        goc_hiter it;
        goc_mapiterinit(&map_int_int, small, &it);
        printf(" %lld", (long long)*(goc_int *)it.key);
    }
    printf("\n");
    return 0;
}
