//go:build windows

package main

var _ = pick("windows tag")
