// runtime.Breakpoint traps: the process ends at once with gc's "SIGTRAP: trace trap"
// report and exit status 2, running no deferred call (checked in a child process).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

func child() {
	fmt.Println("before")
	defer fmt.Println("deferred call ran")
	runtime.Breakpoint()
	fmt.Println("after")
}

func main() {
	if os.Getenv("BREAKPOINT_CHILD") == "1" {
		child()
		return
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Println(err)
		return
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "BREAKPOINT_CHILD=1")
	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	err = cmd.Run()
	fmt.Printf("child's stdout: %q\n", out.String())
	lines := strings.Split(stderr.String(), "\n")
	fmt.Println(lines[0])
	fmt.Println("PC line:", len(lines) > 1 && strings.HasPrefix(lines[1], "PC=0x") &&
		strings.HasSuffix(lines[1], " sigcode=128"))
	fmt.Println("traceback has main.child:", strings.Contains(stderr.String(), "\nmain.child()\n"))
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("exit status", ee.ExitCode())
	} else {
		fmt.Println("error:", err)
	}
}
