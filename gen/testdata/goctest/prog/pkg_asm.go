package main

import "example.com/asmdep"

func main() { println(asmdep.Sub(3, 1), asmdep.Add(1, 2)) }
