// os/exec: Output and CombinedOutput of /bin/echo and /bin/sh, stdin from
// a reader, StdinPipe/StdoutPipe with /bin/cat, exit statuses through
// *exec.ExitError, the environment and directory of the child, LookPath,
// and the errors for a missing program.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("/bin/echo", "hello", "from", "echo").Output()
	fmt.Printf("%q %v\n", out, err)
	out, err = exec.Command("/bin/sh", "-c", "echo out; echo err 1>&2").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)

	cmd := exec.Command("/bin/sh", "-c", "tr a-z A-Z")
	cmd.Stdin = strings.NewReader("shout this\n")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String(), cmd.ProcessState.ExitCode(), cmd.ProcessState.Success())

	cat := exec.Command("/bin/cat")
	in, _ := cat.StdinPipe()
	pout, _ := cat.StdoutPipe()
	fmt.Println("start:", cat.Start())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(in, "line %d\n", i)
		}
		in.Close()
	}()
	got, _ := io.ReadAll(pout)
	fmt.Printf("cat: %q wait: %v\n", got, cat.Wait())

	err = exec.Command("/bin/sh", "-c", "exit 7").Run()
	var ee *exec.ExitError
	fmt.Println(err, errors.As(err, &ee), ee.ExitCode(), ee.Exited())
	err = exec.Command("/bin/sh", "-c", "kill -KILL $$").Run()
	fmt.Println(err)

	env := exec.Command("/bin/sh", "-c", "echo $GOC_EXEC_VAR; pwd")
	env.Env = append(os.Environ(), "GOC_EXEC_VAR=set for the child")
	env.Dir = "/"
	out, err = env.Output()
	fmt.Printf("%q %v\n", out, err)

	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)
	_, err = exec.LookPath("goc-no-such-program")
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	err = exec.Command("goc-no-such-program").Run()
	fmt.Println(err)
	err = exec.Command("/nonexistent/prog").Run()
	fmt.Println(err)
	c := exec.Command("/bin/true")
	fmt.Println(c.String(), c.Run(), c.Run())
}
