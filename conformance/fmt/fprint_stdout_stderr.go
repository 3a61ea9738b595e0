// Fprint, Fprintln and Fprintf write to the given writer: os.Stdout and os.Stderr
// receive exactly the formatted bytes, and the byte counts are returned.
package main

import (
	"fmt"
	"os"
)

func main() {
	n1, err1 := fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	n2, err2 := fmt.Fprint(os.Stdout, "a", "b", 3, 4, "\n")
	n3, err3 := fmt.Fprintf(os.Stdout, "%d-%s\n", 5, "six")
	fmt.Println(n1, n2, n3, err1, err2, err3)
	fmt.Fprintln(os.Stderr, "to stderr", true)
	fmt.Fprintf(os.Stderr, "%5.2f|%-4s|\n", 3.14159, "ab")
	fmt.Fprint(os.Stderr, "no newline then ", 7, "\n")
	fmt.Fprint(os.Stdout, "last line\n")
}
