package main

import "goctest/clock"

func main() { println("monotonic", clock.Monotonic()) }
