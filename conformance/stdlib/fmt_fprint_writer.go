// fmt.Fprint/Fprintf/Fprintln format first, then make one Write call on any io.Writer and
// return its n and err; a nil io.Writer panics, a nil *os.File returns os.ErrInvalid.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type limitWriter struct {
	room   int
	writes []string
}

func (w *limitWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	if len(p) > w.room {
		n := w.room
		w.room = 0
		return n, errors.New("no room")
	}
	w.room -= len(p)
	return len(p), nil
}

type loud struct{ name string }

func (l loud) String() string { return "<" + l.name + ">" }

func main() {
	w := &limitWriter{room: 20}
	n, err := fmt.Fprintf(w, "%s=%d;", loud{"a"}, 1)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(w, "second", 2.5, []int{1, 2})
	fmt.Println(n, err)
	n, err = fmt.Fprint(w, "x", 3, "y")
	fmt.Println(n, err)
	fmt.Printf("%q\n", w.writes)

	var iw io.Writer = w
	fmt.Fprint(iw, "via interface")
	fmt.Println(len(w.writes))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nilw io.Writer
		fmt.Fprintln(nilw, "never")
	}()
	var f *os.File
	n, err = fmt.Fprintln(f, "to a nil *os.File")
	fmt.Println(n, err, errors.Is(err, os.ErrInvalid))

	fprintf := fmt.Fprintf
	fprintf(os.Stdout, "func value: %v\n", true)

	b := fmt.Append([]byte("append:"), 1, "a", 2)
	b = fmt.Appendf(b, " [%03d]", 7)
	b = fmt.Appendln(b, " end")
	fmt.Printf("%q\n", b)
}
