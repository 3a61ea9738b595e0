// bytes.Buffer: writes of every kind, reads that consume, ReadString/ReadBytes, Next,
// Truncate, Unread*, Len, and io.EOF at the end.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world"))
	b.WriteByte('!')
	b.WriteRune('\n')
	b.WriteRune('é')
	fmt.Fprintf(&b, " %d", 42)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	r, size, _ := b.ReadRune()
	fmt.Printf("%c %d\n", r, size)
	fmt.Println(b.UnreadRune(), b.Len())
	fmt.Printf("%q\n", b.Next(2))
	rest, err := b.ReadBytes('x')
	fmt.Printf("%q %v\n", rest, err)
	n, err := b.Read(make([]byte, 4))
	fmt.Println(n, err == io.EOF)

	c := bytes.NewBufferString("0123456789")
	c.Truncate(4)
	fmt.Println(c.String())
	by, _ := c.ReadByte()
	fmt.Println(string(by), c.UnreadByte(), c.String())
	c.Reset()
	fmt.Println(c.Len(), c.String() == "")
	d := bytes.NewBuffer([]byte("to stdout\n"))
	d.WriteTo(os.Stdout)
	var e bytes.Buffer
	e.ReadFrom(bytes.NewReader([]byte("read from")))
	fmt.Println(e.String(), e.Available() >= 0)
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
}
