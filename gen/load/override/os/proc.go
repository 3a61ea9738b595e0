//go:build goc

package os

import "syscall"

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() { Args = runtimeArgs() }

//goc:cbody return goc_os_Args;
func runtimeArgs() []string

// Exit causes the current program to exit with the given status code at
// once; deferred functions are not run.
func Exit(code int) { syscall.Exit(code) }

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall.Getegid() }

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}
