//go:build linux && amd64

package main

var _ = pick("linux && amd64")
