// strings.Reader reads a string through io.Reader, io.ByteScanner, io.RuneScanner,
// io.Seeker and io.ReaderAt.
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	b, _ := r.ReadByte()
	fmt.Printf("%q %d\n", b, r.Len())
	r.UnreadByte()
	ch, size, _ := r.ReadRune()
	fmt.Printf("%q %d\n", ch, size)
	pos, _ := r.Seek(1, io.SeekStart)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%d %q %d\n", pos, ch, size)
	r.UnreadRune()
	fmt.Println(r.Len())
	at := make([]byte, 5)
	n, err = r.ReadAt(at, 8)
	fmt.Printf("%d %v %q\n", n, err, at[:n])
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	r.Reset("again")
	var sb strings.Builder
	written, _ := r.WriteTo(&sb)
	fmt.Println(written, sb.String())
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
}
