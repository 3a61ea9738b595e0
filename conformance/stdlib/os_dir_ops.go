// os from GOROOT on a temporary directory: Chdir/Getwd, Rename, Link,
// Symlink/Readlink/Lstat, Chmod, Truncate, ReadAt/WriteAt/Seek, ReadDir's
// order, RemoveAll, and the error values (*fs.PathError, *os.LinkError,
// *os.SyscallError) with their texts and errors.Is targets.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goc_os_dir_ops_")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	rel := func(err error) string { // error texts without the temporary directory's name
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$DIR")
	}
	orig, _ := os.Getwd()
	fmt.Println("chdir:", os.Chdir(dir))
	wd, _ := os.Getwd()
	fmt.Println("getwd is dir:", wd == dir || filepath.Base(wd) == filepath.Base(dir))

	fmt.Println(os.WriteFile("a.txt", []byte("0123456789"), 0644))
	f, err := os.OpenFile("a.txt", os.O_RDWR, 0)
	fmt.Println("open:", err)
	buf := make([]byte, 4)
	n, err := f.ReadAt(buf, 3)
	fmt.Printf("readat: %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 8)
	fmt.Printf("readat end: %d %q %v\n", n, buf[:n], err)
	n, err = f.WriteAt([]byte("AB"), 4)
	fmt.Println("writeat:", n, err)
	off, err := f.Seek(-3, io.SeekEnd)
	fmt.Println("seek:", off, err)
	rest, _ := io.ReadAll(f)
	fmt.Printf("rest: %q\n", rest)
	fmt.Println("truncate:", f.Truncate(6))
	st, _ := f.Stat()
	fmt.Println("stat:", st.Name(), st.Size(), st.Mode(), st.IsDir())
	fmt.Println("close:", f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println("write after close:", err, errors.Is(err, os.ErrClosed))
	data, _ := os.ReadFile("a.txt")
	fmt.Printf("content: %q\n", data)

	fmt.Println("chmod:", os.Chmod("a.txt", 0600))
	st, _ = os.Stat("a.txt")
	fmt.Println("mode:", st.Mode(), st.Mode().Perm())
	fmt.Println("rename:", os.Rename("a.txt", "b.txt"))
	_, err = os.Stat("a.txt")
	var pe *fs.PathError
	fmt.Println("stat old:", rel(err), errors.As(err, &pe), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	if pe != nil {
		fmt.Println("  op", pe.Op, "path", pe.Path, "err", pe.Err)
	}
	err = os.Rename("missing", "c.txt")
	var le *os.LinkError
	fmt.Println("rename missing:", rel(err), errors.As(err, &le), errors.Is(err, fs.ErrNotExist))
	fmt.Println("link:", os.Link("b.txt", "hard.txt"))
	fmt.Println("symlink:", os.Symlink("b.txt", "soft.txt"))
	target, err := os.Readlink("soft.txt")
	fmt.Println("readlink:", target, err)
	lst, _ := os.Lstat("soft.txt")
	fmt.Println("lstat symlink:", lst.Mode()&fs.ModeSymlink != 0, lst.Mode().Type() == fs.ModeSymlink)
	sst, _ := os.Stat("soft.txt")
	fmt.Println("stat follows:", sst.Mode().IsRegular(), sst.Size())
	_, err = os.Readlink("b.txt")
	fmt.Println("readlink regular:", rel(err))
	hst, _ := os.Stat("hard.txt")
	fmt.Println("same file:", os.SameFile(hst, sst))

	fmt.Println("mkdir:", os.Mkdir("sub", 0755), rel(os.Mkdir("sub", 0755)))
	fmt.Println("mkdirall:", os.MkdirAll("sub/x/y", 0755))
	fmt.Println(os.WriteFile("sub/x/y/z.txt", nil, 0644))
	fmt.Println("remove non-empty:", rel(os.Remove("sub")), errors.Is(os.Remove("sub"), fs.ErrExist))
	ents, err := os.ReadDir(".")
	fmt.Println("readdir:", err)
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), info.Mode().IsRegular())
	}
	d, _ := os.Open(".")
	names, err := d.Readdirnames(-1)
	fmt.Println("readdirnames:", len(names), err)
	d.Close()
	_, err = os.ReadDir("b.txt")
	fmt.Println("readdir file:", rel(err))
	fmt.Println("removeall:", os.RemoveAll("sub"))
	_, err = os.Stat("sub")
	fmt.Println("gone:", os.IsNotExist(err))
	_, err = os.Open("")
	fmt.Println("open empty:", err)
	fmt.Println("chdir back:", os.Chdir(orig))
	_, err = os.Create(filepath.Join(dir, "no/such/dir/f"))
	fmt.Println("create:", rel(err))
}
