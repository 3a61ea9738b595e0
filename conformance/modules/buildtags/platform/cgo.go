//go:build cgo

package platform

func Cgo() string { return "cgo" }
