// os.WriteFile/ReadFile/Create/Open/Close/Remove on a temporary file; failures are
// *fs.PathError values wrapping syscall.Errno, matched by errors.Is(err, fs.ErrNotExist).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	name := fmt.Sprintf("%s/goc_conformance_os_files_%d", os.TempDir(), os.Getpid())
	fmt.Println(os.WriteFile(name, []byte("alpha\nbeta\n"), 0600))
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err)
	n, err := fmt.Fprintf(f, "gamma %d\n", 3)
	fmt.Println(n, err)
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(errors.Is(err, os.ErrClosed), err.(*fs.PathError).Op)
	_, err = f.Write([]byte("late"))
	fmt.Println(errors.Is(err, os.ErrClosed))

	f, _ = os.Open(name)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	off, err := f.Seek(-6, io.SeekEnd)
	fmt.Println(off, err)
	rest, _ := io.ReadAll(f)
	fmt.Printf("%q\n", rest)
	f.Close()

	c, _ := os.Create(name)
	c.WriteString("new")
	c.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("%q\n", data)

	fmt.Println(os.Remove(name))
	err = os.Remove(name)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Err, errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	_, err = os.Open("/surely/not/here")
	fmt.Println(err)
	fmt.Printf("%T %T %v\n", err, errors.Unwrap(err), errors.Unwrap(err) == syscall.ENOENT)
	_, err = os.ReadFile("/")
	fmt.Println(err)
	_, err = os.Open("bad\x00name")
	fmt.Println(err)
	fmt.Println(syscall.EACCES.Error(), errors.Is(syscall.EACCES, fs.ErrPermission), syscall.Errno(250))
}
