// os.Stdin is an *os.File and an io.Reader: bufio.Reader.ReadString, io.ReadAll and Read
// on it see end of file at once when stdin is empty (the suite runs programs with /dev/null).
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var r io.Reader = os.Stdin
	br := bufio.NewReader(r)
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, err == io.EOF)
	all, err := io.ReadAll(os.Stdin)
	fmt.Println(len(all), err)
	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err)
	n, err = os.Stdin.Read(nil)
	fmt.Println(n, err)
	fmt.Println(os.Stdin.Name(), os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Name())
	_, isWriter := r.(io.Writer)
	_, isStringWriter := r.(io.StringWriter)
	_, isCloser := r.(io.Closer)
	fmt.Println(isWriter, isStringWriter, isCloser)
}
