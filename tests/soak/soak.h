/*
 * tests/soak/soak.h — shared by the soak programs: resident set size from
 * /proc/self/statm, and the verdict line.
 */
#ifndef GOC_SOAK_H
#define GOC_SOAK_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Resident set size in KiB (field 2 of /proc/self/statm, in pages). */
static long soak_rss_kib(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, resident = 0;
    if (f == NULL || fscanf(f, "%ld %ld", &size, &resident) != 2) {
        fprintf(stderr, "soak: cannot read /proc/self/statm\n");
        exit(1);
    }
    fclose(f);
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* A count from the environment (tests may shorten a run), else def. */
static long soak_env(const char *name, long def) {
    const char *s = getenv(name);
    long v = s != NULL ? strtol(s, NULL, 10) : 0;
    return v > 0 ? v : def;
}

/*
 * RSS is read 100 times per run and reported per tenth of the run as the
 * peak of that tenth: a single reading swings by up to 1.5x with where the
 * collector is in its cycle (garbage waiting, blocks Boehm has just
 * unmapped), the peak of an interval is the footprint the workload needs.
 */
typedef struct soak_rss {
    long peak;  /* of the current interval */
    long first; /* peak of the first interval */
    long last;  /* peak of the latest complete interval */
    long half;  /* peak of the fifth interval (the middle of the run) */
    int n;      /* complete intervals */
} soak_rss;

static void soak_sample(soak_rss *r) {
    long v = soak_rss_kib();
    if (v > r->peak)
        r->peak = v;
}

/* End of an interval: returns its peak and starts the next one. */
static long soak_interval(soak_rss *r) {
    long p = r->peak;
    if (r->first == 0)
        r->first = p;
    r->last = p;
    if (++r->n == 5)
        r->half = p;
    r->peak = 0;
    return p;
}

/* The final interval's peak must stay within 1.2x of the first's. Returns the exit status. */
static int soak_verdict(const char *name, const soak_rss *r) {
    long first = r->first, last = r->last;
    double ratio = (double)last / (double)first;
    int ok = ratio <= 1.2;
    /* Information, not the verdict: growth over the second half tells a
       leak (still growing) from a warm-up that ended early in the run. */
    if (r->half > 0)
        printf("%s: second half: peak RSS %ld KiB at mid-run, %ld KiB at the end, ratio %.3f\n", name,
               r->half, last, (double)last / (double)r->half);
    printf("%s: peak RSS of the first tenth %ld KiB, of the last tenth %ld KiB, ratio %.3f (limit 1.200): %s\n", name,
           first, last, ratio, ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}

#endif
