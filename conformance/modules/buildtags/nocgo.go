//go:build !cgo

package main

var _ = pick("no cgo")
