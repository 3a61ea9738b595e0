package main

import (
	"embed"
	_ "embed"
	"io/fs"
	"unsafe"
)

//go:embed hello.txt
var hello string

//go:embed data.bin
var data []byte

//go:embed empty.txt
var empty []byte

//go:embed static "hello.txt"
var site embed.FS

//go:embed all:static
var everything embed.FS

var (
	//go:embed static/a.txt
	a string
)

// file is embed's file: gc's layout of an embed.FS entry.
type file struct {
	name string
	data string
	hash [16]byte
}

func main() {
	print(hello)
	println(len(data), string(data[:5]), data[5] == 0)
	data[0] = 'B' // the bytes are the program's own copy
	println(string(data[:5]), len(empty), cap(empty), empty != nil)
	fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		b, rerr := site.ReadFile(p)
		println(p, d.IsDir(), rerr == nil, string(b))
		return nil
	})
	n := 0
	fs.WalkDir(everything, ".", func(string, fs.DirEntry, error) error { n++; return nil })
	println(n, a)
	files := **(**[]file)(unsafe.Pointer(&site))
	for _, f := range files {
		println(f.name, len(f.data), f.hash[0], f.hash[15])
	}
}
