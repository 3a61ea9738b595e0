package main

type Big [1 << 50]byte // ERROR: unsupported: type [1125899906842624]byte larger than address space

func main() {
	var p *Big // ERROR: unsupported: type main.Big larger than address space
	_ = p
}
