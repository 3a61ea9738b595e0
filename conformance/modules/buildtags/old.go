//go:build !go1.18

package main

var _ = pick("before go1.18")
