package main

var _ = pick("file_amd64.go")
