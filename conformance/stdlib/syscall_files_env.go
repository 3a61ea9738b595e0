// GOROOT's syscall on the runtime's raw system call: files through Open,
// Write, Seek, Read, Fstat and Unlink, errno values and their texts, the
// page size, gettimeofday, and the environment (Setenv, Getenv, Unsetenv,
// Environ).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"syscall"
)

func main() {
	name := "/tmp/goc_syscall_" + strconv.Itoa(syscall.Getpid())
	fd, err := syscall.Open(name, syscall.O_RDWR|syscall.O_CREAT|syscall.O_TRUNC, 0640)
	fmt.Println("open:", err)
	n, err := syscall.Write(fd, []byte("hello, syscall"))
	fmt.Println("write:", n, err)
	off, err := syscall.Seek(fd, 7, 0)
	fmt.Println("seek:", off, err)
	buf := make([]byte, 32)
	n, err = syscall.Read(fd, buf)
	fmt.Printf("read: %q %v\n", buf[:n], err)
	var st syscall.Stat_t
	err = syscall.Fstat(fd, &st)
	fmt.Println("fstat:", err, st.Size, st.Mode&0777 == 0640, st.Mode&syscall.S_IFMT == syscall.S_IFREG)
	fmt.Println("close:", syscall.Close(fd), syscall.Unlink(name))
	fmt.Println("close again:", syscall.Close(fd))

	_, err = syscall.Open(name, syscall.O_RDONLY, 0)
	fmt.Println("missing:", err, errors.Is(err, fs.ErrNotExist), err == syscall.ENOENT)
	err = syscall.Mkdir("/", 0755)
	fmt.Println("mkdir /:", err, errors.Is(err, fs.ErrExist))
	for _, e := range []syscall.Errno{syscall.EPERM, syscall.EACCES, syscall.EAGAIN, syscall.EINVAL, syscall.ENOTDIR, syscall.EPIPE, 0x1000} {
		fmt.Printf("%d %v temporary=%v timeout=%v\n", uintptr(e), e, e.Temporary(), e.Timeout())
	}

	fmt.Println("pagesize:", syscall.Getpagesize())
	var tv syscall.Timeval
	err = syscall.Gettimeofday(&tv)
	fmt.Println("gettimeofday:", err, tv.Sec > 1700000000, tv.Usec >= 0 && tv.Usec < 1000000)
	fmt.Println("getpid:", syscall.Getpid() > 1, syscall.Getppid() > 0)

	fmt.Println(syscall.Setenv("GOC_SYSCALL_VAR", "one"))
	v, ok := syscall.Getenv("GOC_SYSCALL_VAR")
	fmt.Println(v, ok)
	found := false
	for _, kv := range syscall.Environ() {
		found = found || kv == "GOC_SYSCALL_VAR=one"
	}
	fmt.Println("in Environ:", found)
	fmt.Println(syscall.Unsetenv("GOC_SYSCALL_VAR"))
	v, ok = syscall.Getenv("GOC_SYSCALL_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(syscall.Setenv("BAD=KEY", "x"), syscall.Setenv("", "x"))
}
