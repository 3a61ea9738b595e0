//go:build linux

package main

var _ = pick("linux tag")
