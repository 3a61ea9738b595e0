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

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}
