/*
 * tests/check_sys.c — the system calls of goc's syscall package
 * (runtime/sys.c): results or -errno, paths with a NUL refused with EINVAL,
 * the C library's error texts and the environment at start.
 */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <goc.h>

static goc_string gs(const char *s) { return (goc_string){(const uint8_t *)s, (goc_int)strlen(s)}; }

START_TEST(test_pipe_read_write) {
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    ck_assert_int_eq(goc_sys_write(p[1], "hello", 5), 5);
    char buf[8] = {0};
    ck_assert_int_eq(goc_sys_read(p[0], buf, 3), 3);
    ck_assert_str_eq(buf, "hel");
    ck_assert_int_eq(goc_sys_close(p[1]), 0);
    ck_assert_int_eq(goc_sys_read(p[0], buf, sizeof buf), 2);
    ck_assert_int_eq(goc_sys_read(p[0], buf, sizeof buf), 0); /* end of file */
    ck_assert_int_eq(goc_sys_close(p[0]), 0);
    ck_assert_int_eq(goc_sys_close(p[0]), -EBADF);
    ck_assert_int_eq(goc_sys_write(p[1], "x", 1), -EBADF);
    ck_assert_int_eq(goc_sys_read(-1, buf, 1), -EBADF);
}
END_TEST

START_TEST(test_files) {
    char path[] = "/tmp/goc_check_sys_XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    close(fd);
    goc_int f = goc_sys_open(gs(path), O_RDWR | O_TRUNC, 0600);
    ck_assert_int_ge(f, 0);
    ck_assert_int_eq(goc_sys_write(f, "0123456789", 10), 10);
    ck_assert_int_eq(goc_sys_seek(f, 4, SEEK_SET), 4);
    char buf[4] = {0};
    ck_assert_int_eq(goc_sys_read(f, buf, 3), 3);
    ck_assert_str_eq(buf, "456");
    ck_assert_int_eq(goc_sys_seek(f, -2, SEEK_END), 8);
    ck_assert_int_eq(goc_sys_seek(f, -100, SEEK_SET), -EINVAL);
    ck_assert_int_eq(goc_sys_close(f), 0);
    ck_assert_int_eq(goc_sys_unlink(gs(path)), 0);
    ck_assert_int_eq(goc_sys_unlink(gs(path)), -ENOENT);
    ck_assert_int_eq(goc_sys_open(gs(path), O_RDONLY, 0), -ENOENT);
    /* a path with a NUL byte never reaches the system */
    goc_string withnul = {(const uint8_t *)"/tmp\0x", 6};
    ck_assert_int_eq(goc_sys_open(withnul, O_RDONLY, 0), -EINVAL);
    ck_assert_int_eq(goc_sys_unlink(withnul), -EINVAL);
    ck_assert_int_eq(goc_sys_rmdir(withnul), -EINVAL);
    ck_assert_int_eq(goc_sys_rmdir(gs("/tmp/goc_check_sys_surely_missing")), -ENOENT);
    ck_assert_int_eq(goc_sys_getpid(), getpid());
    ck_assert_int_eq(goc_sys_getppid(), getppid());
    ck_assert_int_eq(goc_sys_getuid(), getuid());
    ck_assert_int_eq(goc_sys_geteuid(), geteuid());
    ck_assert_int_eq(goc_sys_getgid(), getgid());
    ck_assert_int_eq(goc_sys_getegid(), getegid());
    ck_assert_int_eq(goc_sys_getpagesize(), sysconf(_SC_PAGESIZE));
}
END_TEST

