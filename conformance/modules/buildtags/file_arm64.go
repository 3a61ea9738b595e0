package main

var _ = pick("file_arm64.go")
