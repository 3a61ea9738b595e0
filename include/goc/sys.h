/*
 * goc/sys.h — the system calls behind goc's syscall and os packages (Go:
 * syscall's Read, Write, Open, Close, Seek, Unlink, Rmdir, Getpid, Stat,
 * Lstat, Fstat, Mkdir, Getwd, reading a directory and the
 * environment the runtime hands to syscall), for the C bodies
 * (//goc:cbody) of gen/load/override/syscall.
 *
 * Each call returns its result, or minus the errno on failure (so -2 is
 * ENOENT); EINTR is retried inside. Paths are Go strings: one holding a NUL
 * byte fails with -EINVAL before any call, as syscall.BytePtrFromString does.
 */
#ifndef GOC_SYS_H
#define GOC_SYS_H

#include "types.h"

goc_int goc_sys_read(goc_int fd, void *p, goc_int n);
goc_int goc_sys_write(goc_int fd, const void *p, goc_int n);
goc_int goc_sys_open(goc_string path, goc_int flags, uint32_t perm);
goc_int goc_sys_close(goc_int fd);
goc_int goc_sys_seek(goc_int fd, goc_int64 offset, goc_int whence);
goc_int goc_sys_unlink(goc_string path);
goc_int goc_sys_rmdir(goc_string path);
goc_int goc_sys_getpid(void);
/* getppid, getuid, geteuid, getgid, getegid, and the page size (sysconf) */
goc_int goc_sys_getppid(void);
goc_int goc_sys_getuid(void);
goc_int goc_sys_geteuid(void);
goc_int goc_sys_getgid(void);
goc_int goc_sys_getegid(void);
goc_int goc_sys_getpagesize(void);
/* stat, lstat, fstat into st, a struct stat (Go: syscall.Stat_t has its linux/amd64 layout) */
goc_int goc_sys_stat(goc_string path, void *st);
goc_int goc_sys_lstat(goc_string path, void *st);
goc_int goc_sys_fstat(goc_int fd, void *st);
goc_int goc_sys_mkdir(goc_string path, uint32_t perm);
/* The entries of directory path but "." and "..": their names ([]string) in *names and
 * their d_type bytes ([]byte, DT_* values; DT_UNKNOWN when the file system does not
 * say) in *types, in the order the system returns them. */
goc_int goc_sys_readdir(goc_string path, goc_slice *names, goc_slice *types);
/* The working directory as a Go string in *dir (Go: syscall.Getwd). */
goc_int goc_sys_getwd(goc_string *dir);
/* The C library's text for errno e ("No such file or directory"), "" if it has none. */
goc_string goc_sys_strerror(goc_int e);
/* The process's environment at start, as a []string of "key=value" (Go: runtime.syscall_runtime_envs). */
goc_slice goc_sys_envs(void);

#endif
