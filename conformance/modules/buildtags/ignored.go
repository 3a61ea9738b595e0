//go:build ignore

package main

var _ = pick("ignored")
