package main

import "goctest/clock"

func main() { println(clock.Broken()) }
