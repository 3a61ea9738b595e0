// io.Pipe connects a writer goroutine to a reader synchronously; CloseWithError is seen
// by the reader.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "chunk %d;", i)
		}
		pw.Close()
	}()
	data, err := io.ReadAll(pr)
	fmt.Println(string(data), err)

	pr2, pw2 := io.Pipe()
	go func() {
		pw2.Write([]byte("partial"))
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	data, err = io.ReadAll(pr2)
	fmt.Println(string(data), err)

	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err = pw3.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
}
