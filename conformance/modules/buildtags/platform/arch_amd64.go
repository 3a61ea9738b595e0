package platform

func Arch() string { return "amd64" }
