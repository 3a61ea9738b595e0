// io.ReadAll reads to io.EOF (which it does not return); a manual Read loop sees io.EOF;
// io.ReadFull and io.LimitReader report ErrUnexpectedEOF and limits.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Printf("%q %v\n", data, err)
	data, err = io.ReadAll(strings.NewReader(""))
	fmt.Printf("%q %v %v\n", data, err, data != nil)

	r := strings.NewReader("abcdefg")
	buf := make([]byte, 3)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	fmt.Println(io.EOF, io.ErrUnexpectedEOF)

	full := make([]byte, 5)
	n, err := io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	fmt.Println(n, err)

	lim, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(lim))
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	part, _ := io.ReadAll(sec)
	fmt.Println(string(part), sec.Size())
	multi, _ := io.ReadAll(io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd")))
	fmt.Println(string(multi))
}
