//go:build goc

// Package syscall is goc's replacement for the part of package syscall that
// os is built on (GOROOT's syscall is generated per system and calls the
// runtime through assembly): Errno with gc's texts and its errors.Is
// mapping, the linux/amd64 errno, open-flag and standard-descriptor
// constants, Read, Write, Open, Close, Seek, Unlink, Rmdir, Getpid, Exit and
// the process environment. The system calls are the runtime's
// (include/goc/sys.h), reached through //goc:cbody bodies; everything else
// is Go.
package syscall

import (
	"errors"
	"internal/itoa"
	"internal/oserror"
	"sync"
)

// An Errno is an unsigned number describing an error condition, as
// returned by the system (gc: syscall.Errno).
type Errno uintptr

// Error returns the C library's text for e with its first letter lowered
// unless the second is upper case, which is how gc's table of linux
// error strings was made (syscall's mkerrors.sh); "errno N" when there is
// none.
func (e Errno) Error() string {
	if 0 < e && e < 134 {
		if s := strerror(int(e)); s != "" {
			if len(s) > 1 && 'A' <= s[0] && s[0] <= 'Z' && 'a' <= s[1] && s[1] <= 'z' {
				return string(s[0]+'a'-'A') + s[1:]
			}
			return s
		}
	}
	return "errno " + itoa.Itoa(int(e))
}

// Is reports whether e stands for one of the portable errors of
// internal/oserror (os.ErrPermission, os.ErrExist, os.ErrNotExist) or
// errors.ErrUnsupported.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether retrying the call may succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e is a time-out.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// Errors (linux/amd64 numbering).
const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	ESRCH        Errno = 3
	EINTR        Errno = 4
	EIO          Errno = 5
	ENXIO        Errno = 6
	E2BIG        Errno = 7
	ENOEXEC      Errno = 8
	EBADF        Errno = 9
	ECHILD       Errno = 10
	EAGAIN       Errno = 11
	ENOMEM       Errno = 12
	EACCES       Errno = 13
	EFAULT       Errno = 14
	EBUSY        Errno = 16
	EEXIST       Errno = 17
	EXDEV        Errno = 18
	ENODEV       Errno = 19
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	ENFILE       Errno = 23
	EMFILE       Errno = 24
	ENOTTY       Errno = 25
	EFBIG        Errno = 27
	ENOSPC       Errno = 28
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	EMLINK       Errno = 31
	EPIPE        Errno = 32
	EDOM         Errno = 33
	ERANGE       Errno = 34
	EDEADLK      Errno = 35
	ENAMETOOLONG Errno = 36
	ENOSYS       Errno = 38
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
	EWOULDBLOCK  Errno = EAGAIN
	EOPNOTSUPP   Errno = 95
	ENOTSUP      Errno = EOPNOTSUPP
	ETIMEDOUT    Errno = 110
)

// File types and mode bits of Stat_t.Mode (linux/amd64).
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
)

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time as seconds and nanoseconds since January 1, 1970 UTC.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time in nanoseconds since January 1, 1970 UTC.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Stat_t is the C library's struct stat on linux/amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// Open flags and seek origins (linux/amd64).
const (
	O_RDONLY   = 0x0
	O_WRONLY   = 0x1
	O_RDWR     = 0x2
	O_CREAT    = 0x40
	O_EXCL     = 0x80
	O_NOCTTY   = 0x100
	O_TRUNC    = 0x200
	O_APPEND   = 0x400
	O_NONBLOCK = 0x800
	O_SYNC     = 0x101000
	O_CLOEXEC  = 0x80000

	SEEK_SET = 0
	SEEK_CUR = 1
	SEEK_END = 2
)

// The standard descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// result splits a raw result (-errno on failure) into Go's (n, err).
func result(r int) (int, error) {
	if r < 0 {
		return 0, Errno(-r)
	}
	return r, nil
}

