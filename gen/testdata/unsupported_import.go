package main

import (
	"example.com/strutil" // ERROR: no required module provides package example.com/strutil; to add it:
	"fmt"
)

func main() { fmt.Println(strutil.ToUpper("x")) }
