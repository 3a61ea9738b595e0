// bytes.Reader reads a byte slice through io.Reader, io.Seeker and io.ReaderAt, and
// bytes.NewReader with io.Copy writes to a writer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bytes.NewReader([]byte("0123456789"))
	buf := make([]byte, 3)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf), r.Len(), r.Size())
	off, _ := r.Seek(-2, io.SeekEnd)
	b, _ := r.ReadByte()
	fmt.Println(off, string(b))
	n, err := r.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	r.Seek(0, io.SeekStart)
	written, err := io.Copy(os.Stdout, r)
	fmt.Println()
	fmt.Println(written, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
}