func Read(fd int, p []byte) (n int, err error) {
	var b *byte
	if len(p) > 0 {
		b = &p[0]
	}
	r := sysRead(fd, b, len(p))
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

func Write(fd int, p []byte) (n int, err error) {
	var b *byte
	if len(p) > 0 {
		b = &p[0]
	}
	r := sysWrite(fd, b, len(p))
	if r < 0 {
		return -1, Errno(-r)
	}
	return r, nil
}

func Open(path string, mode int, perm uint32) (fd int, err error) {
	return result(sysOpen(path, mode, perm))
}

func Close(fd int) (err error) {
	_, err = result(sysClose(fd))
	return err
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r := sysSeek(fd, offset, whence)
	if r < 0 {
		return -1, Errno(-r)
	}
	return int64(r), nil
}

func Unlink(path string) error {
	_, err := result(sysUnlink(path))
	return err
}

func Rmdir(path string) error {
	_, err := result(sysRmdir(path))
	return err
}

func Getpid() (pid int) { return sysGetpid() }

//goc:cbody return goc_sys_getppid();
func Getppid() (ppid int)

//goc:cbody return goc_sys_getuid();
func Getuid() (uid int)

//goc:cbody return goc_sys_geteuid();
func Geteuid() (euid int)

//goc:cbody return goc_sys_getgid();
func Getgid() (gid int)

//goc:cbody return goc_sys_getegid();
func Getegid() (egid int)

//goc:cbody return goc_sys_getpagesize();
func Getpagesize() int

func Stat(path string, stat *Stat_t) error {
	_, err := result(sysStat(path, stat))
	return err
}

func Lstat(path string, stat *Stat_t) error {
	_, err := result(sysLstat(path, stat))
	return err
}

func Fstat(fd int, stat *Stat_t) error {
	_, err := result(sysFstat(fd, stat))
	return err
}

func Mkdir(path string, mode uint32) error {
	_, err := result(sysMkdir(path, mode))
	return err
}

// Getwd returns the current directory.
func Getwd() (string, error) {
	var dir string
	if _, err := result(sysGetwd(&dir)); err != nil {
		return "", err
	}
	return dir, nil
}

// Exit ends the process at once with the given status; deferred calls do not run.
//
//goc:cbody goc_exit((int)code);
func Exit(code int)

//goc:cbody return goc_sys_read(fd, p, n);
func sysRead(fd int, p *byte, n int) int

//goc:cbody return goc_sys_write(fd, p, n);
func sysWrite(fd int, p *byte, n int) int

//goc:cbody return goc_sys_open(path, mode, perm);
func sysOpen(path string, mode int, perm uint32) int

//goc:cbody return goc_sys_close(fd);
func sysClose(fd int) int

//goc:cbody return goc_sys_seek(fd, offset, whence);
func sysSeek(fd int, offset int64, whence int) int

//goc:cbody return goc_sys_unlink(path);
func sysUnlink(path string) int

//goc:cbody return goc_sys_rmdir(path);
func sysRmdir(path string) int

//goc:cbody return goc_sys_getpid();
func sysGetpid() int

//goc:cbody return goc_sys_stat(path, st);
func sysStat(path string, st *Stat_t) int

//goc:cbody return goc_sys_lstat(path, st);
func sysLstat(path string, st *Stat_t) int

//goc:cbody return goc_sys_fstat(fd, st);
func sysFstat(fd int, st *Stat_t) int

//goc:cbody return goc_sys_mkdir(path, perm);
func sysMkdir(path string, perm uint32) int

//goc:cbody return goc_sys_getwd(dir);
func sysGetwd(dir *string) int

//goc:cbody return goc_sys_strerror(e);
func strerror(e int) string

// ---- the environment: a copy of the process's, made on first use (as gc's
// syscall keeps one); the C library's environ is left as it was.

//goc:cbody return goc_sys_envs();
func runtimeEnvs() []string

var (
	envOnce sync.Once
	envLock sync.RWMutex
	envs    []string       // "key=value"; "" for a deleted entry
	env     map[string]int // key → index in envs of its first mention
)

func copyenv() {
	envs = runtimeEnvs()
	env = make(map[string]int)
	for i, kv := range envs {
		for j := 0; j < len(kv); j++ {
			if kv[j] == '=' {
				if _, dup := env[kv[:j]]; dup {
					envs[i] = "" // only the first mention counts
				} else {
					env[kv[:j]] = i
				}
				break
			}
		}
	}
}

// Getenv returns the value of the variable key and whether it is set.
func Getenv(key string) (value string, found bool) {
	envOnce.Do(copyenv)
	if key == "" {
		return "", false
	}
	envLock.RLock()
	defer envLock.RUnlock()
	i, ok := env[key]
	if !ok {
		return "", false
	}
	kv := envs[i]
	return kv[len(key)+1:], true
}

// Setenv sets the variable key to value; a key that is empty or holds '='
// or NUL, or a value holding NUL, is EINVAL.
func Setenv(key, value string) error {
	envOnce.Do(copyenv)
	if key == "" {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	envLock.Lock()
	defer envLock.Unlock()
	kv := key + "=" + value
	if i, ok := env[key]; ok {
		envs[i] = kv
	} else {
		env[key] = len(envs)
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv removes the variable key.
func Unsetenv(key string) error {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

// Clearenv removes every variable.
func Clearenv() {
	envOnce.Do(copyenv)
	envLock.Lock()
	defer envLock.Unlock()
	env = make(map[string]int)
	envs = nil
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	envOnce.Do(copyenv)
	envLock.RLock()
	defer envLock.RUnlock()
	a := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			a = append(a, kv)
		}
	}
	return a
}
