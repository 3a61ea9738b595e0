// fmt.Print* write to os.Stdout, whatever it holds now: a program can point it at a file,
// and after os.Stdout.Close() Println returns the *fs.PathError of the failed write.
package main

import (
	"fmt"
	"os"
)

func main() {
	name := fmt.Sprintf("%s/goc_stdout_%d", os.TempDir(), os.Getpid())
	old := os.Stdout
	f, _ := os.Create(name)
	os.Stdout = f
	fmt.Println("into the file", 1)
	fmt.Printf("%d\n", 2)
	fmt.Print("three\n")
	os.Stdout = old
	f.Close()
	b, _ := os.ReadFile(name)
	fmt.Printf("%q\n", b)
	os.Remove(name)
	n, err := fmt.Println("x")
	fmt.Println(n, err)
	os.Stdout.Close()
	n, err = fmt.Println("after close")
	fmt.Fprintln(os.Stderr, n, err)
}
