// os.MkdirAll/Mkdir/Stat/Lstat/(*File).Stat: FileInfo's name, size, mode bits and Sys() as a
// *syscall.Stat_t; failures are *fs.PathError values with the operation's name.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	base := fmt.Sprintf("%s/goc_stat_%d", os.TempDir(), os.Getpid())
	fmt.Println(os.MkdirAll(base+"/a/b/c/", 0755))
	fi, err := os.Stat(base + "/a/b/")
	fmt.Println(err, fi.Name(), fi.IsDir(), fi.Mode()&fs.ModeType == fs.ModeDir, fi.Mode().IsDir())
	fmt.Println(os.MkdirAll(base+"/a/b", 0755))
	err = os.Mkdir(base+"/a", 0755)
	fmt.Println(errors.Is(err, fs.ErrExist), err.(*fs.PathError).Op)
	os.WriteFile(base+"/a/f.txt", []byte("12345"), 0640)
	fi, err = os.Stat(base + "/a/f.txt")
	fmt.Println(err, fi.Name(), fi.Size(), fi.Mode(), fi.Mode().IsRegular(), fi.ModTime().IsZero())
	st := fi.Sys().(*syscall.Stat_t)
	fmt.Println(st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG, st.Nlink)
	err = os.MkdirAll(base+"/a/f.txt/x", 0755)
	fmt.Println(err != nil, errors.Is(err, syscall.ENOTDIR))
	_, err = os.Stat(base + "/missing")
	fmt.Println(os.IsNotExist(err), err.(*fs.PathError).Op)
	_, err = os.Lstat(base + "/missing")
	fmt.Println(err.(*fs.PathError).Op)
	f, _ := os.Open(base + "/a/f.txt")
	fi, err = f.Stat()
	fmt.Println(fi.Name(), fi.Size(), err)
	f.Close()
	_, err = f.Stat()
	fmt.Println(errors.Is(err, os.ErrClosed))
	fi, _ = os.Stdin.Stat()
	fmt.Println(fi.Name(), fi.Mode()&fs.ModeCharDevice != 0)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	for _, p := range []string{base + "/a/f.txt", base + "/a/b/c", base + "/a/b", base + "/a", base} {
		if err := os.Remove(p); err != nil {
			fmt.Println(err)
		}
	}
	_, err = os.Stat(base)
	fmt.Println(os.IsNotExist(err))
}
