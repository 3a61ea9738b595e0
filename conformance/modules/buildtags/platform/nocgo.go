//go:build !cgo

// Package platform has one implementation per platform, chosen by file
// names and build constraints.
package platform

func Cgo() string { return "no cgo" }
