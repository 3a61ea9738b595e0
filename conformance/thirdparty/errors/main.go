// github.com/pkg/errors: errors with messages, wrapping and causes, and the
// stack trace recorded where each error is made (runtime.Callers), printed
// with %+v.
package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/pkg/errors"
)

func open() error { return errors.Wrap(io.EOF, "open config") }

func load() error { return errors.WithMessage(open(), "load") }

func main() {
	err := load()
	fmt.Println(err)
	fmt.Println(errors.Cause(err) == io.EOF, errors.Is(err, io.EOF))
	e := errors.New("boom")
	fmt.Printf("%s|%v|%q\n", e, e, e)
	// the stack trace: the message, then main.main and its file and line
	lines := strings.Split(fmt.Sprintf("%+v", e), "\n")
	for _, l := range lines[:3] {
		if i := strings.LastIndex(l, "/"); i >= 0 && strings.HasPrefix(l, "\t") {
			l = "\t" + l[i+1:]
		}
		fmt.Println(l)
	}
	var st interface{ StackTrace() errors.StackTrace }
	fmt.Println(errors.As(e, &st), len(st.StackTrace()) > 0)
	fmt.Printf("%v\n", errors.Errorf("code %d", 7))
}