START_TEST(test_stat_mkdir_getwd) {
    char dir[] = "/tmp/goc_check_sys_dir_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char sub[64];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    ck_assert_int_eq(goc_sys_mkdir(gs(sub), 0750), 0);
    ck_assert_int_eq(goc_sys_mkdir(gs(sub), 0750), -EEXIST);
    struct stat st;
    ck_assert_int_eq(goc_sys_stat(gs(sub), &st), 0);
    ck_assert(S_ISDIR(st.st_mode));
    ck_assert_int_eq(goc_sys_lstat(gs(sub), &st), 0);
    ck_assert(S_ISDIR(st.st_mode));
    ck_assert_int_eq(goc_sys_stat(gs("/surely/missing"), &st), -ENOENT);
    ck_assert_int_eq(goc_sys_lstat((goc_string){(const uint8_t *)"a\0b", 3}, &st), -EINVAL);
    ck_assert_int_eq(goc_sys_fstat(0, &st), 0);
    ck_assert_int_eq(goc_sys_fstat(-1, &st), -EBADF);
    goc_string wd;
    ck_assert_int_eq(goc_sys_getwd(&wd), 0);
    char buf[4096];
    ck_assert_ptr_nonnull(getcwd(buf, sizeof buf));
    ck_assert_int_eq(wd.len, (goc_int)strlen(buf));
    ck_assert(memcmp(wd.str, buf, (size_t)wd.len) == 0);
    goc_slice names, types;
    ck_assert_int_eq(goc_sys_readdir(gs(dir), &names, &types), 0);
    ck_assert_int_eq(names.len, 1); /* "sub": no "." or ".." */
    ck_assert_int_eq(types.len, 1);
    goc_string n0 = ((goc_string *)names.ptr)[0];
    ck_assert(n0.len == 3 && memcmp(n0.str, "sub", 3) == 0);
    uint8_t t0 = ((uint8_t *)types.ptr)[0];
    ck_assert(t0 == DT_DIR || t0 == DT_UNKNOWN);
    ck_assert_int_eq(goc_sys_readdir(gs("/surely/missing"), &names, &types), -ENOENT);
    ck_assert_int_eq(goc_sys_rmdir(gs(sub)), 0);
    ck_assert_int_eq(goc_sys_readdir(gs(dir), &names, &types), 0);
    ck_assert_int_eq(names.len, 0);
    ck_assert_int_eq(goc_sys_rmdir(gs(dir)), 0);
}
END_TEST

/* More entries than the first arrays hold: they grow, every name once. */
START_TEST(test_readdir_many) {
    char dir[] = "/tmp/goc_check_sys_many_XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char path[96];
    for (int i = 0; i < 40; i++) {
        snprintf(path, sizeof path, "%s/f%02d", dir, i);
        int fd = open(path, O_CREAT | O_WRONLY, 0600);
        ck_assert_int_ge(fd, 0);
        close(fd);
    }
    goc_slice names, types;
    ck_assert_int_eq(goc_sys_readdir(gs(dir), &names, &types), 0);
    ck_assert_int_eq(names.len, 40);
    bool seen[40] = {false};
    for (goc_int i = 0; i < names.len; i++) {
        goc_string n = ((goc_string *)names.ptr)[i];
        ck_assert_int_eq(n.len, 3);
        int k = (n.str[1] - '0') * 10 + (n.str[2] - '0');
        ck_assert(!seen[k]);
        seen[k] = true;
        uint8_t t = ((uint8_t *)types.ptr)[i];
        ck_assert(t == DT_REG || t == DT_UNKNOWN);
        snprintf(path, sizeof path, "%s/%.*s", dir, (int)n.len, (const char *)n.str);
        ck_assert_int_eq(goc_sys_unlink(gs(path)), 0);
    }
    ck_assert_int_eq(goc_sys_rmdir(gs(dir)), 0);
}
END_TEST

START_TEST(test_strerror) {
    goc_string s = goc_sys_strerror(ENOENT);
    ck_assert_int_eq(s.len, (goc_int)strlen("No such file or directory"));
    ck_assert(memcmp(s.str, "No such file or directory", (size_t)s.len) == 0);
    ck_assert_int_eq(goc_sys_strerror(9999).len, 0);
}
END_TEST

START_TEST(test_envs) {
    ck_assert_int_eq(setenv("GOC_CHECK_SYS_VAR", "a=b", 1), 0);
    goc_slice e = goc_sys_envs();
    ck_assert_int_gt(e.len, 0);
    bool found = false;
    for (goc_int i = 0; i < e.len; i++) {
        goc_string s = ((goc_string *)e.ptr)[i];
        if (s.len == 21 && memcmp(s.str, "GOC_CHECK_SYS_VAR=a=b", 21) == 0)
            found = true;
    }
    ck_assert(found);
    unsetenv("GOC_CHECK_SYS_VAR");
}
END_TEST

Suite *sys_suite(void) {
    Suite *s = suite_create("sys");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_pipe_read_write);
    tcase_add_test(tc, test_files);
    tcase_add_test(tc, test_stat_mkdir_getwd);
    tcase_add_test(tc, test_readdir_many);
    tcase_add_test(tc, test_strerror);
    tcase_add_test(tc, test_envs);
    suite_add_tcase(s, tc);
    return s;
}
