package main

var _ = pick("file_linux_amd64.go")
