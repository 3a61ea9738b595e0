// bufio.Writer over os.Stdout holds output until Flush (or until its buffer fills), so
// direct writes to os.Stdout appear first.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered line 1")
	w.WriteString("buffered line 2\n")
	w.WriteByte('>')
	w.WriteRune('é')
	w.WriteRune('\n')
	fmt.Println("direct line (appears before the buffered ones)")
	fmt.Println("buffered bytes:", w.Buffered(), "available+buffered:", w.Available()+w.Buffered(), w.Size())
	if err := w.Flush(); err != nil {
		fmt.Println("flush error:", err)
	}
	fmt.Println("after flush buffered:", w.Buffered())

	small := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprint(small, "0123456789")
	fmt.Println("|direct|")
	fmt.Fprint(small, "abcdefghij\n")
	small.Flush()
	fmt.Println("end")
}
