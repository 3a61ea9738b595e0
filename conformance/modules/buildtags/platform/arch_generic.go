//go:build !amd64

package platform

func Arch() string { return "generic" }
