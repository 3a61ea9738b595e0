// io.Writer and io.Reader are ordinary interfaces: user types implement them and work
// with fmt.Fprintf, io.WriteString, io.Copy, io.MultiWriter, io.TeeReader.
package main

import (
	"fmt"
	"io"
	"strings"
)

type upperWriter struct {
	out   *strings.Builder
	calls int
}

func (u *upperWriter) Write(p []byte) (int, error) {
	u.calls++
	u.out.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

type countingReader struct {
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.n >= 5 {
		return 0, io.EOF
	}
	p[0] = byte('a' + c.n)
	c.n++
	return 1, nil
}

func main() {
	var sb strings.Builder
	u := &upperWriter{out: &sb}
	fmt.Fprintf(u, "hello %s, %d\n", "world", 42)
	io.WriteString(u, "write string\n")
	fmt.Print(sb.String())
	fmt.Println("calls:", u.calls)

	var copyDst strings.Builder
	n, err := io.Copy(&copyDst, &countingReader{})
	fmt.Println(n, err, copyDst.String())

	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b)
	fmt.Fprint(mw, "twice")
	fmt.Println(a.String(), b.String())

	var tee strings.Builder
	data, _ := io.ReadAll(io.TeeReader(strings.NewReader("teed"), &tee))
	fmt.Println(string(data), tee.String())

	n, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)
	var w io.Writer = u
	_, isStringWriter := w.(io.StringWriter)
	fmt.Println("StringWriter:", isStringWriter)
}
