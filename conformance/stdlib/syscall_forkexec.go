// syscall.ForkExec starts a child (clone, the fork hooks, exec) whose output
// comes back through a pipe; Wait4 reports its exit status; a missing binary
// is reported as the exec's errno.
package main

import (
	"fmt"
	"syscall"
)

func run(argv []string) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		fmt.Println("pipe:", err)
		return
	}
	pid, err := syscall.ForkExec(argv[0], argv, &syscall.ProcAttr{
		Env:   []string{"GREETING=hello"},
		Files: []uintptr{0, uintptr(p[1]), 2},
	})
	syscall.Close(p[1])
	if err != nil {
		syscall.Close(p[0])
		fmt.Printf("%s: %v (errno %d)\n", argv[0], err, err.(syscall.Errno))
		return
	}
	var out []byte
	buf := make([]byte, 7)
	for {
		n, err := syscall.Read(p[0], buf)
		if n <= 0 || err != nil {
			break
		}
		out = append(out, buf[:n]...)
	}
	syscall.Close(p[0])
	var ws syscall.WaitStatus
	wpid, err := syscall.Wait4(pid, &ws, 0, nil)
	fmt.Printf("%q: output %q, waited %v %v, exited %v status %d\n", argv[1:], out, wpid == pid, err, ws.Exited(), ws.ExitStatus())
}

func main() {
	run([]string{"/bin/echo", "hello", "from", "a", "child"})
	run([]string{"/bin/sh", "-c", "echo $GREETING; exit 3"})
	run([]string{"/bin/sh", "-c", "kill -TERM $$"})
	run([]string{"/nonexistent/program"})
	run([]string{"/etc/passwd"})
}
