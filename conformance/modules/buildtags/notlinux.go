//go:build !linux

package main

var _ = pick("not linux")
