// log writes to any io.Writer with a prefix and the flags that need no
// clock or file path: Lmsgprefix, Lshortfile (file:line of the caller),
// Output's call depth, Fatal/Panic's text, and a newline added only when
// missing.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func helper(l *log.Logger) {
	l.Output(2, "from helper, reported at the caller")
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Println("plain", 1, 2)
	l.Printf("formatted %03d", 7)
	l.Print("no newline")
	l.Print("has newline\n")
	l.SetPrefix("[x] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix after the header")
	l.SetFlags(log.Lshortfile)
	l.Println("with file")
	helper(l)
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("both")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lshortfile|log.Lmsgprefix, l.Writer() == &buf)

	std := log.Default()
	std.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("through the standard logger")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %s", "thing")
	}()
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal", "exit")
}
