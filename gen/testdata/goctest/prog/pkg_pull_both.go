package main

import (
	"goctest/pull"
	_ "goctest/pulled"
)

func main() { println("pulled", pull.Ten()) }
