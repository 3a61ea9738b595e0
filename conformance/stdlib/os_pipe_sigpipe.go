// os.Pipe: blocking reads and writes between goroutines; a write to a pipe
// whose reader is gone fails with EPIPE ("broken pipe") on an ordinary
// descriptor, while a write to a broken standard output kills the process
// with SIGPIPE (os's epipecheck), shown by a child of this program.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

func child() {
	for i := 0; ; i++ {
		fmt.Println("line", i) // stdout's reader is gone: the first write dies of SIGPIPE
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		child()
	}
	r, w, err := os.Pipe()
	fmt.Println("pipe:", err)
	done := make(chan int)
	go func() {
		total := 0
		buf := make([]byte, 1000)
		for {
			n, err := r.Read(buf)
			total += n
			if err == io.EOF {
				break
			}
		}
		done <- total
	}()
	chunk := make([]byte, 4096)
	for i := 0; i < 100; i++ {
		if _, err := w.Write(chunk); err != nil {
			fmt.Println("write:", err)
		}
	}
	w.Close()
	fmt.Println("read back:", <-done)
	r.Close()

	r, w, _ = os.Pipe()
	r.Close()
	n, err := w.Write([]byte("nobody listens"))
	fmt.Println("broken:", n, err, errors.Is(err, syscall.EPIPE))
	w.Close()

	r, w, _ = os.Pipe()
	r.Close()
	pid, err := syscall.ForkExec("/proc/self/exe", []string{"self", "child"}, &syscall.ProcAttr{
		Files: []uintptr{0, w.Fd(), 2},
	})
	w.Close()
	if err != nil {
		fmt.Println("forkexec:", err)
		return
	}
	var ws syscall.WaitStatus
	syscall.Wait4(pid, &ws, 0, nil)
	fmt.Println("child: exited", ws.Exited(), "signaled", ws.Signaled(), ws.Signal())
}
