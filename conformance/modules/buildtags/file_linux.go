package main

var _ = pick("file_linux.go")
