//go:build gccgo

package main

var _ = pick("gccgo compiler")
