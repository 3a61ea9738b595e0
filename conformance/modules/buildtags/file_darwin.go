package main

var _ = pick("file_darwin.go")
