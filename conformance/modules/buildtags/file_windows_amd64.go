package main

var _ = pick("file_windows_amd64.go")
