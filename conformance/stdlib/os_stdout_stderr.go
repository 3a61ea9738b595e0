// os.Stdout and os.Stderr are io.Writers for fmt.Fprint*; writes to each stream keep
// their order.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "%s via io.Writer\n", "stdout")
	n, err := os.Stdout.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	n, err = os.Stderr.WriteString("raw stderr\n")
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Fprint(os.Stderr, "last line without newline")
}
