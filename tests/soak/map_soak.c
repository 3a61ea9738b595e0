/*
 * tests/soak/map_soak.c — 10^7 insert/delete cycles on a map[int64]*T
 * through the public ABI (include/goc.h). Cycle i stores m[i] = new(T) and
 * deletes m[i-W], so the live set stays at W entries while the keys never
 * repeat: the map keeps churning overflow buckets (same-size growth must
 * reclaim them) and every deleted *T must become garbage. RSS is sampled
 * every 10^5 cycles; the run passes if the peak RSS of the last 10^6 cycles
 * is at most 1.2x the peak of the first 10^6 (soak.h says why peaks). Every 10^5 cycles a window of keys is
 * looked up, so a lost or wrong entry fails the run too.
 *
 * SOAK_CYCLES and SOAK_WINDOW override 10^7 and 10^5 (for quick runs).
 */
#include <goc.h>
#include <string.h>

#include "soak.h"

/* type T struct { id int64; next *T; pad [4]int64 } */
typedef struct T {
    int64_t id;
    struct T *next;
    int64_t pad[4];
} T;
GOC_DESCRIBE(t_T, goc_structtype, "main.T",
             {.Type = GOC_TYPEINIT(sizeof(T), 8, GOC_STRUCT, GOC_TFLAG_NAMED, 16, NULL)});
#define t_T (t_T_desc.d.Type)
GOC_DESCRIBE(t_ptrT, goc_ptrtype, "*main.T",
             {.Type = GOC_TYPEINIT(8, 8, GOC_POINTER | GOC_KIND_DIRECTIFACE, GOC_TFLAG_REGULARMEMORY, 8,
                                   &goc_memequal64_f),
              .Elem = &t_T});
#define t_ptrT (t_ptrT_desc.d.Type)
GOC_DESCRIBE_MAP(m_i64_ptrT, "map[int64]*main.T", int64_t, T *, &goc_type_int64, &t_ptrT, &goc_memhash64_f,
                 GOC_MAPF_REFLEXIVEKEY);
#define m_i64_ptrT (m_i64_ptrT_desc.d)

int main(int argc, char **argv) {
    goc_init(argc, argv);
    long cycles = soak_env("SOAK_CYCLES", 10000000), window = soak_env("SOAK_WINDOW", 100000);
    long interval = cycles / 10;
    goc_hmap *m = goc_makemap_small();
    soak_rss rss = {0};
    for (long i = 0; i < cycles; i++) {
        T *v = goc_newobject(&t_T);
        v->id = i;
        v->next = v; /* a pointer inside, so the collector must trace it */
        *(T **)goc_mapassign_fast64(&m_i64_ptrT, m, (uint64_t)i) = v;
        if (i >= window)
            goc_mapdelete_fast64(&m_i64_ptrT, m, (uint64_t)(i - window));
        if ((i + 1) % 100000 == 0) {
            long lo = i + 1 > window ? i + 1 - window : 0;
            if (goc_maplen(m) != i + 1 - lo) {
                printf("map_soak: len %lld at cycle %ld, want %ld\n", (long long)goc_maplen(m), i + 1, i + 1 - lo);
                return 1;
            }
            for (long k = lo; k <= i; k += 97) {
                bool ok;
                T **p = goc_mapaccess2_fast64(&m_i64_ptrT, m, (uint64_t)k, &ok);
                if (!ok || (*p)->id != k || (*p)->next != *p) {
                    printf("map_soak: key %ld lost or corrupt at cycle %ld\n", k, i + 1);
                    return 1;
                }
            }
            bool ok;
            (void)goc_mapaccess2_fast64(&m_i64_ptrT, m, (uint64_t)(lo > 0 ? lo - 1 : i + 1), &ok);
            if (ok) {
                printf("map_soak: a deleted key is still present at cycle %ld\n", i + 1);
                return 1;
            }
        }
        if ((i + 1) % (interval / 10) == 0)
            soak_sample(&rss);
        if ((i + 1) % interval == 0) {
            long peak = soak_interval(&rss);
            goc_mapstats_t st;
            goc_mapstats(&m_i64_ptrT, m, &st);
            printf("map_soak: %9ld cycles  peak RSS %7ld KiB  len %lld  B %u  overflow %lu\n", i + 1, peak,
                   (long long)st.count, st.B, (unsigned long)st.overflow);
            fflush(stdout);
        }
    }
    return soak_verdict("map_soak", &rss);
}
