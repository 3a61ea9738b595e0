// //go:embed of files beside the program: a string, a []byte (the
// program's own writable copy) and an embed.FS of a directory tree (hidden
// files left out), read through fs.ReadFile, fs.ReadDir, fs.WalkDir,
// fs.Glob, fs.Sub and Open/Stat, with the errors for missing names.
package main

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

//go:embed testdata/embed_files/hello.txt
var hello string

//go:embed testdata/embed_files/hello.txt
var helloBytes []byte

//go:embed testdata/embed_files
var files embed.FS

func main() {
	fmt.Printf("%q\n", hello)
	helloBytes[0] = 'J'
	fmt.Printf("%q %q\n", helloBytes, hello)

	b, err := files.ReadFile("testdata/embed_files/docs/index.md")
	fmt.Printf("%q %v\n", b, err)
	_, err = files.ReadFile("testdata/embed_files/.hidden")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	ents, err := files.ReadDir("testdata/embed_files")
	fmt.Println("readdir:", err)
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), info.Size(), info.Mode())
	}
	fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("walk", path, d.IsDir(), err)
		return nil
	})
	m, err := fs.Glob(files, "testdata/*/docs/*.json")
	fmt.Println("glob", m, err)
	sub, _ := fs.Sub(files, "testdata/embed_files/docs")
	data, _ := fs.ReadFile(sub, "data.json")
	fmt.Printf("sub %q\n", data)
	f, err := files.Open("testdata/embed_files/hello.txt")
	st, _ := f.Stat()
	fmt.Println("stat", st.Name(), st.Size(), st.IsDir(), st.ModTime().IsZero(), err)
	head := make([]byte, 5)
	io.ReadFull(f, head)
	fmt.Printf("%q\n", head)
	if s, ok := f.(io.Seeker); ok {
		off, err := s.Seek(-6, io.SeekEnd)
		rest, _ := io.ReadAll(f)
		fmt.Printf("seek %d %v %q\n", off, err, rest)
	}
	f.Close()
	_, err = files.Open("missing")
	fmt.Println(err)
	_, err = files.Open("../escape")
	fmt.Println(err)
}
