package main

import "example.com/cgodep"

func main() { println(cgodep.Four()) }
