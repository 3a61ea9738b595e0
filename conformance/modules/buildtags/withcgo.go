//go:build cgo

package main

var _ = pick("cgo")
