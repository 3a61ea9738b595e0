package main

type Peano *Peano // ERROR: unsupported: recursive pointer type Peano

func main() {
	var p Peano
	p = &p
	_ = p
}
