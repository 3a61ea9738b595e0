// os.Getpagesize and the process's ids: the values differ from run to run,
// so the program prints what must hold between them.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	ps := os.Getpagesize()
	fmt.Println("page size is a power of two >= 4096:", ps >= 4096 && ps&(ps-1) == 0)
	fmt.Println("os and syscall agree:", ps == syscall.Getpagesize(), os.Getuid() == syscall.Getuid(),
		os.Getgid() == syscall.Getgid(), os.Getppid() == syscall.Getppid())
	fmt.Println("parent is another process:", os.Getppid() > 0 && os.Getppid() != os.Getpid())
	fmt.Println("ids are not negative:", os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	fmt.Println("not setuid:", os.Getuid() == os.Geteuid(), os.Getgid() == os.Getegid())
}
