package main

import "goctest/pull"

func main() { println("pulled", pull.Ten()) }
