package main

import (
	"fmt"
	"strings" // ERROR: unsupported: package "strings"
)

func main() { fmt.Println(strings.ToUpper("x")) }
