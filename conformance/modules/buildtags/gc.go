//go:build gc

package main

var _ = pick("gc compiler")
