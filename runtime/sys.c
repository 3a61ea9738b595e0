#include "goc_rt.h"
/*
 * runtime/sys.c — the system calls of goc's syscall package (include/goc/sys.h).
 *
 * Results are the call's result or -errno, the convention of the raw Linux
 * system call, which the Go side (gen/load/override/syscall) turns into
 * (n, syscall.Errno). Only thin wrappers live here: retrying EINTR, making
 * NUL-terminated copies of paths and reading environ; every decision Go's
 * syscall and os packages make (short writes, io.EOF, *PathError) is made
 * in Go.
 *
 * Calls that may block (reads and writes of pipes and terminals, file
 * system calls) run between goc_entersyscall and goc_exitsyscall, so the
 * P of the calling goroutine can run other goroutines meanwhile (proc.c).
 * errno is read before goc_exitsyscall: the goroutine may come back on
 * another thread.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

extern char **environ;

/* A system call's result, or minus errno. */
static inline goc_int sysret(long r) {
    return r >= 0 ? (goc_int)r : -(goc_int)errno;
}

goc_int goc_sys_read(goc_int fd, void *p, goc_int n) {
    goc_int r;
    goc_entersyscall();
    while ((r = sysret(read((int)fd, p, (size_t)n))) == -EINTR)
        ;
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_write(goc_int fd, const void *p, goc_int n) {
    goc_int r;
    goc_entersyscall();
    while ((r = sysret(write((int)fd, p, (size_t)n))) == -EINTR)
        ;
    goc_exitsyscall();
    return r;
}

/* A NUL-terminated copy of path in *buf (pointer-free GC memory); false if path holds a NUL. */
static bool cpath(goc_string path, char **buf) {
    if (path.len > 0 && memchr(path.str, 0, (size_t)path.len) != NULL)
        return false;
    char *b = goc_alloc((uintptr_t)path.len + 1, false);
    if (path.len > 0)
        memcpy(b, path.str, (size_t)path.len);
    b[path.len] = 0;
    *buf = b;
    return true;
}

goc_int goc_sys_open(goc_string path, goc_int flags, uint32_t perm) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_int r;
    goc_entersyscall();
    while ((r = sysret(open(p, (int)flags, (mode_t)perm))) == -EINTR)
        ;
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_close(goc_int fd) {
    /* Linux closes the descriptor even when close reports EINTR: never retry */
    if (close((int)fd) == 0 || errno == EINTR)
        return 0;
    return -(goc_int)errno;
}

goc_int goc_sys_seek(goc_int fd, goc_int64 offset, goc_int whence) {
    off_t r = lseek((int)fd, (off_t)offset, (int)whence);
    return r < 0 ? -(goc_int)errno : (goc_int)r;
}

goc_int goc_sys_unlink(goc_string path) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_entersyscall();
    goc_int r = sysret(unlink(p));
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_rmdir(goc_string path) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_entersyscall();
    goc_int r = sysret(rmdir(p));
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_getpid(void) { return (goc_int)getpid(); }
goc_int goc_sys_getppid(void) { return (goc_int)getppid(); }
goc_int goc_sys_getuid(void) { return (goc_int)getuid(); }
goc_int goc_sys_geteuid(void) { return (goc_int)geteuid(); }
goc_int goc_sys_getgid(void) { return (goc_int)getgid(); }
goc_int goc_sys_getegid(void) { return (goc_int)getegid(); }
goc_int goc_sys_getpagesize(void) { return (goc_int)sysconf(_SC_PAGESIZE); }

goc_int goc_sys_stat(goc_string path, void *st) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_entersyscall();
    goc_int r = sysret(stat(p, st));
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_lstat(goc_string path, void *st) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_entersyscall();
    goc_int r = sysret(lstat(p, st));
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_fstat(goc_int fd, void *st) {
    goc_entersyscall();
    goc_int r = sysret(fstat((int)fd, st));
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_mkdir(goc_string path, uint32_t perm) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_entersyscall();
    goc_int r = sysret(mkdir(p, (mode_t)perm));
    goc_exitsyscall();
    return r;
}

goc_int goc_sys_readdir(goc_string path, goc_slice *names, goc_slice *types) {
    char *p;
    if (!cpath(path, &p))
        return -EINVAL;
    goc_entersyscall();
    DIR *d = opendir(p);
    goc_int oerr = d == NULL ? -(goc_int)errno : 0;
    goc_exitsyscall();
    if (d == NULL)
        return oerr;
    goc_int n = 0, cap = 16;
    goc_string *nv = goc_alloc((uintptr_t)cap * sizeof *nv, true);
    uint8_t *tv = goc_alloc((uintptr_t)cap, false);
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (e == NULL) {
            if (errno != 0) {
                int err = errno;
                closedir(d);
                return -(goc_int)err;
            }
            break;
        }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            cap *= 2;
            goc_string *nv2 = goc_alloc((uintptr_t)cap * sizeof *nv2, true);
            uint8_t *tv2 = goc_alloc((uintptr_t)cap, false);
            memcpy(nv2, nv, (size_t)n * sizeof *nv);
            memcpy(tv2, tv, (size_t)n);
            nv = nv2;
            tv = tv2;
        }
        nv[n] = goc_gostring(e->d_name);
        tv[n] = e->d_type;
        n++;
    }
    closedir(d);
    *names = (goc_slice){nv, n, cap};
    *types = (goc_slice){tv, n, cap};
    return 0;
}

goc_int goc_sys_getwd(goc_string *dir) {
    char buf[4096];
    if (getcwd(buf, sizeof buf) == NULL)
        return -(goc_int)errno;
    *dir = goc_gostring(buf);
    return 0;
}

goc_string goc_sys_strerror(goc_int e) {
    char buf[128];
    /* the GNU strerror_r returns the text, possibly not in buf */
    const char *s = strerror_r((int)e, buf, sizeof buf);
    if (s == NULL || strncmp(s, "Unknown error", 13) == 0)
        return (goc_string){NULL, 0};
    return goc_gostring(s);
}

goc_slice goc_sys_envs(void) {
    goc_int n = 0;
    if (environ != NULL)
        while (environ[n] != NULL)
            n++;
    if (n == 0)
        return (goc_slice){NULL, 0, 0};
    goc_string *a = goc_alloc((uintptr_t)n * sizeof *a, true);
    for (goc_int i = 0; i < n; i++)
        a[i] = goc_gostring(environ[i]);
    return (goc_slice){a, n, n};
}
