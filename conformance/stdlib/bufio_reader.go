// bufio.Reader over a strings.Reader: ReadString, ReadLine, ReadRune/UnreadRune, Peek,
// Discard, ReadBytes, and io.EOF at the end.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo world\nsecond line\r\nthird"))
	p, err := r.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	ch, size, _ := r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	fmt.Println(r.UnreadRune())
	word, err := r.ReadString(' ')
	fmt.Printf("%q %v\n", word, err)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	n, err := r.Discard(2)
	fmt.Println(n, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	fmt.Println(r.Buffered(), r.Size())
}
