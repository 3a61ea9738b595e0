//go:build go1.21

package main

var _ = pick("go1.21")
