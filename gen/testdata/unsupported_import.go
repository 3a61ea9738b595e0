package main

import (
	"example.com/strutil" // ERROR: unsupported: package "example.com/strutil"
	"fmt"
)

func main() { fmt.Println(strutil.ToUpper("x")) }
