package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper(strings.Repeat("ab", 3)))
}
