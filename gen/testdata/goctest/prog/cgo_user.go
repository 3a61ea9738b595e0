package main

import "goctest/cgouse"

func main() { println(cgouse.Three()) }
