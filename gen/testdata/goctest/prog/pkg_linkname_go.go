package main

import "goctest/user"

func main() { println("sum", user.Sum(7)) }
