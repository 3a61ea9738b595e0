package main

import (
	"embed"
	_ "embed"
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

func main() {
	print(hello)
	println(len(data), string(data[:5]), data[5] == 0)
	data[0] = 'B' // the bytes are the program's own copy
	println(string(data[:5]), len(empty), cap(empty), empty != nil)
	for _, n := range site.Names() {
		b, ok := site.ReadFile(n)
		println(n, ok, string(b))
	}
	println(len(everything.Names()), a)
	h := site.Hash("hello.txt")
	println(h[0], h[15])
}
